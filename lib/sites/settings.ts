/**
 * Which sites Sidecoder reads, and the user's switches, as kept in storage.local. Pure helpers plus
 * the storage keys; any context (content scripts read these to decide whether to run).
 *
 * Built-in origins (the demo and test pages) work out of the box and can be switched off; any other
 * EPR origin needs the user's (or, later, the trust policy's) consent: an entry in `enabled` and the
 * matching optional host permission.
 */
import { z } from 'zod';

/** storage.local keys shared by the content script, background and extension pages. */
export const SETTINGS_KEYS = {
  /** SiteSettings */
  sites: 'sites',
  /** boolean: trainee badges on EPR pages (off by default). */
  trainee: 'traineeMode',
  /** unknown[]: site profile JSON the user or trust added (lib/sites/profiles.ts validates each). */
  profiles: 'siteProfiles',
} as const;

/** Match patterns the content script is declared for in the manifest (demo and test pages). */
export const BUILTIN_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*', 'file:///*'] as const;

/**
 * The built-in origins as the options page lists them, one per match pattern. A host entry without a
 * port ("http://127.0.0.1") in `disabled` switches off every port of that host, as the match pattern
 * covers every port; an entry with a port switches off that port only.
 */
export const BUILTIN_ORIGINS = ['http://localhost', 'http://127.0.0.1', 'file://'] as const;

const origin = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^/?#\s]+$/, 'an origin such as https://epr.trust.nhs.uk');

export const siteSettingsSchema = z.object({
  /** EPR origins the user or trust enabled ("https://epr.trust.nhs.uk"). */
  enabled: z.array(origin).max(200).default([]),
  /** Built-in origins the user switched off. */
  disabled: z.array(z.string().max(300)).max(200).default([]),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const DEFAULT_SITE_SETTINGS: SiteSettings = { enabled: [], disabled: [] };

/** Stored settings read leniently: anything malformed counts as the defaults. */
export function parseSiteSettings(value: unknown): SiteSettings {
  const parsed = siteSettingsSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SITE_SETTINGS;
}

/** An origin ("http://localhost:5173", "file://") as a page reports it, normalised for comparison. */
export function normaliseOrigin(input: string): string | null {
  try {
    const url = new URL(input.trim());
    if (url.protocol === 'file:') return 'file://';
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** True for origins the manifest's content script already covers (demo and test pages). */
export function isBuiltinOrigin(pageOrigin: string): boolean {
  const o = normaliseOrigin(pageOrigin);
  if (!o) return false;
  if (o === 'file://') return true;
  const { protocol, hostname } = new URL(o);
  return protocol === 'http:' && (hostname === 'localhost' || hostname === '127.0.0.1');
}

/** A built-in origin without its port: the options page's switch for every port of that host. */
export function builtinHost(builtinOrigin: string): string {
  if (builtinOrigin === 'file://') return builtinOrigin;
  const url = new URL(builtinOrigin);
  return `${url.protocol}//${url.hostname}`;
}

/** Whether the content script should run on a page of `pageOrigin` under `settings`. */
export function siteEnabled(pageOrigin: string, settings: SiteSettings): boolean {
  const o = normaliseOrigin(pageOrigin);
  if (!o) return false;
  if (isBuiltinOrigin(o))
    return !settings.disabled.includes(o) && !settings.disabled.includes(builtinHost(o));
  return settings.enabled.includes(o);
}

/** The optional host permission pattern for an origin ("https://epr.trust.nhs.uk/*"). */
export function originPattern(o: string): string {
  return `${o}/*`;
}
