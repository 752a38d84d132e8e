// Drives the diagnostics page (diagnostics.html?bench) of the built extension in headless Chromium
// and collects the figures of `npm run bench`. All timing happens inside the extension page.
import type { BrowserContext, Page } from '@playwright/test';
// The probe's types (and its `window.sidecoderBench` declaration) come from the page's module.
import type {} from '@/lib/db/bench-probe';
import { median, percentile, round } from './stats';

export interface BenchResult {
  seed_ms: number;
  index_load_ms: number;
  search_p50_ms: number;
  search_p95_ms: number;
  codes: number;
  terms: number;
  heap_mb: number | null;
  queries: number;
  seed_runs_ms: number[];
  seed_breakdown_ms: Record<string, number>;
  index_read_ms: number;
  page_boot_ms: number;
  db_open_ms: number;
  search_max_ms: number;
}

async function openProbe(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/diagnostics.html?bench`);
  await page.waitForFunction(() => window.sidecoderBench !== undefined);
  return page;
}

/** Run every measurement; `log` reports progress (stderr). */
export async function measure(
  context: BrowserContext,
  extensionId: string,
  queries: string[],
  log: (msg: string) => void,
  seedRuns = 3,
): Promise<BenchResult> {
  const control = await openProbe(context, extensionId);
  // The install seed runs by itself; measure only after it, so runs do not queue behind it.
  await control.waitForFunction(() => document.getElementById('app')?.dataset.phase === 'ready', null, {
    timeout: 60_000,
  });
  const seeds: { ms: number; breakdown: Record<string, number> }[] = [];
  for (let i = 0; i < seedRuns; i++) {
    const r = await control.evaluate(() => window.sidecoderBench!.reseed(true));
    // Emptying the store first is setup, not seeding: "empty database → search-ready" starts after it.
    seeds.push({ ms: r.ms - r.report.ms.wipe, breakdown: r.report.ms });
    log(`bench: seed run ${i + 1}: ${Math.round(r.ms)} ms`);
  }
  await control.close();

  const loads: { sinceNavigationMs: number; startMs: number; openMs: number; loadMs: number }[] = [];
  let page: Page | undefined;
  for (let i = 0; i < 3; i++) {
    await page?.close();
    page = await openProbe(context, extensionId);
    const load = await page.evaluate(() => window.sidecoderBench!.indexLoad());
    if (!load.ready) throw new Error('the store has no search index after seeding');
    loads.push(load);
  }
  const times = await page!.evaluate((qs) => window.sidecoderBench!.runQueries(qs), queries);
  const counts = await page!.evaluate(() => window.sidecoderBench!.counts());
  await page!.close();

  const medianSeed = seeds.slice().sort((a, b) => a.ms - b.ms)[Math.floor(seeds.length / 2)]!;
  return {
    seed_ms: round(medianSeed.ms, 0),
    index_load_ms: round(median(loads.map((l) => l.sinceNavigationMs))),
    search_p50_ms: round(percentile(times, 0.5), 2),
    search_p95_ms: round(percentile(times, 0.95), 2),
    codes: counts.codes,
    terms: counts.terms,
    heap_mb: counts.heapMb === null ? null : round(counts.heapMb),
    queries: times.length,
    seed_runs_ms: seeds.map((s) => round(s.ms, 0)),
    seed_breakdown_ms: Object.fromEntries(
      Object.entries(medianSeed.breakdown).map(([k, v]) => [k, round(v, 0)]),
    ),
    index_read_ms: round(median(loads.map((l) => l.loadMs))),
    page_boot_ms: round(median(loads.map((l) => l.startMs))),
    db_open_ms: round(median(loads.map((l) => l.openMs))),
    search_max_ms: round(Math.max(...times), 2),
  };
}
