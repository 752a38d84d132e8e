/**
 * Display helpers for codes, flags, match reasons and usage. Pure; any context.
 */
import {
  SYSTEM_LABELS,
  TERM_SOURCES,
  type CodeEntry,
  type TermEntry,
  type TermSource,
} from '@/lib/classification/model';
import { formatCode, type CodeFormat } from '@/lib/classification/code-format';
import type { MatchReason, SearchResult } from '@/lib/search/types';

/** The bits of a code a display needs; both `CodeEntry` and `SearchResult` have them. */
export type Displayable = Pick<CodeEntry, 'system' | 'code' | 'kind' | 'validForCoding'> & {
  dagger?: boolean;
  asterisk?: boolean;
};

export const FORMAT_LABELS: Record<CodeFormat, string> = {
  dotted: 'Dotted',
  undotted: 'Undotted',
  nhs: 'NHS data dictionary',
};

/** Flags live on `flags` for search results and on the entry itself for store entries. */
export function toDisplayable(r: SearchResult | CodeEntry): Displayable {
  const flags = 'flags' in r ? r.flags : r;
  return {
    system: r.system,
    code: r.code,
    kind: r.kind,
    validForCoding: r.validForCoding,
    dagger: flags.dagger,
    asterisk: flags.asterisk,
  };
}

/**
 * A code in the chosen format. Chapters and blocks are shown as they are; a category that has
 * subdivisions is not a codable value, so it never takes the `X` filler (only `I10`-style leaves do).
 */
export function displayCode(entry: Displayable, format: CodeFormat): string {
  if (entry.kind === 'chapter' || entry.kind === 'block') return entry.code;
  if (entry.kind === 'category' && !entry.validForCoding) return entry.code;
  return formatCode(entry.code, format, {
    system: entry.system,
    dagger: entry.dagger,
    asterisk: entry.asterisk,
  });
}

export function systemLabel(system: CodeEntry['system']): string {
  return SYSTEM_LABELS[system];
}

export function sourceLabel(source: TermSource | 'code'): string {
  return source === 'code' ? 'Code' : TERM_SOURCES[source];
}

/** "Matched “lap chole” (UK clinical abbreviation)". */
export function describeMatch(m: MatchReason): string {
  return `Matched “${m.text}” (${sourceLabel(m.source)})`;
}

export interface FlagBadge {
  key: string;
  /** Short text shown in the badge. */
  label: string;
  /** Full explanation for assistive technology and tooltips. */
  description: string;
}

type FlagInput = Pick<
  CodeEntry,
  | 'kind'
  | 'validForCoding'
  | 'dagger'
  | 'asterisk'
  | 'secondaryOnly'
  | 'sex'
  | 'minAge'
  | 'maxAge'
  | 'laterality'
>;

export function flagsOf(r: SearchResult | CodeEntry): FlagInput {
  if ('flags' in r) return { kind: r.kind, validForCoding: r.validForCoding, ...r.flags };
  return r;
}

/** The badges a result row and the detail view show, in a stable order. */
export function flagBadges(f: FlagInput): FlagBadge[] {
  const out: FlagBadge[] = [];
  if (f.dagger)
    out.push({
      key: 'dagger',
      label: '†',
      description: 'Dagger: aetiology code, paired with an asterisk code',
    });
  if (f.asterisk)
    out.push({
      key: 'asterisk',
      label: '*',
      description: 'Asterisk: manifestation code, never used alone or as primary',
    });
  // Asterisk codes are always secondary; the asterisk badge already says so.
  if (f.secondaryOnly && !f.asterisk)
    out.push({ key: 'secondary', label: 'Secondary only', description: 'Never the primary code' });
  if (f.laterality)
    out.push({ key: 'laterality', label: `Laterality: ${f.laterality}`, description: 'Laterality code' });
  if (f.sex)
    out.push({
      key: 'sex',
      label: f.sex === 'female' ? 'Female only' : 'Male only',
      description: `Valid for ${f.sex} patients only`,
    });
  const age = ageLimit(f.minAge, f.maxAge);
  if (age) out.push({ key: 'age', label: age, description: `Age limit: ${age}` });
  if (!f.validForCoding && f.kind !== 'chapter' && f.kind !== 'block')
    out.push({
      key: 'category',
      label: 'Not valid for coding',
      description: 'A category: choose one of its subdivisions',
    });
  return out;
}

/** "Age 12–55", "Age ≥ 12", "Age ≤ 17", or null without limits. Ages are in years. */
export function ageLimit(min?: number, max?: number): string | null {
  const has = (n?: number) => typeof n === 'number' && Number.isFinite(n);
  if (has(min) && has(max)) return `Age ${fmtAge(min!)}–${fmtAge(max!)}`;
  if (has(min)) return `Age ≥ ${fmtAge(min!)}`;
  if (has(max)) return `Age ≤ ${fmtAge(max!)}`;
  return null;
}

function fmtAge(years: number): string {
  // Perinatal limits are fractions of a year: say them in days, which is how coders read them.
  if (years > 0 && years < 1) return `${Math.round(years * 365)} days`;
  return `${years}`;
}

const NUMBER = new Intl.NumberFormat('en-GB');

export function usageText(usage?: number): string {
  if (usage === undefined) return 'No national usage figure';
  return `${NUMBER.format(usage)} national episodes a year`;
}

/** Synonyms grouped by source, in `TERM_SOURCES` order, each group de-duplicated case-insensitively. */
export function groupTerms(terms: TermEntry[]): { source: TermSource; label: string; texts: string[] }[] {
  const groups = new Map<TermSource, string[]>();
  for (const t of terms) {
    const list = groups.get(t.source) ?? [];
    if (!list.some((x) => x.toLowerCase() === t.text.toLowerCase())) list.push(t.text);
    groups.set(t.source, list);
  }
  return (Object.keys(TERM_SOURCES) as TermSource[])
    .filter((s) => groups.has(s))
    .map((s) => ({ source: s, label: TERM_SOURCES[s], texts: groups.get(s)! }));
}
