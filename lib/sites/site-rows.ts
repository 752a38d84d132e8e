/**
 * The rows the options page shows for site settings. Pure; contexts: extension pages.
 */
import { BUILTIN_ORIGINS, type SiteSettings } from './settings';

export interface BuiltinSiteRow {
  origin: string;
  label: string;
  on: boolean;
  /** True for a host's switch covering every port; false for one port switched off on its own. */
  everyPort: boolean;
}

export interface EnabledSiteRow {
  origin: string;
  /** False when the host permission was withdrawn (chrome://extensions): the script is not running. */
  granted: boolean;
}

const BUILTIN_LABELS: Record<(typeof BUILTIN_ORIGINS)[number], string> = {
  'http://localhost': 'Demo and test pages on localhost (any port)',
  'http://127.0.0.1': 'Demo and test pages on 127.0.0.1 (any port)',
  'file://': 'Local files (file://)',
};

/** One row per built-in host, then any single built-in port switched off (from the side panel). */
export function builtinSiteRows(settings: SiteSettings): BuiltinSiteRow[] {
  const hosts: readonly string[] = BUILTIN_ORIGINS;
  const rows: BuiltinSiteRow[] = BUILTIN_ORIGINS.map((origin) => ({
    origin,
    label: BUILTIN_LABELS[origin],
    on: !settings.disabled.includes(origin),
    everyPort: true,
  }));
  for (const origin of settings.disabled) {
    if (!hosts.includes(origin)) rows.push({ origin, label: origin, on: false, everyPort: false });
  }
  return rows;
}

/** The enabled origins in the order they were added, with whether access is still granted. */
export function enabledSiteRows(settings: SiteSettings, granted: ReadonlySet<string>): EnabledSiteRow[] {
  return settings.enabled.map((origin) => ({ origin, granted: granted.has(origin) }));
}
