/**
 * The stored mentions of a tab, followed as the background stores new revisions. The previous
 * page stays on show while the next is read, so the list (and its scroll position) is never torn
 * down by an update.
 */
import { useEffect, useState } from 'preact/hooks';
import type { StoredPageMentions } from '@/lib/messaging/protocol';
import type { PageApi } from '@/lib/ui/page-api';

export interface PageMentionsState {
  page: StoredPageMentions | null;
  /** True until the first answer for this tab. */
  loading: boolean;
  error?: string;
}

export function usePageMentions(api: PageApi, tabId: number | null): PageMentionsState {
  const [state, setState] = useState<PageMentionsState>({ page: null, loading: tabId !== null });

  useEffect(() => {
    if (tabId === null) {
      setState({ page: null, loading: false });
      return;
    }
    let live = true;
    let asked = 0;
    setState({ page: null, loading: true });
    const read = () => {
      const ask = ++asked;
      api.getPage(tabId).then(
        (page) => live && ask === asked && setState({ page, loading: false }),
        (e: unknown) =>
          live &&
          ask === asked &&
          setState((s) => ({
            ...s,
            loading: false,
            error: `Could not read this page's mentions: ${String(e)}`,
          })),
      );
    };
    const stop = api.watchPage(tabId, (next) => {
      if (next === 'reread') return read();
      asked++; // an answer still on its way is older than this
      setState({ page: next, loading: false });
    });
    read();
    return () => {
      live = false;
      stop();
    };
  }, [api, tabId]);

  return state;
}
