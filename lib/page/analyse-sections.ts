/**
 * One read's analysis: extracted sections into the bounded mentions `pageMentions` carries, each with
 * its anchor (section and item). The background answers `analyseSections` with it; Node tools and
 * tests read a whole document with `collectPageMentions`. Contexts: background worker, Node tools and
 * tests with happy-dom (never touches the database, never modifies the page).
 */
import { extractSections } from '@/lib/extract/extract';
import type { ExtractedSection } from '@/lib/extract/types';
import { PAGE_LIMITS, type MentionAnchor, type PageMentionsData } from '@/lib/messaging/protocol';
import { analyseSection } from '@/lib/text/analyse';
import type { Mention } from '@/lib/text/types';
import { cut, pageUrl, readStats } from './page-mentions';

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

/** Analyse extracted sections into bounded mentions, each with its anchor. */
export function analyseSections(sections: readonly Pick<ExtractedSection, 'kind' | 'items'>[]): {
  mentions: Mention[];
  anchors: MentionAnchor[];
} {
  const mentions: Mention[] = [];
  const anchors: MentionAnchor[] = [];
  // Item by item (items are analysed independently), so a huge page stops at the mention cap
  // instead of analysing megabytes of text it would not send.
  for (let s = 0; s < sections.length && mentions.length < PAGE_LIMITS.mentions; s++) {
    const section = sections[s]!;
    for (let i = 0; i < section.items.length && mentions.length < PAGE_LIMITS.mentions; i++) {
      for (const m of analyseSection({ ...section, items: [section.items[i]!] })) {
        if (!m.text.trim()) continue;
        mentions.push(boundMention({ ...m, item: i }));
        anchors.push({ section: s, item: i });
        if (mentions.length >= PAGE_LIMITS.mentions) break;
      }
    }
  }
  return { mentions, anchors };
}

/** One read of the document as `pageMentions` sends it (tests, tools); the live page uses page-reader. */
export function collectPageMentions(
  doc: Document,
  location: Pick<Location, 'origin' | 'pathname'>,
  revision = 0,
): PageMentionsData {
  const t0 = performance.now();
  const extraction = extractSections(doc);
  const { mentions } = analyseSections(extraction.sections);
  return { url: pageUrl(location), mentions, revision, stats: readStats(t0, extraction, performance.now()) };
}
