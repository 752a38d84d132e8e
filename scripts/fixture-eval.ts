/**
 * `npm run fixture-eval [-- --set epr-holdout] [--json]`: measure extraction, analysis and suggestions on the synthetic EPR
 * fixtures (tests/fixtures/epr, gold format in docs/fixtures.md) against issue 3's targets. Pages run in
 * headless Chromium (scripts, shadow roots, iframes, SPA routes); suggestions run in Node on the
 * bundled release. Measures only: it never changes what it measures.
 */
import { figures } from './fixture-eval/metrics';
import { meetsTargets, renderReport } from './fixture-eval/report';
import { runFixtureEval } from './fixture-eval/run';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const setAt = args.indexOf('--set');
  const set = setAt >= 0 ? args[setAt + 1] : 'epr';
  if (!set || !/^[\w-]+$/.test(set)) throw new Error('--set needs a folder name under tests/fixtures');
  const { pages, total, suggestName } = await runFixtureEval(set);
  console.log(renderReport(pages, total, suggestName));
  if (json) {
    const perPage = pages.map((p) => ({ page: p.page, ...figures(p.counts), counts: p.counts, ms: p.ms }));
    console.log(
      JSON.stringify({
        overall: { ...figures(total), counts: total },
        pages: perPage,
        suggest: suggestName,
        meetsTargets: meetsTargets(total),
      }),
    );
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
