/**
 * Node-only (data build): write `public/release/<system>.json.gz` and `manifest.json`. Deterministic:
 * node:zlib's gzip writes no timestamp, and the JSON is produced in a fixed order.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encodeBundledRelease } from '@/lib/classification/bundle';
import type { Release } from '@/lib/classification/model';
import type { BundleManifest } from '../lib/load-bundled';

/** Encode, gzip and write the releases; returns the manifest written. */
export async function writeBundle(dir: string, releases: Release[]): Promise<BundleManifest> {
  await mkdir(dir, { recursive: true });
  const manifest: BundleManifest = { formatVersion: 1, releases: [] };
  for (const r of releases) {
    const file = `${r.meta.system}.json.gz`;
    const gz = gzipSync(Buffer.from(JSON.stringify(encodeBundledRelease(r)), 'utf8'), { level: 9 });
    await writeFile(join(dir, file), gz);
    manifest.releases.push({
      id: r.meta.id,
      system: r.meta.system,
      version: r.meta.version,
      effectiveFrom: r.meta.effectiveFrom,
      file,
      bytes: gz.length,
      sha256: createHash('sha256').update(gz).digest('hex'),
      codes: r.codes.length,
      terms: r.terms.length,
    });
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
