/**
 * Node-only (data build): the OPCS-4 code list: UK Biobank coding 240 (4.7-era tree, parsed by the
 * extension's own parser) plus every usage-table code it lacks (the 4.8-4.10 additions), with current
 * usage-table titles; Y and Z chapters secondary only; Z94.x laterality.
 */
import type { CodeEntry, Laterality } from '@/lib/classification/model';
import { parseUkbOpcs4 } from '@/lib/classification/ukb';
import { applyLimits, parseLimits } from './limits';
import type { SourceFiles } from './sources';
import type { UsageTable } from './usage';

const LATERALITY: Record<string, Laterality> = {
  'Z94.1': 'bilateral',
  'Z94.2': 'right',
  'Z94.3': 'left',
  'Z94.4': 'unilateral',
};

/**
 * A title for a category that only the usage tables know (a 4.8-4.10 addition): OPCS writes the
 * `.8` child as "Other specified <category title>" and `.9` as "Unspecified <category title>".
 */
function deriveCategoryTitle(children: CodeEntry[]): string | undefined {
  for (const c of children) {
    const m = /^(?:Other specified|Unspecified)\s+(.+)$/.exec(c.title);
    if (m) return m[1]![0]!.toUpperCase() + m[1]!.slice(1);
  }
  return undefined;
}

/** Build the OPCS-4 codes. */
export function buildOpcs4Codes(
  src: SourceFiles,
  usage: UsageTable,
): { codes: CodeEntry[]; stats: Record<string, number> } {
  const codes = parseUkbOpcs4(src.read('opcs4/ukb-coding240.tsv'), 'ukb-coding240.tsv');
  const byCode = new Map(codes.map((c) => [c.code, c]));
  const stats: Record<string, number> = { ukb: codes.length, retitled: 0, added: 0, derivedCategories: 0 };
  for (const [code, u] of [...usage.byCode].sort((a, b) => a[0].localeCompare(b[0]))) {
    const existing = byCode.get(code);
    if (existing) {
      if (u.title && u.title !== existing.title) {
        existing.title = u.title;
        stats.retitled!++;
      }
      continue;
    }
    if (!/^[A-Z]\d{2}\.\d$/.test(code) || !u.title || !byCode.has(code[0]!)) continue;
    const cat = code.slice(0, 3);
    if (!byCode.has(cat)) {
      const entry: CodeEntry = {
        system: 'opcs4',
        code: cat,
        kind: 'category',
        title: '',
        parent: code[0]!,
        validForCoding: false,
      };
      codes.push(entry);
      byCode.set(cat, entry);
    }
    const entry: CodeEntry = {
      system: 'opcs4',
      code,
      kind: 'code',
      title: u.title,
      parent: cat,
      validForCoding: true,
    };
    codes.push(entry);
    byCode.set(code, entry);
    stats.added!++;
  }
  // Titles for categories the usage tables added; the parent of a new code is no longer valid for coding.
  for (const c of codes) {
    if (c.kind !== 'category') continue;
    const children = codes.filter((x) => x.parent === c.code);
    if (children.length) c.validForCoding = false;
    if (!c.title) {
      c.title =
        deriveCategoryTitle(children) ??
        `Category ${c.code} (added after OPCS-4.7; title not in the public data)`;
      stats.derivedCategories!++;
    }
  }
  for (const c of codes) {
    const u = usage.byCode.get(c.code)?.usage;
    if (u !== undefined && u > 0) c.usage = u;
    if (c.kind !== 'chapter' && (c.code[0] === 'Y' || c.code[0] === 'Z')) c.secondaryOnly = true;
    const lat = LATERALITY[c.code];
    if (lat) c.laterality = lat;
  }
  codes.sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  const limits = src.readOptional('curated/sex-age-limits.tsv');
  stats.limited = limits ? applyLimits(codes, parseLimits(limits, 'sex-age-limits.tsv'), 'opcs4') : 0;
  return { codes, stats };
}

/** Chapter, then its categories and codes in code order. */
function sortKey(c: CodeEntry): string {
  return c.kind === 'chapter' ? c.code : `${c.code[0]}${c.code}`;
}
