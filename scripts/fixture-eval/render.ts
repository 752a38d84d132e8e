/**
 * Node-only: load fixture pages in headless Chromium and run the bundled extraction + analysis in an
 * isolated world (as a content script runs), so script-built pages, shadow roots and iframes are real
 * and a hostile page's overridden built-ins cannot reach the extractor.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import type { Mention } from '@/lib/text/types';

/** What the page entry returns (see page-entry.ts). */
export interface PageRun {
  sections: { kind: string; heading: string; items: number; texts?: { text: string; label?: string }[] }[];
  mentions: Mention[];
  chars: number;
  truncated: boolean;
  /** Cold run (first call in a fresh world, code not yet optimised), ms. */
  ms: number;
  /** Of `ms`, the time spent in extraction (the rest is analysis). */
  extractMs: number;
  /** Median of five further (warm) runs on the same DOM, ms. */
  warmMs: number;
}

/** Launch Debian Chromium headless with the flags the sandboxed machines need. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Run the extraction bundle in a fresh isolated world of the page's main frame. */
export async function runInIsolatedWorld(page: Page, bundle: string): Promise<PageRun> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'sidecoder-fixture-eval',
    });
    // A string crosses the boundary, so no page-side serialiser is involved.
    const expression = `${bundle}\n;(() => {
      const first = window.__sidecoderExtract();
      const warm = [];
      for (let i = 0; i < 5; i++) warm.push(window.__sidecoderExtract().ms);
      warm.sort((a, b) => a - b);
      return JSON.stringify({ ...first, warmMs: warm[2] });
    })()`;
    const r = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (r.exceptionDetails)
      throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return JSON.parse(r.result.value as string) as PageRun;
  } finally {
    await cdp.detach();
  }
}

/**
 * Waiting for a page to settle the way the content script would: it re-reads after DOM changes, so
 * a page is read once its DOM has been quiet for `QUIET_MS` (bounded by `MAX_WAIT_MS`). Generic: no
 * page or route is named here, so a script-built page that renders late is read after it renders.
 */
const QUIET_MS = 1000;
const MAX_WAIT_MS = 8000;

/** Resolves once no DOM mutation (in the document or its open shadow roots) happened for `quietMs`. */
export async function waitForQuietDom(page: Page, quietMs = QUIET_MS, maxMs = MAX_WAIT_MS): Promise<void> {
  // In an isolated world, as the content script's observer runs: a hostile page may replace
  // MutationObserver in its own world. A string, not a function, so tsx's helpers stay out.
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'sidecoder-fixture-eval-wait',
    });
    await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      awaitPromise: true,
      expression: `new Promise((done) => {
        const start = performance.now();
        let last = start;
        const observer = new MutationObserver(() => { last = performance.now(); });
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        const tick = () => {
          const t = performance.now();
          if (t - last >= ${Number(quietMs)} || t - start >= ${Number(maxMs)}) {
            observer.disconnect();
            done();
          } else setTimeout(tick, 100);
        };
        setTimeout(tick, 100);
      })`,
    });
  } finally {
    await cdp.detach();
  }
}

/**
 * Load `url` and run the extraction once per route: the first route as loaded, each later one after
 * clicking `#next-patient`; each read waits for a quiet DOM.
 */
export async function runPage(
  browser: Browser,
  url: string,
  routes: (string | undefined)[],
  bundle: string,
): Promise<Map<string | undefined, PageRun>> {
  const page = await browser.newPage();
  const out = new Map<string | undefined, PageRun>();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForQuietDom(page);
    for (const [i, route] of routes.entries()) {
      if (i > 0) {
        await page.click('#next-patient');
        await waitForQuietDom(page);
      }
      out.set(route, await runInIsolatedWorld(page, bundle));
    }
  } finally {
    await page.close();
  }
  return out;
}
