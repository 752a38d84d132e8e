/**
 * The site profiles as the options page lists them (bundled plus added, and stored ones that failed
 * validation), kept current as storage changes. Context: options page.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadSiteProfiles, type LoadedProfiles } from '@/lib/sites/profiles';
import { SETTINGS_KEYS } from '@/lib/sites/settings';

export function useSiteProfiles(): LoadedProfiles | null {
  const [state, setState] = useState<LoadedProfiles | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () => void loadSiteProfiles().then((s) => live && setState(s));
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SETTINGS_KEYS.profiles in changes) refresh();
    };
    refresh();
    browser.storage.onChanged.addListener(onStorage);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onStorage);
    };
  }, []);
  return state;
}
