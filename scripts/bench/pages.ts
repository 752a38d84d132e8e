// Page-reading figures of `npm run bench`, measured inside the built extension in Chromium: the
// content script's own time from starting to extract a page to holding its analysed mentions
// (stats.ms: extraction here, analysis in the background, both messages), of which extraction
// (stats.extractMs), and the background's time to suggest codes for every mention (suggestMs), all
// read back through getPageMentions.
import type { BrowserContext, Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer } from '../../tests/support/fixture-server';
import { median, round } from './stats';

export interface BenchPage {
  name: string;
  html: string;
}

export interface PageFigures {
  page: string;
  words: number;
  mentions: number;
  /** Extraction + analysis, as the content script timed it (median over runs). */
  read_ms: number;
  /** Of which extraction in the content script (median over runs). */
  extract_ms: number;
  /** Of which analysis in the background (median over runs); the rest is the two messages. */
  analyse_ms: number;
  /** The read of the unmeasured first load (the background's first analysis of this page). */
  first_read_ms: number;
  /** Suggestions for every mention in the background (median over runs). */
  suggest_ms: number;
  read_runs_ms: number[];
  suggest_runs_ms: number[];
}

interface Stored {
  url: string;
  at: number;
  suggested: boolean;
  stats?: { ms: number; extractMs?: number; analyseMs?: number };
  suggestMs?: number;
  mentions: unknown[];
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: { page: Stored | null } }> };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
};

const words = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

/** The stored page for `url` sent after `since` (any tab), or null. */
function newest(probe: Page, url: string, since: number): Promise<Stored | null> {
  return probe.evaluate(
    async ({ url, since }) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const res = await chrome.runtime.sendMessage({ type: 'getPageMentions', data: { tabId: tab.id } });
        const page = res.ok ? res.data?.page : null;
        if (page && page.url === url && page.at > since && page.suggested) return page;
      }
      return null;
    },
    { url, since },
  );
}

/** Load each page `runs` times in a tab and read back what the extension measured. */
export async function measurePages(
  context: BrowserContext,
  extensionId: string,
  pages: BenchPage[],
  log: (msg: string) => void,
  runs = 5,
): Promise<PageFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sidecoder-bench-pages-'));
  for (const p of pages) writeFileSync(join(dir, p.name), p.html);
  const server = await startFixtureServer(dir);
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${extensionId}/diagnostics.html`);
  const tab = await context.newPage();
  const out: PageFigures[] = [];
  try {
    for (const p of pages) {
      const url = `${server.origin}/${p.name}`;
      const reads: number[] = [];
      const extracts: number[] = [];
      const analyses: number[] = [];
      let first = NaN;
      const suggests: number[] = [];
      let mentions = 0;
      // One unmeasured load first: the background loads its search index on the first page it sees.
      for (let i = 0; i <= runs; i++) {
        const since = Date.now();
        await tab.goto(url);
        let stored: Stored | null = null;
        for (let t = 0; t < 300 && !stored; t++) {
          stored = await newest(probe, url, since);
          if (!stored) await tab.waitForTimeout(100);
        }
        if (!stored) throw new Error(`no mentions stored for ${p.name}`);
        if (i === 0) {
          first = stored.stats?.ms ?? NaN;
          continue;
        }
        reads.push(stored.stats?.ms ?? NaN);
        extracts.push(stored.stats?.extractMs ?? NaN);
        analyses.push(stored.stats?.analyseMs ?? NaN);
        suggests.push(stored.suggestMs ?? NaN);
        mentions = stored.mentions.length;
      }
      const fig: PageFigures = {
        page: p.name,
        words: words(p.html),
        mentions,
        read_ms: round(median(reads)),
        extract_ms: round(median(extracts)),
        analyse_ms: round(median(analyses)),
        first_read_ms: round(first),
        suggest_ms: round(median(suggests)),
        read_runs_ms: reads.map((r) => round(r)),
        suggest_runs_ms: suggests.map((s) => round(s)),
      };
      log(
        `bench: ${p.name}: read ${fig.read_ms} ms (runs ${fig.read_runs_ms.join(', ')}; extraction ${fig.extract_ms}, analysis ${fig.analyse_ms}; first load ${fig.first_read_ms}), suggest ${fig.suggest_ms} ms (${mentions} mentions)`,
      );
      out.push(fig);
    }
  } finally {
    await tab.close();
    await probe.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
