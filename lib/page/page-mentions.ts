/**
 * The page's mentions, found once after load and sent to the background. Contexts: content script
 * only (reads the page's DOM; never touches the database, never modifies the page).
 */
import { extractSections } from '@/lib/extract/extract';
import { sendRequest } from '@/lib/messaging/client';
import { PAGE_LIMITS, type PageMentionsData } from '@/lib/messaging/protocol';
import { analyseSection } from '@/lib/text/analyse';
import type { Mention } from '@/lib/text/types';

const cut = (s: string, max: number): string => (s.length > max ? s.slice(0, max) : s);
const cutList = (list: string[]): string[] =>
  list.slice(0, PAGE_LIMITS.list).map((s) => cut(s, PAGE_LIMITS.cue));

/** One mention trimmed to the protocol's bounds (a long item must not get the message refused). */
export function boundMention(m: Mention): Mention {
  const out: Mention = {
    text: cut(m.text, PAGE_LIMITS.text),
    original: cut(m.original, PAGE_LIMITS.text),
    kind: m.kind,
    status: m.status,
    section: m.section,
    cues: cutList(m.cues),
    qualifiers: cutList(m.qualifiers),
    expansions: m.expansions.slice(0, PAGE_LIMITS.list).map((e) => ({
      abbr: cut(e.abbr, PAGE_LIMITS.cue),
      expansion: cut(e.expansion, PAGE_LIMITS.cue),
    })),
    item: Math.min(m.item, PAGE_LIMITS.offset),
    start: Math.min(m.start, PAGE_LIMITS.offset),
    end: Math.min(m.end, PAGE_LIMITS.offset),
  };
  if (m.laterality) out.laterality = m.laterality;
  return out;
}

/** The page's address without query or fragment (they can carry patient identifiers). */
export function pageUrl(location: Pick<Location, 'origin' | 'pathname'>): string {
  return cut(`${location.origin}${location.pathname}`, PAGE_LIMITS.url);
}

/** Extract and analyse the document: what `pageMentions` sends. */
export function collectPageMentions(
  doc: Document,
  location: Pick<Location, 'origin' | 'pathname'>,
  revision = 0,
): PageMentionsData {
  const t0 = performance.now();
  const mentions: Mention[] = [];
  const extraction = extractSections(doc);
  for (const section of extraction.sections) {
    for (const m of analyseSection(section)) {
      if (!m.text.trim()) continue;
      mentions.push(boundMention(m));
      if (mentions.length >= PAGE_LIMITS.mentions) break;
    }
    if (mentions.length >= PAGE_LIMITS.mentions) break;
  }
  const stats = {
    ms: Math.round((performance.now() - t0) * 10) / 10,
    chars: extraction.chars,
    truncated: extraction.truncated,
  };
  return { url: pageUrl(location), mentions, revision, stats };
}

/** Collect this page's mentions and send them to the background. Never throws. */
export async function sendPageMentions(doc: Document = document, location: Location = window.location) {
  try {
    await sendRequest('pageMentions', collectPageMentions(doc, location));
  } catch {
    // The background may be restarting or the extension reloaded; the page must not notice.
  }
}
