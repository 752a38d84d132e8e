/**
 * Node-only (data build): term hygiene. Deduplicates terms per code (case- and space-insensitive,
 * first source wins, so pass higher-value sources first) and drops terms identical to the title.
 */
import type { CodeEntry, TermEntry } from '@/lib/classification/model';

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s,;:.-]+/g, ' ')
    .trim();

/** Keep the first term per (code, normalised text), skipping titles and unknown codes. */
export function dedupeTerms(codes: CodeEntry[], terms: TermEntry[]): TermEntry[] {
  const titles = new Map(codes.map((c) => [c.code, norm(c.title)]));
  const seen = new Set<string>();
  const out: TermEntry[] = [];
  for (const t of terms) {
    const text = t.text.replace(/\s+/g, ' ').trim();
    const title = titles.get(t.code);
    if (!text || title === undefined) continue;
    const n = norm(text);
    if (n === title) continue;
    const k = `${t.code}\u0000${n}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ ...t, text });
  }
  return out;
}

/** Count terms per source, for the build report. */
export function countBySource(terms: TermEntry[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of terms) out[t.source] = (out[t.source] ?? 0) + 1;
  return out;
}
