import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isSitesChange } from '@/lib/sites/site-store';
import { grantedEnabledOrigins } from '@/lib/sites/allowed-patterns';
import type { SiteSettings } from '@/lib/sites/settings';
import { readSiteSettings } from '@/lib/sites/site-store';

export interface SiteSettingsState {
  settings: SiteSettings;
  /** Enabled origins whose host permission the browser still grants. */
  granted: ReadonlySet<string>;
}

async function readState(): Promise<SiteSettingsState> {
  const settings = await readSiteSettings();
  return { settings, granted: new Set(await grantedEnabledOrigins(settings)) };
}

/** The site settings and granted origins, kept current as storage and permissions change. */
export function useSiteSettings(): SiteSettingsState | null {
  const [state, setState] = useState<SiteSettingsState | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () => void readState().then((s) => live && setState(s));
    const onStorage = (changes: Parameters<typeof isSitesChange>[0], area: string) => {
      if (isSitesChange(changes, area)) refresh();
    };
    refresh();
    browser.storage.onChanged.addListener(onStorage);
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onStorage);
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  return state;
}
