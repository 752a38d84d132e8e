/**
 * Node-only: load the bundled default releases from `public/release/` (the same bytes the extension
 * ships), verifying each file's size and sha256 against the manifest before decoding.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { decodeBundledRelease } from '@/lib/classification/bundle';
import type { Release } from '@/lib/classification/model';
import { ReleaseParseError } from '@/lib/classification/parse-error';

/** One entry of `public/release/manifest.json`. */
export const manifestEntrySchema = z.object({
  id: z.string(),
  system: z.enum(['icd10', 'opcs4']),
  version: z.string(),
  effectiveFrom: z.string(),
  file: z.string().regex(/^[\w.-]+$/),
  bytes: z.number().int().positive(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  codes: z.number().int(),
  terms: z.number().int(),
});
export const manifestSchema = z.object({
  formatVersion: z.literal(1),
  releases: z.array(manifestEntrySchema).min(1),
});
export type BundleManifest = z.infer<typeof manifestSchema>;

/** Read and validate the manifest of a bundled release directory. */
export async function readBundleManifest(dir = 'public/release'): Promise<BundleManifest> {
  const file = join(dir, 'manifest.json');
  const r = manifestSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!r.success) throw new ReleaseParseError(file, `bad manifest: ${r.error.issues[0]?.message}`);
  return r.data;
}

/** Load every release listed in `dir/manifest.json` (gunzip, verify sha256 and size, decode). */
export async function loadBundledReleases(dir = 'public/release'): Promise<Release[]> {
  const manifest = await readBundleManifest(dir);
  const out: Release[] = [];
  for (const entry of manifest.releases) {
    const gz = await readFile(join(dir, entry.file));
    const sha = createHash('sha256').update(gz).digest('hex');
    if (gz.length !== entry.bytes || sha !== entry.sha256) {
      throw new ReleaseParseError(entry.file, 'size or sha256 does not match manifest.json');
    }
    out.push(decodeBundledRelease(JSON.parse(gunzipSync(gz).toString('utf8')), entry.file));
  }
  return out;
}
