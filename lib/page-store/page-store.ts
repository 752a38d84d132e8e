/**
 * The mentions each tab's content script found, with code suggestions, kept in storage.session so a
 * restarted service worker still has them (and nothing outlives the browser session).
 * Contexts: background worker. Never logs page text.
 */
import { browser } from 'wxt/browser';
import type { BadgeSuggestion, PageMentionsData, StoredPageMentions } from '@/lib/messaging/protocol';
import type { SearchIndex } from '@/lib/search/index-model';
import { suggestForMention } from '@/lib/suggest/suggest';
import type { Mention } from '@/lib/text/types';

const PREFIX = 'pageMentions:';
/** Tabs kept at once; the oldest go first (storage.session holds about 10 MB in Chrome). */
export const MAX_TABS = 20;

/** The part of storage.session this module uses (the real one, or a stand-in in tests). */
export type SessionArea = Pick<typeof browser.storage.session, 'get' | 'set' | 'remove'>;

/** The storage.session key of a tab's mentions (extension pages watch it for changes). */
export const pageMentionsKey = (tabId: number) => `${PREFIX}${tabId}`;
const session = (): SessionArea => browser.storage.session;

function suggestAll(index: SearchIndex | null, mentions: Mention[]): StoredPageMentions['mentions'] {
  return mentions.map((m) => ({ ...m, suggestions: index ? suggestForMention(index, m) : [] }));
}

/** Store a tab's mentions with their suggestions, replacing what it had; evicts the oldest tabs. */
export async function storePageMentions(
  tabId: number,
  data: PageMentionsData,
  index: SearchIndex | null,
  area: SessionArea = session(),
  now = Date.now(),
): Promise<StoredPageMentions> {
  const t0 = performance.now();
  const mentions = suggestAll(index, data.mentions);
  const page: StoredPageMentions = {
    url: data.url,
    revision: data.revision,
    at: now,
    suggested: index !== null,
    suggestMs: Math.round((performance.now() - t0) * 10) / 10,
    mentions,
  };
  if (data.stats) page.stats = data.stats;
  const key = pageMentionsKey(tabId);
  const kept = ((await area.get(key)) as Record<string, unknown>)[key] !== undefined;
  await area.set({ [key]: page });
  // A page re-read on every change: only a newly kept tab can take the store past its cap.
  if (kept) return page;
  const all = (await area.get(null)) as Record<string, unknown>;
  const stored = Object.entries(all)
    .filter(([k]) => k.startsWith(PREFIX))
    .map(([k, v]) => ({ k, at: (v as Partial<StoredPageMentions> | undefined)?.at ?? 0 }))
    .sort((a, b) => b.at - a.at);
  const evict = stored.slice(MAX_TABS).map((s) => s.k);
  if (evict.length) await area.remove(evict);
  return page;
}

/**
 * A tab's stored mentions, or null. Mentions that arrived before the store was seeded get their
 * suggestions now (and are stored again).
 */
export async function readPageMentions(
  tabId: number,
  index: () => Promise<SearchIndex | null>,
  area: SessionArea = session(),
): Promise<StoredPageMentions | null> {
  const key = pageMentionsKey(tabId);
  const page = ((await area.get(key)) as Record<string, StoredPageMentions | undefined>)[key];
  if (!page) return null;
  if (page.suggested) return page;
  const idx = await index();
  if (!idx) return page;
  const filled: StoredPageMentions = {
    ...page,
    suggested: true,
    mentions: suggestAll(
      idx,
      page.mentions.map(({ suggestions: _s, ...m }) => m),
    ),
  };
  await area.set({ [key]: filled });
  return filled;
}

/** The top suggestions of each mention, as trainee badges show them. */
export function badgeSuggestions(page: StoredPageMentions, perMention = 3): BadgeSuggestion[][] {
  return page.mentions.map((m) =>
    m.suggestions.slice(0, perMention).map(({ code, system, title, reason, role, flags }) => {
      const b: BadgeSuggestion = { code, system, title, reason, role };
      if (flags) b.flags = flags;
      return b;
    }),
  );
}

/**
 * Forget every stored page whose site is no longer allowed (`keep(url)` false), so a site switched off
 * leaves nothing of its pages behind. Returns how many were forgotten.
 */
export async function forgetPagesWhere(
  drop: (url: string) => boolean,
  area: SessionArea = session(),
): Promise<number> {
  const all = (await area.get(null)) as Record<string, Partial<StoredPageMentions> | undefined>;
  const gone = Object.entries(all)
    .filter(([k, v]) => k.startsWith(PREFIX) && typeof v?.url === 'string' && drop(v.url))
    .map(([k]) => k);
  if (gone.length) await area.remove(gone);
  return gone.length;
}

/** Forget a tab (closed). */
export async function forgetPageMentions(tabId: number, area: SessionArea = session()): Promise<void> {
  await area.remove(pageMentionsKey(tabId));
}
