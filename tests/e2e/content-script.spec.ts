// The content script on live pages (issue #3, sections 1, 2 and 5): re-reads after late rendering and
// route changes, trainee badges that leave no trace, highlight from the extension, selection, and
// hostile or huge pages. One browser context for the whole file (the store seeds once).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { syntheticDischargeHtml } from '../../lib/page/testing/synthetic-discharge';
import { expect, extensionIdOf, launchWithExtension, test } from './fixtures';

// The extension API inside the extension page evaluated below (the spec itself runs in Node).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<never> };
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, m: unknown): Promise<unknown>;
  };
  storage: { local: { set(items: object): Promise<void> } };
};

interface StoredPage {
  url: string;
  revision: number;
  suggested: boolean;
  stats?: { ms: number; chars: number; truncated: boolean };
  mentions: { text: string; original: string; status: string; suggestions: { code: string }[] }[];
}

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let dir: string;
let context: BrowserContext;
let panel: Page;
let origin: string;

test.beforeAll(async ({ eprServer }) => {
  dir = mkdtempSync(join(tmpdir(), 'sidecoder-content-'));
  context = await launchWithExtension(dir);
  const extensionId = await extensionIdOf(context);
  origin = eprServer.origin;
  panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
});

test.afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface BadgeInfo {
  mode: string;
  parent: string;
  text: string;
  imgs: number;
  focusedLabel: string | null;
  openTips: number;
  badges: { code: string; label: string; visible: boolean }[];
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  shadowRootType?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * What the page's trainee-badge host holds, read through the DevTools protocol (the shadow root is
 * closed, so page scripts and Playwright locators cannot see into it); null when there is no host.
 * The function runs in the page's world: it avoids the built-ins hostile pages replace.
 */
async function badgesOf(page: Page): Promise<BadgeInfo | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const hosts: CdpNode[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeName === 'SIDECODER-BADGES') hosts.push(n);
      for (const c of n.children ?? []) walk(c);
    };
    walk(root);
    if (!hosts.length) return null;
    expect(hosts).toHaveLength(1);
    const shadow = hosts[0]!.shadowRoots![0]!;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      returnByValue: true,
      functionDeclaration: `function () {
        var buttons = this.querySelectorAll('button'), badges = [], tips = this.querySelectorAll('[role=tooltip]'), open = 0;
        for (var i = 0; i < buttons.length; i++) {
          var b = buttons[i];
          badges[badges.length] = { code: b.querySelector('.top').textContent, label: b.getAttribute('aria-label'),
            visible: !b.parentNode.hidden && b.getClientRects().length > 0 };
        }
        for (var j = 0; j < tips.length; j++) if (getComputedStyle(tips[j]).display !== 'none') open++;
        var f = this.activeElement;
        return { parent: this.host.parentNode.localName, text: this.textContent, imgs: this.querySelectorAll('img').length,
          focusedLabel: f ? f.getAttribute('aria-label') : null, openTips: open, badges: badges };
      }`,
    });
    return { mode: shadow.shadowRootType ?? '', ...(result.value as Omit<BadgeInfo, 'mode'>) };
  } finally {
    await cdp.detach();
  }
}

const setLocal = (items: object) => panel.evaluate((i) => chrome.storage.local.set(i), items);

/** The id of the tab whose stored mentions came from `url` (tab URLs are hidden without "tabs"). */
async function tabIdFor(url: string, timeout = 60_000): Promise<number> {
  const find = () =>
    panel.evaluate(async (u) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const res = (await chrome.runtime.sendMessage({
          type: 'getPageMentions',
          data: { tabId: tab.id },
        })) as {
          ok: boolean;
          data?: { page: { url: string } | null };
        };
        if (res.ok && res.data?.page?.url === u) return tab.id;
      }
      return null;
    }, url);
  await expect.poll(find, { timeout }).not.toBeNull();
  return (await find())!;
}

/** A tab's stored page; null before its first read and once its site is switched off. */
async function storedPage(tabId: number): Promise<StoredPage> {
  const res = (await panel.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'getPageMentions', data: { tabId: id } }),
    tabId,
  )) as { ok: boolean; data: { page: StoredPage } };
  expect(res.ok).toBe(true);
  return res.data.page;
}

const texts = (p: StoredPage) => p.mentions.map((m) => m.text.toLowerCase()).join(' | ');

/** The late-rendering SPA in a new tab, once its first patient's mentions are stored. */
async function openSpaCards(): Promise<{ epr: Page; tabId: number }> {
  const epr = await context.newPage();
  await epr.goto(`${origin}/epr/spa-cards.html`);
  const tabId = await tabIdFor(`${origin}/epr/spa-cards.html`);
  await expect
    .poll(async () => texts(await storedPage(tabId)), { timeout: 15_000 })
    .toContain('cholecystitis');
  return { epr, tabId };
}

test('late rendering and route changes update the stored mentions with a rising revision', async () => {
  const { epr, tabId } = await openSpaCards();
  const rendered = (await storedPage(tabId)).revision;
  expect(rendered).toBeGreaterThanOrEqual(1);

  await epr.click('#next-patient'); // pushState with a query: same path, new content
  await expect.poll(async () => texts(await storedPage(tabId)), { timeout: 15_000 }).toContain('melaena');
  const afterQueryRoute = await storedPage(tabId);
  expect(afterQueryRoute.revision).toBeGreaterThan(rendered);
  expect(texts(afterQueryRoute)).not.toContain('cholecystitis');

  await epr.goto(`${origin}/epr/live/route-change.html`);
  await expect.poll(async () => (await storedPage(tabId)).url).toBe(`${origin}/epr/live/route-change.html`);
  await expect.poll(async () => texts(await storedPage(tabId))).toContain('appendicitis');
  const first = (await storedPage(tabId)).revision;
  await epr.click('#go-b'); // pushState to a new path
  await expect
    .poll(async () => (await storedPage(tabId)).url, { timeout: 15_000 })
    .toBe(`${origin}/epr/live/encounters/bravo`);
  await expect.poll(async () => texts(await storedPage(tabId)), { timeout: 15_000 }).toContain('femur');
  const routed = await storedPage(tabId);
  expect(routed.revision).toBeGreaterThan(first);
  expect(texts(routed)).not.toContain('appendicitis');
  await epr.close();
});

test("a page's reads reach a restarted service worker over a new port", async () => {
  const { epr, tabId } = await openSpaCards();
  const before = (await storedPage(tabId)).revision;
  // Stop the worker, as Chrome does after 30 s idle: the content script's port closes with it.
  const cdp = await context.newCDPSession(panel);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await epr.click('#next-patient'); // new content: read, analysed and stored by a new worker
  await expect.poll(async () => texts(await storedPage(tabId)), { timeout: 30_000 }).toContain('melaena');
  expect((await storedPage(tabId)).revision).toBeGreaterThan(before);
  await epr.close();
});

test('trainee badges show the top code, change nothing on the page, and leave no trace', async () => {
  const epr = await context.newPage();
  await epr.goto(`${origin}/discharge-summary.html`);
  const tabId = await tabIdFor(`${origin}/discharge-summary.html`);
  await expect.poll(async () => (await storedPage(tabId)).suggested, { timeout: 60_000 }).toBe(true);
  const stored = await storedPage(tabId);
  const pneumonia = stored.mentions.find((m) => /pneumonia/i.test(m.text))!;
  expect(pneumonia.suggestions[0]?.code).toBe('J18.9');

  const snapshot = () =>
    epr.evaluate(() => ({
      html: document.documentElement.outerHTML,
      text: document.body.innerText,
      rects: [...document.querySelectorAll('h1, h2, td, li')].map((e) => {
        const r = e.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height];
      }),
    }));
  const before = await snapshot();
  expect(await badgesOf(epr)).toBeNull();

  await setLocal({ traineeMode: true });
  await expect
    .poll(async () => (await badgesOf(epr))?.badges.length ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(2);
  const shown = (await badgesOf(epr))!;
  expect(shown.mode).toBe('closed');
  expect(shown.parent).toBe('html');
  const pneumoniaBadge = shown.badges.find((b) => /pneumonia/i.test(b.label))!;
  expect(pneumoniaBadge.code).toBe('J18.9');
  expect(pneumoniaBadge.visible).toBe(true);
  expect(shown.badges.every((b) => /^Suggested code \S+ /.test(b.label))).toBe(true);
  expect(shown.badges.some((b) => /amoxicillin/i.test(b.label))).toBe(false); // medication: no badge
  const during = await snapshot();
  expect(during.text).toBe(before.text);
  expect(during.rects).toEqual(before.rects);

  // Keyboard: tabbing from the page's end reaches a badge, and focus shows its alternatives.
  await epr.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await epr.keyboard.press('Tab');
  await expect.poll(() => epr.evaluate(() => document.activeElement?.localName)).toBe('sidecoder-badges');
  const focused = (await badgesOf(epr))!;
  expect(focused.focusedLabel).toMatch(/^Suggested code /);
  expect(focused.openTips).toBe(1);

  await setLocal({ traineeMode: false });
  await expect.poll(async () => badgesOf(epr)).toBeNull();
  expect((await snapshot()).html).toBe(before.html);

  // Disabling the site removes the badges too; enabling it again reads the page again.
  await setLocal({ traineeMode: true });
  await expect.poll(async () => (await badgesOf(epr))?.badges.length ?? 0).toBeGreaterThan(2);
  const revision = (await storedPage(tabId)).revision;
  await setLocal({ sites: { enabled: [], disabled: [origin] } });
  await expect.poll(async () => badgesOf(epr)).toBeNull();
  expect((await snapshot()).html).toBe(before.html);
  // The background forgets a switched-off site's stored mentions.
  await expect.poll(async () => storedPage(tabId)).toBeNull();
  await setLocal({ sites: { enabled: [], disabled: [] } });
  await expect.poll(async () => (await storedPage(tabId))?.revision ?? -1).toBeGreaterThan(revision);
  await expect.poll(async () => (await badgesOf(epr))?.badges.length ?? 0).toBeGreaterThan(2);
  await setLocal({ traineeMode: false });
  await epr.close();
});

test('highlightMention scrolls to and highlights a mention; getSelection returns the selection', async () => {
  const epr = await context.newPage();
  await epr.setViewportSize({ width: 900, height: 220 });
  await epr.goto(`${origin}/discharge-summary.html`);
  const tabId = await tabIdFor(`${origin}/discharge-summary.html`);
  const page = await storedPage(tabId);
  const index = page.mentions.findIndex((m) => /cholecystectomy/i.test(m.text));
  expect(index).toBeGreaterThanOrEqual(0);
  expect(await epr.evaluate(() => window.scrollY)).toBe(0);

  const send = (message: object) =>
    panel.evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m), [tabId, message] as const);
  expect(await send({ type: 'highlightMention', data: { revision: page.revision, index } })).toEqual({
    ok: true,
    data: { found: true },
  });
  await expect.poll(() => epr.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  const highlighted = await epr.evaluate(() => {
    const h = CSS.highlights.get('sidecoder-mention') as unknown as Set<Range> | undefined;
    return h ? [...h].map((r) => r.toString()) : null;
  });
  // The mention's span in its item: the text as written, qualifiers included.
  expect(highlighted).toEqual([page.mentions[index]!.original]);
  expect(page.mentions[index]!.original).toBe('Laparoscopic cholecystectomy (elective, 2019)');
  expect(await epr.evaluate(() => document.querySelectorAll('mark, [data-sidecoder]').length)).toBe(0);
  // Cleared after a few seconds.
  await expect
    .poll(() => epr.evaluate(() => CSS.highlights.has('sidecoder-mention')), { timeout: 8000 })
    .toBe(false);

  expect(await send({ type: 'highlightMention', data: { revision: page.revision + 99, index } })).toEqual({
    ok: true,
    data: { found: false },
  });
  expect(
    ((await send({ type: 'highlightMention', data: { revision: -1, index } })) as { ok: boolean }).ok,
  ).toBe(false);

  await epr.evaluate(() => {
    const li = [...document.querySelectorAll('li')].find((e) => e.textContent === 'COPD')!;
    getSelection()!.selectAllChildren(li);
  });
  expect(await send({ type: 'getSelection', data: {} })).toEqual({ ok: true, data: { text: 'COPD' } });

  // A mention inside an open shadow root: highlighted there too (its own styles scope ::highlight).
  const shadowUrl = `${origin}/epr/shadow-problem-list.html`;
  await epr.goto(shadowUrl);
  await expect.poll(async () => (await storedPage(tabId)).url).toBe(shadowUrl);
  const shadowPage = await storedPage(tabId);
  expect(await send({ type: 'highlightMention', data: { revision: shadowPage.revision, index: 0 } })).toEqual(
    { ok: true, data: { found: true } },
  );
  const inShadow = await epr.evaluate(() => {
    const h = CSS.highlights.get('sidecoder-mention') as unknown as Set<Range> | undefined;
    const range = h ? [...h][0] : undefined;
    const root = range?.startContainer.getRootNode() as ShadowRoot | undefined;
    return { text: range?.toString(), inShadow: !!root?.host, sheets: root?.adoptedStyleSheets?.length ?? 0 };
  });
  expect(inShadow).toEqual({ text: shadowPage.mentions[0]!.original, inShadow: true, sheets: 1 });
  await epr.close();
});

test('a hostile page cannot break or steer the script; injected markup stays text', async () => {
  await setLocal({ traineeMode: true });
  const epr = await context.newPage();
  let dialogs = 0;
  epr.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const url = `${origin}/epr/live/hostile-builtins.html`;
  await epr.goto(url);
  const tabId = await tabIdFor(url);
  await expect.poll(async () => texts(await storedPage(tabId))).toContain('gout');
  const stored = await storedPage(tabId);
  expect(texts(stored)).toContain('cellulitis');
  expect(texts(stored)).toContain('pneumonia');
  expect(texts(stored)).not.toContain('flucloxacillin');
  expect(stored.mentions.some((m) => m.original.includes('<img src=x onerror=alert(1)>'))).toBe(true);

  await expect
    .poll(async () => (await badgesOf(epr))?.badges.length ?? 0, { timeout: 30_000 })
    .toBeGreaterThan(1);
  const shown = (await badgesOf(epr)) as BadgeInfo;
  expect(shown.imgs).toBe(0);
  expect(shown.text).toContain('<img src=x onerror=alert(1)>');
  expect(await epr.evaluate(() => document.getElementsByTagName('img').length)).toBe(0);
  expect(dialogs).toBe(0);
  // Nothing of ours ran through the page's replaced built-ins or its fake extension API.
  expect(
    await epr.evaluate(() => (window as unknown as { __hostile: { calls: number } }).__hostile.calls),
  ).toBe(0);
  await setLocal({ traineeMode: false });
  await epr.close();
});

test('a 10 MB page yields its mentions, truncated, without hanging; 5,000-word speed figure', async () => {
  test.setTimeout(240_000); // loading 10 MB of HTML alone takes Chromium 10-20 s on two cores
  const huge = syntheticDischargeHtml({ words: 1_650_000 });
  expect(huge.length).toBeGreaterThan(10_000_000);
  const serve = async (page: Page, path: string, body: string) => {
    await page.route(`${origin}${path}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
    const t0 = Date.now();
    await page.goto(`${origin}${path}`, { timeout: 90_000 });
    const tabId = await tabIdFor(`${origin}${path}`, 90_000);
    return { tabId, ms: Date.now() - t0 };
  };

  const big = await context.newPage();
  const { tabId, ms } = await serve(big, '/generated/huge.html', huge);
  const stored = await storedPage(tabId);
  expect(stored.stats?.truncated).toBe(true);
  expect(texts(stored)).toContain('pneumonia');
  expect(ms).toBeLessThan(120_000); // generous: this guards against hanging, not speed
  test.info().annotations.push({
    type: 'figure',
    description: `10 MB page: stored ${ms} ms after navigation; read ${stored.stats?.ms} ms, ${stored.stats?.chars} chars`,
  });
  await big.close();

  const normal = await context.newPage();
  const small = await serve(
    normal,
    '/generated/discharge-5000.html',
    syntheticDischargeHtml({ words: 5000 }),
  );
  const first = await storedPage(small.tabId);
  const read = first.stats!;
  expect(read.truncated).toBe(false);
  expect(read.ms).toBeGreaterThan(0);
  // A change to the page makes the script read it again, now warm (the first read compiles the code).
  await normal.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'On the day of discharge the patient was well.';
    document.body.append(p);
  });
  await expect
    .poll(async () => (await storedPage(small.tabId)).revision, { timeout: 15_000 })
    .toBeGreaterThan(first.revision);
  const warm = (await storedPage(small.tabId)).stats!;
  const figure = `5,000-word page: extraction + analysis ${read.ms} ms (first read), ${warm.ms} ms (re-read)`;
  test.info().annotations.push({ type: 'figure', description: figure });
  console.log(`content-script figures: ${figure}; 10 MB page read ${stored.stats?.ms} ms`);
  await normal.close();
});
