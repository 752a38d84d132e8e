/**
 * Which match patterns Sidecoder is active on: built-in (demo and test) patterns not switched off,
 * and enabled origins whose host permission is granted. Contexts: background, extension pages.
 */
import { browser, type WxtBrowser } from 'wxt/browser';
import { BUILTIN_ORIGINS, isBuiltinOrigin, originPattern, type SiteSettings } from './settings';

type PermissionsApi = Pick<WxtBrowser, 'permissions'>;

/** Built-in match patterns whose host switch is on ("http://localhost" → "http://localhost/*"). */
export function activeBuiltinMatches(settings: SiteSettings): string[] {
  return BUILTIN_ORIGINS.filter((o) => !settings.disabled.includes(o)).map(originPattern);
}

/**
 * Enabled origins the browser still grants access to. An origin whose permission the user withdrew
 * (chrome://extensions) stays in the list but gets no script until it is granted again.
 */
export async function grantedEnabledOrigins(
  settings: SiteSettings,
  api: PermissionsApi = browser,
): Promise<string[]> {
  // Built-in origins are the manifest's; registering them again would run the script twice.
  const candidates = settings.enabled.filter((o) => !isBuiltinOrigin(o));
  const granted = await Promise.all(
    candidates.map((o) => api.permissions.contains({ origins: [originPattern(o)] }).catch(() => false)),
  );
  return candidates.filter((_, i) => granted[i]);
}

/** Patterns for the dynamic content script: granted enabled origins, sorted for stable comparison. */
export function dynamicMatches(grantedOrigins: string[]): string[] {
  return [...new Set(grantedOrigins.map(originPattern))].sort();
}
