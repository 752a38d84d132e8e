/**
 * Node-only (data build): sex and age limits from the curated, cited table
 * `curated/sex-age-limits.tsv` (`system from to sex min_age max_age source`), applied to every
 * category and code in each range.
 */
import type { CodeEntry, System } from '@/lib/classification/model';
import { ReleaseParseError } from '@/lib/classification/parse-error';
import { expectHeader, splitTextLines, splitTsvFields } from '@/lib/classification/text-lines';

interface LimitRow {
  system: System;
  from: string;
  to: string;
  sex?: 'female' | 'male';
  minAge?: number;
  maxAge?: number;
  source: string;
}

const key = (c: string) => c.toUpperCase().replace(/[.X]/g, '');

/** Parse the curated limits table. */
export function parseLimits(text: string, file: string): LimitRow[] {
  const lines = splitTextLines(text, file);
  expectHeader(lines[0], ['system', 'from', 'to', 'sex', 'min_age', 'max_age', 'source'], file);
  return lines
    .slice(1)
    .filter((l) => l.text.trim() && !l.text.startsWith('#'))
    .map((l) => {
      const [system, from, to, sex, minAge, maxAge, source] = splitTsvFields(l, 7, file).map((s) => s.trim());
      if (system !== 'icd10' && system !== 'opcs4')
        throw new ReleaseParseError(file, `bad system "${system}"`, l.line);
      const s = sex?.toLowerCase();
      const sexv = s === 'female' || s === 'f' ? 'female' : s === 'male' || s === 'm' ? 'male' : undefined;
      if (s && !sexv) throw new ReleaseParseError(file, `bad sex "${sex}"`, l.line);
      const num = (v: string | undefined) => (v ? Number(v) : undefined);
      const row: LimitRow = { system, from: from!, to: to || from!, source: source || 'curated' };
      if (sexv) row.sex = sexv;
      if (num(minAge) !== undefined) row.minAge = num(minAge)!;
      if (num(maxAge) !== undefined) row.maxAge = num(maxAge)!;
      return row;
    });
}

/** Apply limits to categories and codes of one system whose code falls in [from, to]. Returns count. */
export function applyLimits(codes: CodeEntry[], rows: LimitRow[], system: System): number {
  let n = 0;
  const mine = rows.filter((r) => r.system === system);
  for (const c of codes) {
    if (c.kind !== 'category' && c.kind !== 'code') continue;
    const k = key(c.code);
    for (const r of mine) {
      const f = key(r.from);
      const t = key(r.to);
      if (k.slice(0, f.length) < f || k.slice(0, t.length) > t) continue;
      if (r.sex) c.sex = r.sex;
      if (r.minAge !== undefined) c.minAge = r.minAge;
      if (r.maxAge !== undefined) c.maxAge = r.maxAge;
      c.limitSource = r.source;
      n++;
    }
  }
  return n;
}
