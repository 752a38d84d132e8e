/**
 * The release bundled with the extension under /release/ (manifest.json + gzipped JSON per system).
 * Contexts: background worker (seeding) and extension pages; Node when given a fetch. No browser.*
 * access here: the caller passes the manifest URL.
 */
import { decodeBundledRelease } from '@/lib/classification/bundle';
import type { Release } from '@/lib/classification/model';
import { manifestSchema, type ManifestEntry, type ReleaseSource } from './release-source';

async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function gunzip(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).arrayBuffer();
}

async function fetchOk(fetchFn: typeof fetch, url: string): Promise<Response> {
  const res = await fetchFn(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res;
}

/**
 * A source reading `manifestUrl` and the files beside it. The sha256 in the manifest is checked
 * against the file as shipped (gzipped); a digest of the decompressed JSON is accepted too, so either
 * convention of the data build verifies.
 */
export function createBundledSource(manifestUrl: string, fetchFn: typeof fetch = fetch): ReleaseSource {
  return {
    name: 'bundled',
    async list() {
      const parsed = manifestSchema.safeParse(await (await fetchOk(fetchFn, manifestUrl)).json());
      if (!parsed.success)
        throw new Error(`release manifest: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data.releases;
    },
    async load(entry: ManifestEntry): Promise<Release> {
      const packed = await (await fetchOk(fetchFn, new URL(entry.file, manifestUrl).href)).arrayBuffer();
      const raw = await gunzip(packed);
      if ((await sha256Hex(packed)) !== entry.sha256 && (await sha256Hex(raw)) !== entry.sha256) {
        throw new Error(`${entry.file}: sha256 does not match the manifest`);
      }
      const release = decodeBundledRelease(JSON.parse(new TextDecoder().decode(raw)), entry.file);
      if (release.meta.id !== entry.id)
        throw new Error(`${entry.file}: holds ${release.meta.id}, manifest says ${entry.id}`);
      return release;
    },
  };
}
