/**
 * Code lookups for the rule engine. Pure; any context. In the extension the engine reads the
 * in-memory search index (already built for search); the command line and tests read releases.
 */
import { codeKey } from '@/lib/classification/code-format';
import type { CodeEntry, Release, System } from '@/lib/classification/model';
import { getEntry } from '@/lib/search/hierarchy';
import type { SearchIndex } from '@/lib/search/index-model';
import { pickRelease } from './release-in-force';
import { ASTERISK_PAIRS } from './tables/dagger-asterisk';
import type { CodeLookup } from './types';

/** Lookup over a search index (the releases the index was built from). */
export function lookupFromIndex(index: SearchIndex): CodeLookup {
  return { get: (system, code) => getEntry(index, system, code) };
}

// A release's code map is built once and shared by every lookup over that release.
const maps = new WeakMap<Release, Map<string, CodeEntry>>();

function codeMap(release: Release): Map<string, CodeEntry> {
  let map = maps.get(release);
  if (!map) {
    map = new Map(release.codes.map((c) => [codeKey(c.code), c]));
    maps.set(release, map);
  }
  return map;
}

/** Lookup over the release of each system in force on `endDate` (see release-in-force.ts). */
export function lookupFromReleases(releases: readonly Release[], endDate?: string): CodeLookup {
  const bySystem: Partial<Record<System, Map<string, CodeEntry>>> = {};
  for (const system of ['icd10', 'opcs4'] as const) {
    const release = pickRelease(releases, system, endDate);
    if (release) bySystem[system] = codeMap(release);
  }
  return { get: (system, code) => bySystem[system]?.get(codeKey(code)) };
}

/**
 * Wrap a lookup so some entries carry extra metadata: how tests and the evaluation model a TRUD
 * release's age limits, which the public bundled release does not have.
 */
export function withOverrides(
  lookup: CodeLookup,
  overrides: Partial<Record<System, Record<string, Partial<CodeEntry>>>>,
): CodeLookup {
  return {
    get(system, code) {
      const entry = lookup.get(system, code);
      const extra = entry && overrides[system]?.[entry.code];
      return extra ? { ...entry, ...extra } : entry;
    },
  };
}

// Dagger -> asterisk partners from the curated pairs, built once.
const curatedPartners: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  const link = (a: string, b: string) => out.set(a, [...new Set([...(out.get(a) ?? []), b])]);
  for (const group of ASTERISK_PAIRS) {
    for (const [dagger, asterisk] of Object.entries(group.pairs ?? {})) {
      link(dagger, asterisk);
      link(asterisk, dagger);
    }
  }
  return out;
})();

/**
 * Wrap a lookup so the curated dagger/asterisk pairs (tables/dagger-asterisk.ts) show in the entries
 * themselves: the bundled release misses some dagger flags (G30.9 is not marked), and the episode's
 * pair grouping and the NHS copy-out read the flags, not the rules' tables. A TRUD release that has
 * the flags already is unchanged.
 */
export function withCuratedPairs(lookup: CodeLookup): CodeLookup {
  return {
    get(system, code) {
      const entry = lookup.get(system, code);
      if (!entry || system !== 'icd10') return entry;
      const partners = curatedPartners.get(entry.code);
      if (!partners) return entry;
      const merged = [...new Set([...(entry.partners ?? []), ...partners])];
      return entry.asterisk ? { ...entry, partners: merged } : { ...entry, dagger: true, partners: merged };
    },
  };
}
