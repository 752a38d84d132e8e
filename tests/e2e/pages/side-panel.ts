/**
 * Page object for the side panel page (chrome-extension://<id>/sidepanel.html), shared by the
 * end-to-end tests and `npm run demo`. Selectors are data-testid only.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';

export interface ResultSummary {
  code: string;
  system: string;
  title: string;
  why: string;
  flags: string[];
}

export class SidePanelPage {
  readonly root: Locator;
  readonly input: Locator;
  readonly rows: Locator;
  readonly copyStatus: Locator;
  readonly detail: Locator;
  readonly browse: Locator;
  readonly progress: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('sidepanel');
    this.input = page.getByTestId('search-input');
    this.rows = page.getByTestId('result-row');
    this.copyStatus = page.getByTestId('copy-status');
    this.detail = page.getByTestId('detail-view');
    this.browse = page.getByTestId('browse-view');
    this.progress = page.getByTestId('progress');
  }

  /** Opens the panel page as a tab; 360 px wide by default, the width of a narrow side panel. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    size = { width: 360, height: 720 },
  ): Promise<SidePanelPage> {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    return new SidePanelPage(page);
  }

  /** Waits until seeding is done and the index is loaded (or throws with the failure message). */
  async waitUntilReady(timeout = 60_000): Promise<void> {
    const ready = this.page.locator('[data-testid="sidepanel"][data-ready="true"]');
    const failed = this.page.getByTestId('seed-failed');
    await ready.or(failed).first().waitFor({ timeout });
    if (await failed.isVisible()) throw new Error(`seeding failed: ${await failed.innerText()}`);
  }

  /** Types a query and waits until the results shown are the results for it. */
  async search(query: string): Promise<void> {
    await this.input.fill(query);
    await this.page
      .locator(`[data-testid="results"][data-for="${query.replace(/["\\]/g, '\\$&')}"]`)
      .waitFor({ state: 'attached' });
  }

  async resultCodes(): Promise<string[]> {
    return this.page.getByTestId('result-code').allInnerTexts();
  }

  async results(limit = 5): Promise<ResultSummary[]> {
    const out: ResultSummary[] = [];
    const n = Math.min(limit, await this.rows.count());
    for (let i = 0; i < n; i++) {
      const row = this.rows.nth(i);
      out.push({
        code: (await row.getByTestId('result-code').innerText()).trim(),
        system: (await row.getByTestId('system-badge').innerText()).trim(),
        title: (await row.getByTestId('result-title').innerText()).trim(),
        why: (await row.getByTestId('why').innerText()).replace(/\s+/g, ' ').trim(),
        flags: await row.locator('[data-testid^="flag-"] [aria-hidden="true"]').allInnerTexts(),
      });
    }
    return out;
  }

  /** Index of the active row (-1 when none). */
  async activeIndex(): Promise<number> {
    const states = await this.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-selected')));
    return states.indexOf('true');
  }

  async press(key: string): Promise<void> {
    await this.input.press(key);
  }

  async setFormat(format: 'dotted' | 'undotted' | 'nhs'): Promise<void> {
    await this.page
      .getByTestId('format-toggle')
      .getByTestId(`format-toggle-${format}`)
      .check({ force: true });
  }

  async setSystem(system: 'all' | 'icd10' | 'opcs4'): Promise<void> {
    await this.page
      .getByTestId('system-filter')
      .getByTestId(`system-filter-${system}`)
      .check({ force: true });
  }

  async openResult(code: string): Promise<void> {
    await this.rowFor(code).first().click();
    await this.detail.waitFor();
  }

  rowFor(code: string): Locator {
    return this.page.locator(`[data-testid="result-row"][data-code="${code}"]`);
  }

  breadcrumbCodes(scope: Locator = this.detail): Promise<string[]> {
    return scope
      .locator('[data-testid="crumb"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-code') ?? ''));
  }

  async back(): Promise<void> {
    await this.page.getByTestId('back').click();
  }

  async openBrowse(system: 'icd10' | 'opcs4' = 'icd10'): Promise<void> {
    await this.page.getByTestId('browse-button').click();
    await this.browse.waitFor();
    await this.browse.getByTestId(`browse-system-${system}`).check({ force: true });
  }

  browseItems(): Locator {
    return this.browse.getByTestId('browse-item');
  }

  /** Clicks the browse entry with that code (chapter, block, category or code). */
  async browseInto(code: string): Promise<void> {
    await this.browse.locator(`[data-testid="browse-item"][data-code="${code}"]`).click();
  }
}
