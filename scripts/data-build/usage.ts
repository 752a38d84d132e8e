/**
 * Node-only (data build): national usage counts and current titles from the NHS hospital activity
 * tables (`usage/hes-*-usage-fy2021-2024.tsv`). The count is the latest financial year's; the title is
 * the latest non-empty one (ICD-10 5th Edition / OPCS-4.10 wording).
 */
import { splitTextLines, expectHeader, splitTsvFields } from '@/lib/classification/text-lines';
import { ReleaseParseError } from '@/lib/classification/parse-error';

export interface UsageRow {
  title?: string;
  usage?: number;
}

export interface UsageTable {
  /** Canonical dotted code (`I10`, `A41.9`, `W37.1`) -> latest title and count. */
  byCode: Map<string, UsageRow>;
  /** Latest financial year, e.g. `2023-04-01..2024-03-31`. */
  latestYear: { start: string; end: string };
}

/** `I10X` -> `I10`, `A419` -> `A41.9`. */
export function usageCodeToCanonical(raw: string): string {
  const c = raw.trim().toUpperCase();
  if (/^[A-Z]\d{2}X$/.test(c)) return c.slice(0, 3);
  return c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c;
}

/** Parse one usage table (`start_date end_date <system>_code description usage`). */
export function parseUsageTable(text: string, file: string, codeColumn: string): UsageTable {
  const lines = splitTextLines(text, file);
  expectHeader(lines[0], ['start_date', 'end_date', codeColumn, 'description', 'usage'], file);
  const rows = lines.slice(1).map((l) => {
    const [start, end, code, description, usage] = splitTsvFields(l, 5, file);
    const n = Number(usage);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start!) || !Number.isFinite(n)) {
      throw new ReleaseParseError(file, 'bad date or count', l.line);
    }
    return {
      start: start!,
      end: end!,
      code: usageCodeToCanonical(code!),
      title: description!.trim(),
      usage: n,
    };
  });
  const latest = rows.reduce((a, r) => (r.start > a.start ? r : a), rows[0]!);
  const byCode = new Map<string, UsageRow>();
  // Oldest first, so later years overwrite titles; counts come only from the latest year.
  for (const r of [...rows].sort((a, b) => a.start.localeCompare(b.start))) {
    const cur = byCode.get(r.code) ?? {};
    if (r.title) cur.title = r.title;
    if (r.start === latest.start) cur.usage = r.usage;
    byCode.set(r.code, cur);
  }
  return { byCode, latestYear: { start: latest.start, end: latest.end } };
}
