/**
 * Seeding the extension's store from the bundled release, one run at a time.
 * Contexts: background worker (install/startup and the `reseed` message). Uses browser.* only when
 * called, never at import time.
 */
import { browser } from 'wxt/browser';
import type { Release } from '@/lib/classification/model';
import { DB_NAME, LATEST_VERSION, SidecoderDb } from '@/lib/db/schema';
import { buildSearchIndex, serializeSearchIndex } from '@/lib/search/index';
import { SEARCH_INDEX_FORMAT } from '@/lib/search/index-model';
import { createBundledSource } from './bundled-source';
import { withKeepAlive } from './keep-alive';
import { seedReleases, type SeedReport } from './seed';

/** URL of the bundled manifest (public/release/ is copied to the extension root). */
export function bundledManifestUrl(): string {
  // getURL is typed against the public/ files known at `wxt prepare` time; the release may be newer.
  return (browser.runtime.getURL as (path: string) => string)('/release/manifest.json');
}

/** Builds and serialises the search index (structured-clone friendly, stored as is). */
export function buildSerializedIndex(releases: Release[]): unknown {
  return serializeSearchIndex(buildSearchIndex(releases));
}

let seedingDb: SidecoderDb | undefined;

/**
 * The connection seeding writes through. Relaxed durability lets Chromium commit without waiting
 * for the disk: everything seeding writes can be rebuilt from the bundled release, and a commit lost
 * to a power cut only leaves a release 'seeding', which the next start redoes.
 */
function getSeedingDb(): SidecoderDb {
  return (seedingDb ??= new SidecoderDb(DB_NAME, LATEST_VERSION, { chromeTransactionDurability: 'relaxed' }));
}

let current: Promise<SeedReport> | undefined;
let tail: Promise<unknown> = Promise.resolve();

/**
 * Make the store match the bundled release. A plain call joins a run already under way; a forced one
 * (reseed) runs after it. Runs never overlap, so two seeds cannot interleave their writes.
 */
export function ensureSeeded(opts: { force?: boolean; wipe?: boolean } = {}): Promise<SeedReport> {
  if (current && !opts.force && !opts.wipe) return current;
  const run = tail.then(() =>
    withKeepAlive(() =>
      seedReleases({
        db: getSeedingDb(),
        source: createBundledSource(bundledManifestUrl()),
        buildIndex: buildSerializedIndex,
        indexFormat: SEARCH_INDEX_FORMAT,
        ...opts,
      }),
    ),
  );
  current = run;
  tail = run.catch(() => undefined);
  void run.then(
    () => (current === run ? (current = undefined) : undefined),
    () => (current === run ? (current = undefined) : undefined),
  );
  return run;
}
