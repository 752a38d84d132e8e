/**
 * `npm run fixture-eval [-- --json]`: measure extraction, analysis and suggestions on the synthetic EPR
 * fixtures (tests/fixtures/epr, gold format in docs/fixtures.md) against issue 3's targets. Pages run in
 * headless Chromium (scripts, shadow roots, iframes, SPA routes); suggestions run in Node on the
 * bundled release. Measures only: it never changes what it measures.
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '@/lib/search';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import { startFixtureServer } from '@/tests/support/fixture-server';
import { buildPageBundle } from './fixture-eval/bundle';
import { goldRoutes, loadGoldPages } from './fixture-eval/gold';
import { addCounts, emptyCounts, evaluateView, figures, type Prediction } from './fixture-eval/metrics';
import { launchChromium } from './fixture-eval/render';
import { runPage } from './fixture-eval/render';
import { meetsTargets, renderReport, type PageResult } from './fixture-eval/report';
import { loadSuggest } from './fixture-eval/suggest';

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const fixtures = resolve('tests/fixtures');
  const [golds, bundle, releases, suggest] = await Promise.all([
    loadGoldPages(resolve(fixtures, 'epr')),
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
      const runs = await runPage(browser, `${server.origin}/epr/${gold.page}`, routes, bundle);
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
  console.log(renderReport(pages, total, suggest.name));
  if (json) {
    const perPage = pages.map((p) => ({ page: p.page, ...figures(p.counts), counts: p.counts, ms: p.ms }));
    console.log(
      JSON.stringify({
        overall: { ...figures(total), counts: total },
        pages: perPage,
        suggest: suggest.name,
        meetsTargets: meetsTargets(total),
      }),
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
