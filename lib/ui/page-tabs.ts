/**
 * The side panel's tabs ("Search", "This page", "Episode"): which one to show first and how the
 * arrow keys move between them. Pure apart from the `Storage` passed in; extension pages.
 */

/** The panel's tabs in display order. Adding a tab: add its id here and its panel in App.tsx. */
export const PANEL_TABS = ['search', 'page', 'episode'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export const PANEL_TAB_LABELS: Record<PanelTab, string> = {
  search: 'Search',
  page: 'This page',
  episode: 'Episode',
};

const TAB_KEY = 'sidecoder.tab';

/** The tab the coder last used (kept in the panel page's localStorage), or the first tab. */
export function loadTab(storage: Pick<Storage, 'getItem'> | undefined): PanelTab {
  try {
    const v = storage?.getItem(TAB_KEY);
    return PANEL_TABS.includes(v as PanelTab) ? (v as PanelTab) : PANEL_TABS[0];
  } catch {
    return PANEL_TABS[0];
  }
}

export function saveTab(storage: Pick<Storage, 'setItem'> | undefined, tab: PanelTab): void {
  try {
    storage?.setItem(TAB_KEY, tab);
  } catch {
    // Storage refused (quota, policy): the choice lasts for this page only.
  }
}

/**
 * The tab index a key moves to in a horizontal tablist (WAI-ARIA tabs pattern: arrows wrap, Home and
 * End jump), or null for keys the tablist does not handle.
 */
export function tabIndexForKey(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
