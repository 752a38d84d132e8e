/**
 * What the options page and side panel call to allow or stop Sidecoder on a site. Contexts:
 * extension pages only: `permissions.request` needs a user gesture, which only a page's click
 * handler has.
 */
import { browser, type WxtBrowser } from 'wxt/browser';
import { isBuiltinOrigin, normaliseOrigin, originPattern } from './settings';
import { siteEdits, updateSiteSettings } from './site-store';

export interface SiteAccessResult {
  ok: boolean;
  /** A sentence for the user when `ok` is false. */
  error?: string;
}

type ManageApi = Pick<WxtBrowser, 'storage' | 'permissions'>;

export const SITE_ERRORS = {
  invalid: 'Enter a web address such as https://epr.trust.nhs.uk.',
  scheme: 'Sidecoder can only read http:// and https:// sites.',
  declined: 'Access was not granted, so Sidecoder will not read this site. Try again and choose "Allow".',
  failed: 'The browser refused the request for this site.',
} as const;

/** An http(s) origin from what the user typed ("epr.trust.nhs.uk" counts as https), or an error. */
export function parseSiteInput(input: string): { origin: string } | { error: string } {
  const trimmed = input.trim();
  if (!trimmed) return { error: SITE_ERRORS.invalid };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const origin = normaliseOrigin(withScheme);
  if (origin === null) {
    return /^https?:/i.test(withScheme) ? { error: SITE_ERRORS.invalid } : { error: SITE_ERRORS.scheme };
  }
  if (origin === 'file://') return { error: SITE_ERRORS.scheme };
  return { origin };
}

/**
 * Ask for access to a site and, once granted, add it to the enabled list. Call it straight from a
 * click handler: the permission request runs before any other await, while the gesture still counts.
 */
export async function requestSiteAccess(input: string, api: ManageApi = browser): Promise<SiteAccessResult> {
  const parsed = parseSiteInput(input);
  if ('error' in parsed) return { ok: false, error: parsed.error };
  const { origin } = parsed;
  // Built-in origins are covered by the manifest: switching them on needs no permission.
  if (isBuiltinOrigin(origin)) return enableBuiltin(origin, api);
  let granted: boolean;
  try {
    granted = await api.permissions.request({ origins: [originPattern(origin)] });
  } catch {
    return { ok: false, error: SITE_ERRORS.failed };
  }
  if (!granted) return { ok: false, error: SITE_ERRORS.declined };
  await updateSiteSettings((s) => siteEdits.enable(s, origin), api);
  return { ok: true };
}

/**
 * Stop Sidecoder on a site: built-in origins are switched off, others leave the list and lose their
 * host permission. Open tabs' content scripts see the settings change and remove their effects.
 */
export async function disableSite(input: string, api: ManageApi = browser): Promise<SiteAccessResult> {
  const origin = normaliseOrigin(input);
  if (!origin) return { ok: false, error: SITE_ERRORS.invalid };
  if (isBuiltinOrigin(origin)) {
    await updateSiteSettings((s) => siteEdits.switchOffBuiltin(s, origin), api);
    return { ok: true };
  }
  // Settings first: the content scripts stop on this change even if the permission removal fails.
  await updateSiteSettings((s) => siteEdits.remove(s, origin), api);
  try {
    await api.permissions.remove({ origins: [originPattern(origin)] });
  } catch {
    // Removing a permission that was never granted (or is required) is not an error for the user.
  }
  return { ok: true };
}

/** Switch a built-in (demo or test) origin back on. */
export async function enableBuiltin(input: string, api: ManageApi = browser): Promise<SiteAccessResult> {
  const origin = normaliseOrigin(input);
  if (!origin || !isBuiltinOrigin(origin)) return { ok: false, error: SITE_ERRORS.invalid };
  await updateSiteSettings((s) => siteEdits.switchOnBuiltin(s, origin), api);
  return { ok: true };
}
