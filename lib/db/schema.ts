/**
 * The classification store's Dexie schema: the one place versions are declared.
 * Contexts: background worker and extension pages only (a content script's IndexedDB belongs to the
 * page's origin, so it must never import lib/db).
 *
 * Rules (docs/conventions.md §6): stores() lists only the primary key and the indexes queries use;
 * every change appends a version; a version with an upgrade is never edited again; every upgrade has a
 * test in schema.test.ts that opens the previous version with data and checks the new one.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import type { CodeEntry, ReleaseMeta, ReleaseStatus, System, TermSource } from '@/lib/classification/model';

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

/** One code of one release; primary key [releaseId+code]. */
export interface CodeRow extends CodeEntry {
  releaseId: string;
}

/** All terms of one code of one release in a single row (fewer rows make seeding faster). */
export interface TermGroupRow {
  releaseId: string;
  system: System;
  code: string;
  terms: { text: string; source: TermSource }[];
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
 * Every schema version in order. Append only.
 * v1: releases by id; codes by [releaseId+code] with [releaseId+parent] for browsing children; term
 * groups by [releaseId+code]; search indexes by release-set key; meta by key.
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
];

export const LATEST_VERSION = Math.max(...SCHEMA_VERSIONS.map((v) => v.version));

/** The typed database. `upTo` declares only the versions up to it, so upgrade tests can open old ones. */
export class SidecoderDb extends Dexie {
  releases!: Table<StoredRelease, string>;
  codes!: Table<CodeRow, [string, string]>;
  terms!: Table<TermGroupRow, [string, string]>;
  searchIndex!: Table<SearchIndexRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DB_NAME, upTo: number = LATEST_VERSION) {
    super(name);
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
