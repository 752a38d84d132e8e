/**
 * The browser tab the side panel's "This page" follows: the active tab of the panel's window, kept up
 * to date as the coder switches tabs or a tab navigates; or, when the panel page was opened with
 * `?tabId=N`, that tab. The URL is known only where the browser shows it (it is hidden on sites
 * Sidecoder has no access to), so nothing depends on it beyond a prefilled field.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface FollowedTab {
  tabId: number | null;
  url?: string;
}

export function useFollowedTab(pinned: number | null): FollowedTab {
  const [tab, setTab] = useState<FollowedTab>({ tabId: pinned });

  useEffect(() => {
    let live = true;
    let windowId: number | undefined;
    let current: number | null = pinned;
    const set = (tabId: number | null, url?: string) => {
      if (!live) return;
      current = tabId;
      setTab({ tabId, url });
    };
    const refresh = (tabId: number) =>
      browser.tabs.get(tabId).then(
        (t) => current === tabId && set(tabId, t?.url),
        () => undefined, // the tab closed meanwhile
      );

    if (pinned !== null) {
      void refresh(pinned);
    } else {
      void browser.windows
        .getCurrent()
        .then(async (w) => {
          windowId = w.id;
          const [active] = await browser.tabs.query({ active: true, windowId });
          if (active?.id !== undefined) set(active.id, active.url);
        })
        .catch(() => undefined);
    }

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinned !== null || info.windowId !== windowId) return;
      set(info.tabId);
      void refresh(info.tabId);
    };
    const onUpdated = (tabId: number, change: { url?: string }) => {
      if (tabId === current && change.url !== undefined) set(tabId, change.url);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [pinned]);

  return tab;
}
