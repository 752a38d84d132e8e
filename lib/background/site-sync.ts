/**
 * Brings the dynamic content script and the "Code with Sidecoder" menu in line with the site
 * settings and granted permissions. Contexts: background only.
 *
 * Runs on every worker start, on install and browser start, when the sites setting changes and when
 * a host permission is granted or withdrawn. Runs one at a time: two overlapping registrations of
 * the same script id would fail.
 */
import { browser, type WxtBrowser } from 'wxt/browser';
import { activeBuiltinMatches, dynamicMatches, grantedEnabledOrigins } from '@/lib/sites/allowed-patterns';
import { staticScriptShape, syncRegistration } from '@/lib/sites/script-registration';
import { forgetPagesWhere } from '@/lib/page-store/page-store';
import { siteEnabled } from '@/lib/sites/settings';
import { readSiteSettings } from '@/lib/sites/site-store';
import { syncSelectionMenu } from './selection-menu';

type SyncApi = Pick<WxtBrowser, 'storage' | 'permissions' | 'scripting' | 'contextMenus' | 'runtime'>;

export interface SiteSyncResult {
  /** Match patterns of the dynamic content script (granted, enabled origins). */
  scriptMatches: string[];
  /** Where the context-menu item shows. */
  menuPatterns: string[];
}

async function syncOnce(api: SyncApi): Promise<SiteSyncResult> {
  const settings = await readSiteSettings(api);
  const scriptMatches = dynamicMatches(await grantedEnabledOrigins(settings, api));
  const menuPatterns = [...activeBuiltinMatches(settings), ...scriptMatches];
  await syncRegistration(scriptMatches, staticScriptShape(api.runtime.getManifest()), api);
  await syncSelectionMenu(menuPatterns, api);
  // A site switched off keeps none of its pages' mentions (the side panel stops showing them).
  await forgetPagesWhere((url) => !siteEnabled(url, settings), api.storage.session);
  return { scriptMatches, menuPatterns };
}

let queue: Promise<unknown> = Promise.resolve();

/** Queue one sync after any in progress. Errors are reported, not thrown (listeners call this). */
export function syncSites(api: SyncApi = browser): Promise<SiteSyncResult | null> {
  // `queue` never rejects, so each run starts after the previous one whatever its outcome.
  const run = queue.then(() => syncOnce(api));
  queue = run.catch(() => undefined);
  return run.catch((err: unknown) => {
    // Only the error's message: no origins or page data in logs.
    console.error('sidecoder: site sync failed', err instanceof Error ? err.message : 'unknown error');
    return null;
  });
}
