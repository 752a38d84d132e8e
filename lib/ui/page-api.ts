/**
 * What the side panel's "This page" tab asks of the browser: a tab's stored mentions (and when they
 * change), highlighting a mention in the page, and enabling a site. One small interface so the
 * components can be tested with a stand-in. Contexts: extension pages (the real one uses `browser`).
 */
import { browser } from 'wxt/browser';
import { askContent } from '@/lib/messaging/ask-content';
import { sendRequest } from '@/lib/messaging/client';
import type { StoredPageMentions } from '@/lib/messaging/protocol';
import { pageMentionsKey } from '@/lib/page-store/page-store';
import { requestSiteAccess, type SiteAccessResult } from '@/lib/sites/manage';
import { pageFromChange } from './page-stored';

/** What became of a request to show a mention in the page. */
export type HighlightOutcome = 'found' | 'not-found' | 'unreachable';

export interface PageApi {
  /** The tab's stored mentions with suggestions, or null when none are stored. */
  getPage(tabId: number): Promise<StoredPageMentions | null>;
  /**
   * Calls `onChange` whenever the tab's stored mentions change, with the new page (null: removed) or
   * 'reread' when it must be asked for again; returns the unsubscribe.
   */
  watchPage(tabId: number, onChange: (page: StoredPageMentions | null | 'reread') => void): () => void;
  highlight(tabId: number, revision: number, index: number): Promise<HighlightOutcome>;
  /** Must be called straight from a click or submit handler (it asks for a host permission). */
  requestSiteAccess(origin: string): Promise<SiteAccessResult>;
}

export function createBrowserPageApi(): PageApi {
  return {
    async getPage(tabId) {
      const res = await sendRequest('getPageMentions', { tabId });
      if (!res.ok) throw new Error(res.error);
      return res.data.page;
    },
    watchPage(tabId, onChange) {
      const key = pageMentionsKey(tabId);
      const listener = (changes: Record<string, { newValue?: unknown }>) => {
        if (key in changes) onChange(pageFromChange(changes[key]!.newValue));
      };
      browser.storage.session.onChanged.addListener(listener);
      return () => browser.storage.session.onChanged.removeListener(listener);
    },
    async highlight(tabId, revision, index) {
      const r = await askContent(browser, tabId, { type: 'highlightMention', data: { revision, index } });
      if (!r.ok) return 'unreachable';
      return r.data.found ? 'found' : 'not-found';
    },
    requestSiteAccess: (origin) => requestSiteAccess(origin),
  };
}
