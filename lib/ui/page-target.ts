/**
 * Which browser tab the side panel's "This page" follows. Pure; extension pages.
 *
 * The panel follows the active tab of its window, unless its page was opened with `?tabId=N` (tests,
 * or a panel popped out into its own tab), which pins it to that tab.
 */
import { normaliseOrigin } from '@/lib/sites/settings';

/** The tab id pinned by `?tabId=N` in the page's query string, or null. */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  // Chrome's tab ids are 32-bit integers and can be large (2043555321 is ordinary).
  const id = Number(raw);
  return id <= 2 ** 31 - 1 ? id : null;
}

/**
 * The origin to offer for "Enable Sidecoder on this site", from the tab's URL when the browser shows
 * it (without the "tabs" permission it is hidden on sites Sidecoder has no access to): http(s) only.
 */
export function originToOffer(url: string | undefined): string {
  if (!url) return '';
  const o = normaliseOrigin(url);
  return o && o !== 'file://' ? o : '';
}
