/**
 * Node-only (data build): the ICD-10 code list: UK Biobank coding 19 tree (parsed by the same
 * parser the extension uses), 5th-edition titles from the usage tables, DIMDI asterisk marks,
 * dagger/asterisk partners where a source names them, curated sex/age limits and usage counts.
 */
import type { CodeEntry } from '@/lib/classification/model';
import { parseUkbIcd10 } from '@/lib/classification/ukb';
import { parseDimdiAsterisks } from './dimdi';
import { applyIcd10Titles } from './icd10-titles';
import { applyLimits, parseLimits } from './limits';
import type { SourceFiles } from './sources';
import { parseTrudSampleDaggers } from './trud-sample';
import type { UsageTable } from './usage';

export interface Icd10Build {
  codes: CodeEntry[];
  stats: Record<string, number>;
}

function addPartner(c: CodeEntry | undefined, p: string): void {
  if (!c) return;
  c.partners = [...new Set([...(c.partners ?? []), p])].sort();
}

/** Build the ICD-10 codes. `extraPairs` are dagger -> asterisk pairs from other sources (CM tabular). */
export function buildIcd10Codes(
  src: SourceFiles,
  usage: UsageTable,
  extraPairs: [string, string][] = [],
): Icd10Build {
  const codes = parseUkbIcd10(src.read('icd10/ukb-coding19.tsv'), 'ukb-coding19.tsv');
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const stats: Record<string, number> = {};
  stats.titlesChanged = applyIcd10Titles(codes, usage.byCode);

  for (const c of codes) {
    const u = usage.byCode.get(c.code)?.usage;
    if (u !== undefined && u > 0) c.usage = u;
  }

  // Asterisk codes and everything under them (UK 5th characters inherit the mark).
  const asterisks = parseDimdiAsterisks(
    src.read('icd10/dimdi-who-icd10-meta-codes.txt', 'latin1'),
    'dimdi-who-icd10-meta-codes.txt',
  );
  const isAsterisk = (c: CodeEntry): boolean =>
    asterisks.has(c.code) ||
    (c.parent !== undefined &&
      byCode.has(c.parent) &&
      c.kind === 'code' &&
      isAsterisk(byCode.get(c.parent)!));
  for (const c of codes) {
    if ((c.kind === 'category' || c.kind === 'code') && isAsterisk(c)) {
      c.asterisk = true;
      c.secondaryOnly = true;
    }
  }
  stats.asterisk = codes.filter((c) => c.asterisk).length;

  const daggers = parseTrudSampleDaggers(
    src.read('icd10/trud-icd10-5th-edition-format-sample.tsv'),
    'trud-icd10-5th-edition-format-sample.tsv',
  );
  for (const d of daggers.daggers)
    if (byCode.has(d) && !byCode.get(d)!.asterisk) byCode.get(d)!.dagger = true;
  const pairs: [string, string][] = [...daggers.pairs].flatMap(([d, as]) =>
    as.map((a): [string, string] => [d, a]),
  );
  for (const [d, a] of [...pairs, ...extraPairs]) {
    const dc = byCode.get(d);
    const ac = byCode.get(a);
    if (!dc || !ac || !ac.asterisk || dc.asterisk) continue;
    dc.dagger = true;
    addPartner(dc, a);
    addPartner(ac, d);
  }
  stats.dagger = codes.filter((c) => c.dagger).length;
  stats.withPartners = codes.filter((c) => c.partners?.length).length;

  const limits = src.readOptional('curated/sex-age-limits.tsv');
  stats.limited = limits ? applyLimits(codes, parseLimits(limits, 'sex-age-limits.tsv'), 'icd10') : 0;
  return { codes, stats };
}
