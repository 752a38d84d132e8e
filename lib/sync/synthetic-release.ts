/**
 * Small synthetic releases and an in-memory source, for unit tests and diagnostics. Pure; any context.
 */
import type { CodeEntry, Release, System, TermEntry } from '@/lib/classification/model';
import type { ManifestEntry, ReleaseSource } from './release-source';

/** A release of `system` with one chapter, `n` codes under it and one synonym per code. */
export function syntheticRelease(
  id: string,
  system: System,
  n: number,
  effectiveFrom = '2020-01-01',
): Release {
  const codes: CodeEntry[] = [
    { system, code: 'I', kind: 'chapter', title: 'Chapter I', validForCoding: false },
  ];
  const terms: TermEntry[] = [];
  for (let i = 0; i < n; i++) {
    const code = `A${String(i).padStart(2, '0')}.${i % 10}`;
    codes.push({ system, code, kind: 'code', title: `Disease ${i}`, parent: 'I', validForCoding: true });
    terms.push({ system, code, text: `synonym ${i}`, source: 'uk-synonym' });
  }
  const meta = {
    id,
    system,
    version: `synthetic ${id}`,
    effectiveFrom,
    source: 'bundled',
    formatVersion: 1,
    builtAt: '2024-01-01T00:00:00Z',
    counts: { codes: codes.length, terms: terms.length },
  };
  return { meta, codes, terms };
}

/** A source serving `releases`; `sha` fakes each file's digest (change it to simulate a new file). */
export function memorySource(
  releases: Release[],
  sha: (r: Release) => string = () => '0'.repeat(64),
): ReleaseSource & {
  loads: number;
} {
  const source = {
    name: 'bundled',
    loads: 0,
    async list(): Promise<ManifestEntry[]> {
      return releases.map((r) => ({
        id: r.meta.id,
        system: r.meta.system,
        version: r.meta.version,
        effectiveFrom: r.meta.effectiveFrom,
        file: `${r.meta.system}.json.gz`,
        bytes: 0,
        sha256: sha(r),
        codes: r.codes.length,
        terms: r.terms.length,
      }));
    },
    async load(entry: ManifestEntry): Promise<Release> {
      source.loads++;
      const found = releases.find((r) => r.meta.id === entry.id);
      if (!found) throw new Error(`no release ${entry.id}`);
      return structuredClone(found);
    },
  };
  return source;
}
