/**
 * The content script's side of one read of a page: what it sends the background to analyse
 * (`sectionsForAnalysis`), the page's address as `pageMentions` carries it, and the read's timing.
 * The analysis itself is in analyse-sections.ts (background worker, tools), so the content script
 * does not carry lib/text. Contexts: content script, background worker, Node tools and tests.
 */
import type { ExtractedSection, ExtractionResult } from '@/lib/extract/types';
import { PAGE_LIMITS, type PageMentionsData, type SectionsForAnalysis } from '@/lib/messaging/protocol';

export const cut = (s: string, max: number): string => (s.length > max ? s.slice(0, max) : s);

/** The page's address without query or fragment (they can carry patient identifiers). */
export function pageUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return cut(`${location.origin}${location.pathname}`, PAGE_LIMITS.url);
}

/**
 * What the background needs of a read's sections to analyse them: kind, heading and each item's text
 * and label (no node ids), within the protocol's caps. Indices are kept, so anchors into the result
 * are anchors into `sections`; items past the cap are dropped (`truncated` then says so).
 */
export function sectionsForAnalysis(sections: readonly ExtractedSection[]): {
  sections: SectionsForAnalysis;
  truncated: boolean;
} {
  const out: SectionsForAnalysis = [];
  let room = PAGE_LIMITS.items;
  for (const s of sections.slice(0, PAGE_LIMITS.sections)) {
    const items = s.items
      .slice(0, room)
      .map(({ text, label }) =>
        label === undefined ? { text } : { text, label: cut(label, PAGE_LIMITS.heading) },
      );
    room -= items.length;
    out.push({ kind: s.kind, heading: cut(s.heading, PAGE_LIMITS.heading), items });
  }
  const sent = out.reduce((n, s) => n + s.items.length, 0);
  const all = sections.reduce((n, s) => n + s.items.length, 0);
  return { sections: out, truncated: sent < all };
}

const tenths = (ms: number) => Math.round(ms * 10) / 10;

/**
 * What `pageMentions` reports about a read: its time (ms from `t0`, extraction started, to `now`,
 * mentions in hand), of which `extractMs` extraction and `analyseMs` analysis, and how much text it read.
 */
export function readStats(
  t0: number,
  extraction: Pick<ExtractionResult, 'chars' | 'truncated'>,
  now: number,
  extractMs?: number,
  analyseMs?: number,
): NonNullable<PageMentionsData['stats']> {
  const stats: NonNullable<PageMentionsData['stats']> = {
    ms: tenths(now - t0),
    chars: extraction.chars,
    truncated: extraction.truncated,
  };
  if (extractMs !== undefined) stats.extractMs = tenths(extractMs);
  if (analyseMs !== undefined) stats.analyseMs = tenths(analyseMs);
  return stats;
}
