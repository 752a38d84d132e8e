// Where the content script runs (issue #3, section 1): the options page's built-in switches stop and
// restart the script on open and new pages, and an enabled, granted EPR origin gets the dynamically
// registered script. See docs/permissions.md for what this spec cannot reach (the permission prompt).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { EXTENSION_PATH, expect, extensionIdOf, launchWithExtension, test } from './fixtures';

// The extension API inside the extension pages evaluated below (the spec itself runs in Node).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<never> };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  storage: { local: { set(items: object): Promise<void> } };
  contextMenus: { update(id: string, props: object): Promise<void> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[] }[]> };
};

interface PageAnswer {
  ok: boolean;
  data?: { page: { url: string; revision: number; mentions: unknown[] } | null };
}

const FIXTURE = '/epr/discharge-table.html';
// A page with no mentions within this long after load counts as "the script did not run": the
// first page of each context shows the script answering well within it once the store is seeded.
const QUIET_MS = 4_000;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** One browser context and an options page to drive and query it from. */
class SitesBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly options: Page,
    private readonly dir: string,
  ) {}

  static async launch(extensionPath?: string): Promise<SitesBrowser> {
    const dir = mkdtempSync(join(tmpdir(), 'sidecoder-sites-'));
    const context = await launchWithExtension(dir, extensionPath ? { extensionPath } : {});
    const id = await extensionIdOf(context);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect(options.getByTestId('epr-sites')).toBeVisible();
    return new SitesBrowser(context, options, dir);
  }

  async close() {
    await this.context.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private tabIds(): Promise<number[]> {
    return this.options.evaluate(async () =>
      (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])),
    );
  }

  /** Open `url` in a new tab; its tab id is the one that was not there before (tab URLs are hidden). */
  async open(url: string): Promise<{ page: Page; tabId: number }> {
    const before = new Set(await this.tabIds());
    const page = await this.context.newPage();
    await page.goto(url);
    const tabId = (await this.tabIds()).find((id) => !before.has(id));
    if (tabId === undefined) throw new Error('the new tab was not found');
    return { page, tabId };
  }

  mentionsOf(tabId: number): Promise<PageAnswer['data']> {
    return this.options
      .evaluate((id) => chrome.runtime.sendMessage({ type: 'getPageMentions', data: { tabId: id } }), tabId)
      .then((a: PageAnswer) => a.data);
  }

  /** The page's stored revision once the content script has sent mentions. */
  async waitForMentions(tabId: number): Promise<number> {
    await expect
      .poll(async () => (await this.mentionsOf(tabId))?.page?.mentions.length ?? 0, { timeout: 90_000 })
      .toBeGreaterThan(0);
    return (await this.mentionsOf(tabId))!.page!.revision;
  }

  async expectNoMentions(tabId: number) {
    await this.options.waitForTimeout(QUIET_MS);
    expect((await this.mentionsOf(tabId))?.page ?? null).toBeNull();
  }

  registeredScripts() {
    return this.options.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  }

  builtinSwitch(origin: string) {
    return this.options.locator(`[data-testid="builtin-site"][data-origin="${origin}"]`).getByRole('switch');
  }
}

test.describe('built-in origins', () => {
  let b: SitesBrowser;
  let origin: string;

  test.beforeAll(async ({ eprServer }) => {
    origin = eprServer.origin;
    b = await SitesBrowser.launch();
  });
  test.afterAll(async () => b?.close());

  test('the options page lists the built-in origins, all on, and no dynamic script', async () => {
    const rows = b.options.getByTestId('builtin-site');
    await expect(rows).toHaveCount(3);
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-origin')))).toEqual([
      'http://localhost',
      'http://127.0.0.1',
      'file://',
    ]);
    for (const o of ['http://localhost', 'http://127.0.0.1', 'file://'])
      await expect(b.builtinSwitch(o)).toBeChecked();
    await expect(b.options.getByTestId('no-enabled-sites')).toBeVisible();
    await expect(b.options.getByTestId('sites-policy-note')).toContainText('managed policy');
    expect(await b.registeredScripts()).toEqual([]);
    // The background created "Code with Sidecoder" (updating a missing item rejects).
    const menu = (id: string) =>
      b.options.evaluate(
        (i) =>
          chrome.contextMenus.update(i, {}).then(
            () => 'exists',
            (e: Error) => e.message,
          ),
        id,
      );
    await expect.poll(() => menu('sidecoder-code-selection')).toBe('exists');
    expect(await menu('no-such-item')).not.toBe('exists');
  });

  test('switching 127.0.0.1 off stops the script on open and new pages; on again restarts it', async () => {
    await b.options.evaluate(() => chrome.storage.local.set({ traineeMode: true }));
    const open = await b.open(`${origin}${FIXTURE}`);
    const firstRevision = await b.waitForMentions(open.tabId);
    await expect(open.page.locator('sidecoder-badges')).toHaveCount(1, { timeout: 30_000 });

    await b.builtinSwitch('http://127.0.0.1').uncheck();
    await expect(b.builtinSwitch('http://127.0.0.1')).not.toBeChecked();
    // The open page's script removes its effects: the trainee badges go.
    await expect(open.page.locator('sidecoder-badges')).toHaveCount(0, { timeout: 10_000 });
    // A page loaded now sends nothing.
    const blocked = await b.open(`${origin}${FIXTURE}?after-off`);
    await b.expectNoMentions(blocked.tabId);
    // localhost is a separate switch and stays on.
    await expect(b.builtinSwitch('http://localhost')).toBeChecked();

    await b.builtinSwitch('http://127.0.0.1').check();
    // The open page reads again (a new revision) and shows its badges; a reloaded page sends again.
    await expect
      .poll(async () => (await b.mentionsOf(open.tabId))?.page?.revision ?? 0)
      .toBeGreaterThan(firstRevision);
    await expect(open.page.locator('sidecoder-badges')).toHaveCount(1, { timeout: 30_000 });
    await blocked.page.reload();
    await b.waitForMentions(blocked.tabId);
  });
});

// Playwright cannot answer Chrome's permission prompt, so this context loads a copy of the built
// extension whose manifest grants the test EPR origin at install: everything after the grant (the
// settings write, the background's registration and the injected script) is the real code path.
// `epr.localhost` resolves to the loopback fixture server without any flag and is not a built-in origin.
test.describe('an enabled EPR origin with its host permission granted', () => {
  let b: SitesBrowser;
  let extDir: string;
  let eprOrigin: string;

  test.beforeAll(async ({ eprServer }) => {
    eprOrigin = eprServer.origin.replace('127.0.0.1', 'epr.localhost');
    extDir = mkdtempSync(join(tmpdir(), 'sidecoder-sites-ext-'));
    cpSync(EXTENSION_PATH, extDir, { recursive: true });
    const manifestPath = join(extDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
    writeFileSync(
      manifestPath,
      JSON.stringify({ ...manifest, host_permissions: ['http://epr.localhost/*'] }),
    );
    b = await SitesBrowser.launch(extDir);
  });
  test.afterAll(async () => {
    await b?.close();
    rmSync(extDir, { recursive: true, force: true });
  });

  test('the origin is not read until added; added, the script is registered and runs; removed, it stops', async () => {
    const before = await b.open(`${eprOrigin}${FIXTURE}?before`);
    await b.expectNoMentions(before.tabId);

    await b.options.getByTestId('add-site-input').fill(`${eprOrigin}/some/ward?patient=1`);
    await b.options.getByTestId('add-site').click();
    await expect(b.options.getByTestId('add-site-done')).toContainText(eprOrigin);
    await expect(b.options.locator(`[data-testid="enabled-site"][data-origin="${eprOrigin}"]`)).toContainText(
      'Allowed',
    );
    await expect
      .poll(() => b.registeredScripts())
      .toEqual([
        expect.objectContaining({
          id: 'sidecoder-epr-sites',
          matches: [`${eprOrigin}/*`],
          js: ['content-scripts/epr.js'],
        }),
      ]);

    const added = await b.open(`${eprOrigin}${FIXTURE}?after-add`);
    await b.waitForMentions(added.tabId);

    await b.options.getByRole('button', { name: `Remove ${eprOrigin}` }).click();
    await expect(b.options.getByTestId('no-enabled-sites')).toBeVisible();
    await expect.poll(() => b.registeredScripts()).toEqual([]);
    const removed = await b.open(`${eprOrigin}${FIXTURE}?after-remove`);
    await b.expectNoMentions(removed.tabId);
  });

  test('the Add site field refuses what is not an http(s) address', async () => {
    await b.options.getByTestId('add-site-input').fill('ftp://epr.trust.nhs.uk');
    await b.options.getByTestId('add-site').click();
    await expect(b.options.getByTestId('add-site-error')).toContainText('http:// and https://');
    await expect(b.options.getByTestId('add-site-input')).toHaveAttribute('aria-invalid', 'true');
  });
});
