/**
 * Where releases to seed come from: the bundled manifest today, a trust's update source later.
 * Contexts: background worker (seeding), extension pages and Node (tests, bench). Pure.
 */
import { z } from 'zod';
import { SYSTEMS, type Release } from '@/lib/classification/model';

/** One entry of `public/release/manifest.json`. */
export const manifestEntrySchema = z.looseObject({
  id: z.string().min(1),
  system: z.enum(SYSTEMS),
  version: z.string().min(1),
  effectiveFrom: z.string().min(1),
  // A bare file name: the manifest may not point outside its folder.
  file: z.string().regex(/^[\w.-]+$/),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  codes: z.number().int().nonnegative(),
  terms: z.number().int().nonnegative(),
});

export const manifestSchema = z.object({
  formatVersion: z.literal(1),
  releases: z.array(manifestEntrySchema).min(1),
});

export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

/** A source lists its releases (cheap) and loads one on demand (fetch, verify, decode). */
export interface ReleaseSource {
  /** Label stored as the release's `source` (e.g. `bundled`). */
  readonly name: string;
  list(): Promise<ManifestEntry[]>;
  load(entry: ManifestEntry): Promise<Release>;
}
