/**
 * Runs the fixture evaluation (Node only): renders every synthetic EPR page in headless Chromium, runs
 * the real extraction and analysis in an isolated world, suggests codes on the bundled release and
 * scores everything against the gold. Shared by `npm run fixture-eval` and the fixture quality test.
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '@/lib/search';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import { startFixtureServer } from '@/tests/support/fixture-server';
import { buildPageBundle } from './bundle';
import { goldRoutes, loadGoldPages } from './gold';
import { addCounts, emptyCounts, evaluateView, type Counts, type Prediction } from './metrics';
import { launchChromium, runPage } from './render';
import type { PageResult } from './report';
import { loadSuggest } from './suggest';

export interface FixtureEvalRun {
  pages: PageResult[];
  total: Counts;
  suggestName: string;
}

/** Scores the pages of `tests/fixtures/<set>` (`epr`: the tuning set; `epr-holdout`: written blind). */
export async function runFixtureEval(
  set = 'epr',
  fixtures = resolve('tests/fixtures'),
): Promise<FixtureEvalRun> {
  const [golds, bundle, releases, suggest] = await Promise.all([
    loadGoldPages(resolve(fixtures, set)),
    buildPageBundle(),
    loadBundledReleases(),
    loadSuggest(),
  ]);
  const index = buildSearchIndex(releases);
  const server = await startFixtureServer(fixtures);
  const browser = await launchChromium();
  const pages: PageResult[] = [];
  let total = emptyCounts();
  try {
    for (const gold of golds) {
      const routes = goldRoutes(gold);
      const runs = await runPage(browser, `${server.origin}/${set}/${gold.page}`, routes, bundle);
      const result: PageResult = { page: gold.page, counts: emptyCounts(), ms: [], views: [] };
      for (const route of routes) {
        const run = runs.get(route)!;
        const preds: Prediction[] = run.mentions.map((m) => ({ ...m, top3: suggest.top3(index, m) }));
        const goldView = gold.mentions.filter((m) => m.route === route);
        const ev = evaluateView(preds, goldView, gold.optional, gold.ignored);
        result.counts = addCounts(result.counts, ev.counts);
        result.ms.push({ cold: run.ms, warm: run.warmMs });
        result.views.push({ route, eval: ev });
      }
      total = addCounts(total, result.counts);
      pages.push(result);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { pages, total, suggestName: suggest.name };
}
