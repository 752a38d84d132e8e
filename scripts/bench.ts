// `npm run bench -- [--json]`: seed, index-load and search timings of the built extension in headless
// Debian Chromium, on real IndexedDB, and the page-reading times of its content script and background. With --json the last stdout line is one JSON object.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extensionIdOf, launchWithExtension } from '../tests/e2e/fixtures';
import { buildIfStale } from './bench/build-if-stale';
import { measure } from './bench/measure';
import { benchPages } from './bench/bench-pages';
import { measurePages } from './bench/pages';
import { readPhrases, typedQueries } from './bench/queries';
import { ensureChromium } from './bench/chromium';

const json = process.argv.includes('--json');
const log = (msg: string) => console.error(msg);

async function main(): Promise<number> {
  const chromium = await ensureChromium();
  if (!chromium) return 1;
  process.env.CHROMIUM_PATH = chromium;
  buildIfStale(log);
  const phrases = readPhrases();
  const queries = [...phrases, ...typedQueries(phrases)];
  const dir = mkdtempSync(join(tmpdir(), 'sidecoder-bench-'));
  const context = await launchWithExtension(dir);
  try {
    const extensionId = await extensionIdOf(context);
    const result = await measure(context, extensionId, queries, log);
    const pages = await measurePages(context, extensionId, benchPages(), log);
    if (json) console.log(JSON.stringify({ ...result, pages }));
    else {
      console.log(
        `seed_ms        ${result.seed_ms} (runs ${result.seed_runs_ms.join(', ')}; ${JSON.stringify(result.seed_breakdown_ms)})`,
      );
      console.log(
        `index_load_ms  ${result.index_load_ms} (page boot ${result.page_boot_ms} + index read ${result.index_read_ms}, of which opening the database ${result.db_open_ms})`,
      );
      console.log(`search_p50_ms  ${result.search_p50_ms}`);
      console.log(
        `search_p95_ms  ${result.search_p95_ms} (max ${result.search_max_ms}, ${result.queries} queries)`,
      );
      console.log(`codes          ${result.codes}`);
      console.log(`terms          ${result.terms}`);
      console.log(`heap_mb        ${result.heap_mb}`);
      for (const p of pages) {
        console.log(
          `page           ${p.page}: ${p.words} words, ${p.mentions} mentions; read ${p.read_ms} ms (extraction ${p.extract_ms} in the content script + analysis ${p.analyse_ms} in the background + messages; first load ${p.first_read_ms}), suggest ${p.suggest_ms} ms (background)`,
        );
      }
    }
    return 0;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
