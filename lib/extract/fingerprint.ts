/**
 * Cheap change detection for extracted sections, so the content script can skip re-analysing a page
 * whose sections did not change after a DOM mutation. Pure; any context.
 */
import type { ExtractedSection } from './types';

// FNV-1a over UTF-16 code units: fast, stable across runs; collisions only cost a skipped refresh.
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A short stable hash of a section's kind, heading, item texts and labels (not node ids). */
export function fingerprint(section: ExtractedSection): string {
  let h = fnv(0x811c9dc5, `${section.kind}\u0000${section.heading}\u0000${section.via}`);
  let len = 0;
  for (const item of section.items) {
    h = fnv(h, `\u0001${item.label ?? ''}\u0002${item.text}`);
    len += item.text.length;
  }
  return `${h.toString(16).padStart(8, '0')}-${section.items.length}-${len}`;
}

/** True when two extractions hold the same sections in the same order. */
export function sameSections(a: readonly ExtractedSection[], b: readonly ExtractedSection[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (fingerprint(a[i]!) !== fingerprint(b[i]!)) return false;
  return true;
}
