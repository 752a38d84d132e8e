/**
 * Measurement hooks the benchmark (scripts/bench.ts) calls inside an extension page, on the real
 * IndexedDB. Contexts: extension pages only. Installed on `window.sidecoderBench` when the diagnostics
 * page is opened with `?bench`; loading the index starts at once so a fresh page measures the time
 * from navigation to the first possible search.
 */
import { search } from '@/lib/search/index';
import { sendRequest } from '@/lib/messaging/client';
import type { SeedReport } from '@/lib/sync/seed';
import { getDb, loadSearchIndex } from './repository';

declare global {
  interface Window {
    /** Present on diagnostics.html?bench only. */
    sidecoderBench?: BenchProbe;
  }
}

export interface BenchProbe {
  /** Empty the store and seed it from the bundled release (in the background); wall time in ms. */
  reseed(wipe: boolean): Promise<{ ms: number; report: SeedReport }>;
  /** When this page could first search: ms since navigation start, and the index read alone. */
  indexLoad(): Promise<{
    sinceNavigationMs: number;
    startMs: number;
    openMs: number;
    loadMs: number;
    ready: boolean;
  }>;
  /** Time each query (ms per query) against the loaded index. */
  runQueries(queries: string[]): Promise<number[]>;
  /** Codes and terms of the ready releases; JS heap in MB. */
  counts(): Promise<{ codes: number; terms: number; heapMb: number | null }>;
}

function startIndexLoad(): BenchProbe['indexLoad'] {
  const start = performance.now();
  let openMs = 0;
  const loaded = getDb()
    .open()
    .then(() => (openMs = performance.now() - start))
    .then(() => loadSearchIndex())
    .then((index) => ({
      sinceNavigationMs: performance.now(),
      startMs: start,
      openMs,
      loadMs: performance.now() - start,
      ready: index !== null,
    }));
  return () => loaded;
}

/** Install the probe on `target` (the page's window). */
export function installBenchProbe(target: Window): void {
  const indexLoad = startIndexLoad();
  target.sidecoderBench = {
    async reseed(wipe) {
      const t0 = performance.now();
      const res = await sendRequest('reseed', { wipe });
      if (!res.ok) throw new Error(res.error);
      return { ms: performance.now() - t0, report: res.data };
    },
    indexLoad,
    async runQueries(queries) {
      const index = await loadSearchIndex();
      if (!index) throw new Error('the store is not seeded');
      return queries.map((q) => {
        const t0 = performance.now();
        search(index, q, { limit: 20 });
        return performance.now() - t0;
      });
    },
    async counts() {
      const db = getDb();
      const releases = (await db.releases.toArray()).filter((r) => r.status === 'ready');
      const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
      return {
        codes: releases.reduce((n, r) => n + r.counts.codes, 0),
        terms: releases.reduce((n, r) => n + r.counts.terms, 0),
        heapMb: memory ? memory.usedJSHeapSize / 2 ** 20 : null,
      };
    },
  };
}
