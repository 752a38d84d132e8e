import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { encodeBundledRelease } from '@/lib/classification/bundle';
import { createBundledSource } from './bundled-source';
import { syntheticRelease } from './synthetic-release';

const release = syntheticRelease('icd10/test-1', 'icd10', 4);
const gz = gzipSync(JSON.stringify(encodeBundledRelease(release)));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function manifest(overrides: Record<string, unknown> = {}) {
  return {
    formatVersion: 1,
    releases: [
      {
        id: 'icd10/test-1',
        system: 'icd10',
        version: 'test',
        effectiveFrom: '2020-01-01',
        file: 'icd10.json.gz',
        bytes: gz.length,
        sha256: sha(gz),
        codes: release.codes.length,
        terms: release.terms.length,
        ...overrides,
      },
    ],
  };
}

/** A fetch serving the manifest and the gzipped file from memory. */
function serve(files: Record<string, unknown>): typeof fetch {
  return (async (url: string) => {
    const body = files[new URL(url).pathname];
    if (body === undefined) return new Response('missing', { status: 404 });
    return new Response(body instanceof Uint8Array ? new Blob([new Uint8Array(body)]) : JSON.stringify(body));
  }) as typeof fetch;
}

const URL_BASE = 'chrome-extension://x/release/manifest.json';

describe('createBundledSource', () => {
  it('lists the manifest and loads a verified, decoded release', async () => {
    const source = createBundledSource(
      URL_BASE,
      serve({ '/release/manifest.json': manifest(), '/release/icd10.json.gz': gz }),
    );
    const [entry] = await source.list();
    const loaded = await source.load(entry!);
    expect(loaded.meta.id).toBe('icd10/test-1');
    expect(loaded.codes.map((c) => c.code)).toEqual(release.codes.map((c) => c.code));
    expect(loaded.terms).toHaveLength(4);
  });

  it('refuses a file whose sha256 does not match', async () => {
    const source = createBundledSource(
      URL_BASE,
      serve({ '/release/manifest.json': manifest({ sha256: 'f'.repeat(64) }), '/release/icd10.json.gz': gz }),
    );
    const [entry] = await source.list();
    await expect(source.load(entry!)).rejects.toThrow('icd10.json.gz: sha256 does not match the manifest');
  });

  it('refuses a manifest pointing outside its folder or a missing file', async () => {
    const bad = createBundledSource(
      URL_BASE,
      serve({ '/release/manifest.json': manifest({ file: '../secret' }) }),
    );
    await expect(bad.list()).rejects.toThrow('release manifest');
    const missing = createBundledSource(URL_BASE, serve({ '/release/manifest.json': manifest() }));
    const [entry] = await missing.list();
    await expect(missing.load(entry!)).rejects.toThrow('HTTP 404');
  });
});
