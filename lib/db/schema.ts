/**
 * The classification store's Dexie schema: the one place versions are declared.
 * Contexts: background worker and extension pages only (a content script's IndexedDB belongs to the
 * page's origin, so it must never import lib/db).
 *
 * Rules (docs/conventions.md §6): stores() lists only the primary key and the indexes queries use;
 * every change appends a version; a version with an upgrade is never edited again; every upgrade has a
 * test in schema.test.ts that opens the previous version with data and checks the new one.
 */
import { Dexie, type DexieOptions, type Table, type Transaction } from 'dexie';
import { upgradeToBuckets } from './upgrades/v2-buckets';
import type { CodeEntry, ReleaseMeta, ReleaseStatus, System, TermSource } from '@/lib/classification/model';
import type { Episode } from '@/lib/episode/model';

export const DB_NAME = 'sidecoder';

/** A release as stored: its metadata plus the seeding state. */
export interface StoredRelease extends ReleaseMeta {
  status: ReleaseStatus;
  /** sha256 of the bundled file it was seeded from (absent for imports that have none). */
  sha256?: string;
  /** ISO time the release became ready (tie-break between releases with the same dates). */
  readyAt?: string;
  /** Why seeding failed, for the diagnostics page. */
  error?: string;
}

/** A term as stored (system and code are the row's). */
export interface StoredTerm {
  text: string;
  source: TermSource;
}

/** The codes of one release whose code starts with `bucket` (see buckets.ts); key [releaseId+bucket]. */
export interface CodeBlockRow {
  releaseId: string;
  bucket: string;
  system: System;
  codes: CodeEntry[];
}

/** The terms of one bucket of codes, by code; key [releaseId+bucket]. */
export interface TermBlockRow {
  releaseId: string;
  bucket: string;
  system: System;
  terms: Record<string, StoredTerm[]>;
}

/** A serialised search index over a set of ready releases (the set in force when it was built). */
export interface SearchIndexRow {
  /** The sorted release ids joined with '|'. */
  key: string;
  releaseIds: string[];
  builtAt: string;
  /** The search engine's index format; a stored index of another format is rebuilt. */
  format?: number | string;
  /** A SerializedSearchIndex from lib/search (structured-clone friendly). */
  data: unknown;
}

/** Small key-value state: seed progress, the active index key. */
export interface MetaRow {
  key: string;
  value: unknown;
}

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema version in order. Append only. Dexie keeps tables a version does not mention.
 * v1: releases by id; codes by [releaseId+code] with [releaseId+parent]; term groups by
 * [releaseId+code]; search indexes by release-set key; meta by key.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      releases: 'id',
      codes: '[releaseId+code], [releaseId+parent]',
      terms: '[releaseId+code]',
      searchIndex: 'key',
      meta: 'key',
    },
  },
  // v2: one row per bucket of codes instead of one per code (seeding was ~20x too slow, see
  // buckets.ts); browsing children uses the in-memory search index, so [releaseId+parent] goes.
  // The v1 tables stay readable here so the upgrade can move their rows; v3 drops them.
  {
    version: 2,
    stores: { codeBlocks: '[releaseId+bucket]', termBlocks: '[releaseId+bucket]' },
    upgrade: upgradeToBuckets,
  },
  { version: 3, stores: { codes: null, terms: null } },
  // v4: the coder's worklist of episodes (lib/db/episodes.ts), listed by status and last change.
  { version: 4, stores: { episodes: 'id, status, updatedAt, ref' } },
];

export const LATEST_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/** The typed database. `upTo` declares only the versions up to it, so upgrade tests can open old ones. */
export class SidecoderDb extends Dexie {
  releases!: Table<StoredRelease, string>;
  codeBlocks!: Table<CodeBlockRow, [string, string]>;
  termBlocks!: Table<TermBlockRow, [string, string]>;
  searchIndex!: Table<SearchIndexRow, string>;
  meta!: Table<MetaRow, string>;
  episodes!: Table<Episode, string>;

  constructor(name: string = DB_NAME, upTo: number = LATEST_VERSION, options?: DexieOptions) {
    super(name, options);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
