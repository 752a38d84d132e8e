/**
 * Where site profiles come from: the bundled examples (lib/extract/profiles/) plus the profiles the
 * user or trust added, kept in storage.local under SETTINGS_KEYS.profiles as an array of profile JSON
 * objects (a later issue fills it from managed policy). Contexts: content script (reads, through an
 * injected storage getter), options page (reads and writes); unit tests.
 *
 * Every stored entry is validated with parseSiteProfile each time it is read: storage is not trusted
 * to hold what this code wrote. Invalid entries are skipped and reported by their profile issues only
 * (never page data).
 */
import { z } from 'zod';
import { browser } from 'wxt/browser';
import acme from '@/lib/extract/profiles/acme-epr.json';
import theatre from '@/lib/extract/profiles/theatre-notes.json';
import { parseSiteProfile, SiteProfileError, type SiteProfile } from '@/lib/extract/profile';
import { SETTINGS_KEYS } from './settings';

/** Added profiles kept at most (each is small; the cap bounds what a page load parses). */
export const MAX_STORED_PROFILES = 50;
/** Pasted or chosen profile JSON larger than this is refused before parsing. */
export const MAX_PROFILE_CHARS = 100_000;

const BUNDLED_JSON: readonly unknown[] = [acme, theatre];

/** The bundled example profiles (validated once, on first use). */
let bundledCache: SiteProfile[] | null = null;
export function bundledProfiles(): SiteProfile[] {
  bundledCache ??= BUNDLED_JSON.map((json) => parseSiteProfile(json));
  return bundledCache;
}

export interface ProfileEntry {
  profile: SiteProfile;
  /** Shipped with Sidecoder: listed but not removable. */
  builtIn: boolean;
}

export interface InvalidStoredProfile {
  /** Position in the stored array. */
  index: number;
  /** The entry's `id`, when it has a string one (so it can still be removed). */
  id?: string;
  issues: string[];
}

export interface LoadedProfiles {
  /** Added profiles first, so a trust's profile for an origin wins over a bundled example. */
  entries: ProfileEntry[];
  profiles: SiteProfile[];
  invalid: InvalidStoredProfile[];
}

const storedListSchema = z.array(z.unknown()).max(MAX_STORED_PROFILES);

/** The stored array as raw entries; anything that is not an array counts as empty. */
function storedList(value: unknown): unknown[] {
  const parsed = storedListSchema.safeParse(value ?? []);
  // An over-long list keeps its first entries rather than losing every profile.
  if (!parsed.success) return Array.isArray(value) ? value.slice(0, MAX_STORED_PROFILES) : [];
  return parsed.data;
}

const idOf = (entry: unknown): string | undefined => {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id.slice(0, 64) : undefined;
};

/** Validates the stored value (SETTINGS_KEYS.profiles) and joins it with the bundled profiles. */
export function readSiteProfiles(stored: unknown): LoadedProfiles {
  const bundled = bundledProfiles();
  const builtInIds = new Set(bundled.map((p) => p.id));
  const added: ProfileEntry[] = [];
  const invalid: InvalidStoredProfile[] = [];
  storedList(stored).forEach((json, index) => {
    const id = idOf(json);
    try {
      const profile = parseSiteProfile(json);
      if (builtInIds.has(profile.id) || added.some((e) => e.profile.id === profile.id))
        throw new SiteProfileError([`id: "${profile.id}" is already used by another profile`]);
      added.push({ profile, builtIn: false });
    } catch (e) {
      const issues = e instanceof SiteProfileError ? e.issues : ['(root): could not be read'];
      invalid.push(id === undefined ? { index, issues } : { index, id, issues });
    }
  });
  const entries = [...added, ...bundled.map((profile) => ({ profile, builtIn: true }))];
  return { entries, profiles: entries.map((e) => e.profile), invalid };
}

/** The parts of storage.local read here. */
export interface ProfileStorageReader {
  get(keys: string[]): Promise<Record<string, unknown>>;
}
export interface ProfileStorage extends ProfileStorageReader {
  set(items: Record<string, unknown>): Promise<void>;
}

/** Bundled plus added profiles from storage.local. */
export async function loadSiteProfiles(
  storage: ProfileStorageReader = browser.storage.local,
): Promise<LoadedProfiles> {
  const stored = await storage.get([SETTINGS_KEYS.profiles]);
  return readSiteProfiles(stored[SETTINGS_KEYS.profiles]);
}

/**
 * Validates profile JSON (text or a parsed value) and stores it, replacing an added profile with the
 * same id. Throws SiteProfileError (with its issues) when it is invalid or takes a built-in id.
 */
export async function saveSiteProfile(
  json: unknown,
  storage: ProfileStorage = browser.storage.local,
): Promise<SiteProfile> {
  if (typeof json === 'string' && json.length > MAX_PROFILE_CHARS)
    throw new SiteProfileError([
      `(root): larger than ${MAX_PROFILE_CHARS.toLocaleString('en-GB')} characters`,
    ]);
  const profile = parseSiteProfile(json);
  if (bundledProfiles().some((p) => p.id === profile.id))
    throw new SiteProfileError([`id: "${profile.id}" is a built-in profile; choose another id`]);
  const stored = await storage.get([SETTINGS_KEYS.profiles]);
  const others = storedList(stored[SETTINGS_KEYS.profiles]).filter((e) => idOf(e) !== profile.id);
  if (others.length >= MAX_STORED_PROFILES)
    throw new SiteProfileError([`(root): at most ${MAX_STORED_PROFILES} profiles can be added`]);
  // Stored as plain JSON (the parsed profile, defaults filled in), never as the pasted text.
  await storage.set({ [SETTINGS_KEYS.profiles]: [...others, JSON.parse(JSON.stringify(profile))] });
  return profile;
}

/** Removes an added profile (also an invalid stored one) by id; built-in profiles stay. */
export async function removeSiteProfile(
  id: string,
  storage: ProfileStorage = browser.storage.local,
): Promise<boolean> {
  const stored = await storage.get([SETTINGS_KEYS.profiles]);
  const list = storedList(stored[SETTINGS_KEYS.profiles]);
  const kept = list.filter((e) => idOf(e) !== id);
  if (kept.length === list.length) return false;
  await storage.set({ [SETTINGS_KEYS.profiles]: kept });
  return true;
}
