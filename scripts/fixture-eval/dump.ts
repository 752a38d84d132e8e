/**
 * Node-only debugging aid: `npx tsx scripts/fixture-eval/dump.ts SET PAGE... [--codes]` renders the
 * pages in headless Chromium like the fixture evaluation and prints what extraction and analysis read:
 * sections with their items (and labels), then mentions with status, kind, laterality and, with
 * `--codes`, the top 3 suggestions. Measures nothing and changes nothing.
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '@/lib/search';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';
import { startFixtureServer } from '@/tests/support/fixture-server';
import { buildPageBundle } from './bundle';
import { goldRoutes, loadGoldPages } from './gold';
import { launchChromium, runPage } from './render';
import { loadSuggest } from './suggest';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const codes = args.includes('--codes');
  const [set, ...names] = args.filter((a) => !a.startsWith('--'));
  if (!set || !/^[\w-]+$/.test(set)) throw new Error('usage: dump.ts SET PAGE... [--codes]');
  const golds = (await loadGoldPages(resolve('tests/fixtures', set))).filter(
    (g) => names.length === 0 || names.some((n) => g.page.startsWith(n)),
  );
  const bundle = await buildPageBundle();
  const suggest = codes ? await loadSuggest() : undefined;
  const index = codes ? buildSearchIndex(await loadBundledReleases()) : undefined;
  const server = await startFixtureServer(resolve('tests/fixtures'));
  const browser = await launchChromium();
  try {
    for (const gold of golds) {
      const runs = await runPage(browser, `${server.origin}/${set}/${gold.page}`, goldRoutes(gold), bundle);
      for (const [route, run] of runs) {
        console.log(`\n#### ${gold.page}${route ? ` (${route})` : ''}  ${run.ms.toFixed(1)} ms`);
        for (const s of run.sections) {
          console.log(`== ${s.kind}: ${s.heading}`);
          for (const t of s.texts ?? []) console.log(`   | ${t.text}${t.label ? `   [${t.label}]` : ''}`);
        }
        console.log('-- mentions');
        for (const m of run.mentions) {
          const top = suggest && index ? ` → ${suggest.top3(index, m).join(', ')}` : '';
          const lat = m.laterality ? ` ${m.laterality}` : '';
          console.log(
            `   ${m.status.padEnd(9)} ${m.kind.slice(0, 4)} ${m.section.padEnd(14)} "${m.text}"${lat}${top}`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
