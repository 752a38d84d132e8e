/**
 * Reading and writing the site settings in storage.local. Contexts: background and extension pages
 * (content scripts only read, through `siteEnabled` in settings.ts).
 */
import { browser, type Browser, type WxtBrowser } from 'wxt/browser';
import { parseSiteSettings, SETTINGS_KEYS, type SiteSettings } from './settings';

type StorageApi = Pick<WxtBrowser, 'storage'>;

/** The stored site settings; malformed or missing values count as the defaults. */
export async function readSiteSettings(api: StorageApi = browser): Promise<SiteSettings> {
  const stored = await api.storage.local.get(SETTINGS_KEYS.sites);
  return parseSiteSettings(stored[SETTINGS_KEYS.sites]);
}

/** Read, change and write back the site settings (one writer at a time is enough: the user's clicks). */
export async function updateSiteSettings(
  change: (current: SiteSettings) => SiteSettings,
  api: StorageApi = browser,
): Promise<SiteSettings> {
  const next = change(await readSiteSettings(api));
  await api.storage.local.set({ [SETTINGS_KEYS.sites]: next });
  return next;
}

const without = (list: string[], item: string) => list.filter((x) => x !== item);
const withItem = (list: string[], item: string) => (list.includes(item) ? list : [...list, item]);

/** Pure settings edits, kept apart so they are easy to test. */
export const siteEdits = {
  enable: (s: SiteSettings, o: string): SiteSettings => ({ ...s, enabled: withItem(s.enabled, o) }),
  remove: (s: SiteSettings, o: string): SiteSettings => ({ ...s, enabled: without(s.enabled, o) }),
  switchOffBuiltin: (s: SiteSettings, o: string): SiteSettings => ({
    ...s,
    disabled: withItem(s.disabled, o),
  }),
  switchOnBuiltin: (s: SiteSettings, o: string): SiteSettings => ({ ...s, disabled: without(s.disabled, o) }),
};

/** True when a storage change touches the sites setting. */
export function isSitesChange(changes: Record<string, Browser.storage.StorageChange>, area: string): boolean {
  return area === 'local' && SETTINGS_KEYS.sites in changes;
}
