// The Episode tab in the real extension (issue #4 acceptance): from a fixture EPR page, codes suggested
// in "This page" go to a new episode in order; an asterisk code typed in and made primary raises a
// finding that cites its rule; its Fix puts the dagger first; sex and age are set; a code comes from
// Search; the episode is copied in the NHS form to the real clipboard; and it survives a panel reload
// in the worklist (the real Dexie store); on a PAS page with a fillable site profile, "Use page
// details" and "Fill" work through the content script.
import type { Locator, Page } from '@playwright/test';
import { SETTINGS_KEYS } from '../../lib/sites/settings';
import { test, expect } from './fixtures';
import { SidePanelPage } from './pages/side-panel';

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<never> };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  storage: { local: { set(items: object): Promise<void> } };
};

/** A site profile for the PAS coding screen fixture (as tests/e2e/profiles.spec.ts), with Fill. */
const pasProfile = (origin: string) => ({
  id: 'kestrel-pas',
  name: 'Kestrel PAS coding screen (test)',
  match: { origins: [origin], pathPrefix: '/epr/profiled/' },
  sections: [{ kind: 'diagnoses', selector: '.blk-a', itemSelector: '.ln' }],
  ignore: ['.zz-top', '.blk-t'],
  heuristics: 'never',
  episode: {
    ref: ".q9 [data-k='e']",
    sex: ".q9 [data-k='s']",
    age: ".q9 [data-k='a']",
    admitted: ".q9 [data-k='i']",
    discharged: ".q9 [data-k='o']",
    fill: {
      diagnoses: [0, 1, 2, 3, 4].map((i) => `input[name='f_dx_${i}']`),
      procedures: [0, 1, 2, 3].map((i) => `input[name='f_pr_${i}']`),
      format: 'nhs',
    },
  },
});

test.describe.configure({ timeout: 180_000 });

/** Page object for the Episode tab of sidepanel.html. Selectors are data-testid only. */
class EpisodePanel {
  constructor(readonly page: Page) {}

  tab = () => this.page.getByTestId('tab-episode');
  editor = () => this.page.getByTestId('episode-editor');
  rows = () => this.page.getByTestId('list-diagnoses').getByTestId('code-row');
  row = (code: string) => this.page.locator(`[data-testid="list-diagnoses"] [data-code="${code}"]`);
  findings = () => this.page.getByTestId('finding');

  diagnoses(): Promise<string[]> {
    return this.rows().evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code!));
  }

  async type(code: string): Promise<void> {
    await this.page.getByTestId('add-code-diagnoses').fill(code);
    await this.page.getByTestId('add-code-submit-diagnoses').click();
    await expect(this.row(code)).toBeVisible();
  }
}

/** The tab whose stored mentions came from `url` (without the "tabs" permission URLs are hidden). */
function findTab(panel: Page, url: string): Promise<number | null> {
  return panel.evaluate(async (u) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const res = (await chrome.runtime.sendMessage({
        type: 'getPageMentions',
        data: { tabId: tab.id },
      })) as {
        ok: boolean;
        data?: { page: { url: string; suggested: boolean; mentions: unknown[] } | null };
      };
      const p = res.ok ? res.data?.page : null;
      if (p?.url === u && p.suggested && p.mentions.length > 0) return tab.id;
    }
    return null;
  }, url);
}

const suggestion = (mention: Locator, code: string) =>
  mention.locator(`[data-testid="suggestion"][data-code="${code}"]`).getByTestId('add-to-episode');

test('an episode built from page suggestions, a typed asterisk code and its fix, copied and kept', async ({
  context,
  extensionId,
  eprServer,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const url = `${eprServer.origin}/epr/discharge-table.html`;
  const epr = await context.newPage();
  await epr.goto(url);

  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.locator('[data-testid="sidepanel"][data-ready="true"]').waitFor({ timeout: 90_000 });
  await expect.poll(() => findTab(page, url), { timeout: 30_000, message: 'page read' }).not.toBeNull();
  const tabId = (await findTab(page, url))!;
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await page.locator('[data-testid="sidepanel"][data-ready="true"]').waitFor({ timeout: 30_000 });
  const ep = new EpisodePanel(page);

  await test.step('This page: two suggested codes go to the episode', async () => {
    await page.getByTestId('tab-page').click();
    const mention = (text: string) =>
      page.getByTestId('mention').filter({ has: page.getByTestId('mention-text').getByText(text) });
    const pneumonia = suggestion(mention('Community acquired pneumonia'), 'J18.9');
    await pneumonia.click();
    await expect(page.getByTestId('page-status')).toHaveText('Added J18.9 to the episode');
    await expect(pneumonia).toHaveText('Added');
    await expect(pneumonia).toBeDisabled();
    await suggestion(mention('Acute kidney injury'), 'N17.9').click();
    await expect(page.getByTestId('page-status')).toHaveText('Added N17.9 to the episode');
    // The interim storage.local list is gone.
    await expect(page.getByTestId('episode-draft')).toHaveCount(0);
  });

  await test.step('Episode tab: a new episode holds them in the order sent', async () => {
    await ep.tab().click();
    await expect(ep.editor()).toBeVisible();
    await expect(ep.rows()).toHaveCount(2);
    expect(await ep.diagnoses()).toEqual(['J18.9', 'N17.9']);
    await expect(ep.row('J18.9')).toHaveAttribute('data-primary', 'true');
  });

  await test.step('an asterisk code made primary: a finding citing its rule, fixed in one press', async () => {
    await ep.type('G01');
    await ep.type('A39.0');
    expect(await ep.diagnoses()).toEqual(['J18.9', 'N17.9', 'G01', 'A39.0']);
    await ep.row('G01').getByTestId('make-primary').click();
    expect(await ep.diagnoses()).toEqual(['G01', 'J18.9', 'N17.9', 'A39.0']);

    const finding = page.locator('[data-testid="finding"][data-rule="icd10.asterisk-not-primary"]');
    await expect(finding).toHaveCount(1);
    await expect(finding).toHaveAttribute('data-severity', 'error');
    await expect(finding.getByTestId('finding-rule')).toHaveText(
      /^NCCS ICD-10 conventions: dagger and asterisk.* · icd10\.asterisk-not-primary$/,
    );
    await expect(finding).toContainText('G01');
    const fix = finding.getByTestId('finding-fix');
    await expect(fix).toHaveText('Fix: Move A39.0 before G01');
    await fix.click();

    await expect(finding).toHaveCount(0);
    await expect(ep.findings()).toHaveCount(0);
    expect(await ep.diagnoses()).toEqual(['A39.0', 'G01', 'J18.9', 'N17.9']);
    await expect(ep.row('A39.0')).toHaveAttribute('data-primary', 'true');
    // The asterisk now sits with its dagger as one group.
    await expect(ep.row('G01')).toHaveAttribute('data-attached', 'true');
  });

  await test.step('sex and age set: still no finding', async () => {
    await page.getByTestId('episode-sex').selectOption('female');
    await page.getByTestId('episode-age').fill('34');
    await expect(page.getByTestId('episode-sex')).toHaveValue('female');
    await expect(page.getByTestId('episode-age')).toHaveValue('34');
    await expect(ep.findings()).toHaveCount(0);
  });

  await test.step('Search: a code from its details joins the open episode', async () => {
    await page.getByTestId('tab-search').click();
    const search = new SidePanelPage(page);
    await search.search('essential hypertension');
    await search.openResult('I10');
    await page.getByTestId('detail-add-to-episode').click();
    await expect(search.copyStatus).toHaveText('Added I10 to the episode');
    await ep.tab().click();
    await expect(ep.rows()).toHaveCount(5);
    expect(await ep.diagnoses()).toEqual(['A39.0', 'G01', 'J18.9', 'N17.9', 'I10']);
  });

  await test.step('copy the episode in the NHS form to the clipboard', async () => {
    await page.getByTestId('copy-format').getByTestId('copy-format-nhs').check({ force: true });
    // X filler for undivided categories; dagger D and asterisk A in the 6th place, '-' before them.
    const expected = 'A390-D\nG01X-A\nJ189\nN179\nI10X';
    await expect(page.getByTestId('copy-preview')).toHaveText(expected);
    await page.bringToFront();
    await page.getByTestId('copy-episode').click();
    await expect(page.getByTestId('copy-episode-status')).toHaveText(/^Copied 5 codes/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  });

  await test.step('reload the panel: the episode is in the worklist, as saved', async () => {
    await page.getByTestId('episode-back').click();
    await expect(page.getByTestId('worklist-item')).toHaveCount(1);
    await page.reload();
    await page.locator('[data-testid="sidepanel"][data-ready="true"]').waitFor({ timeout: 30_000 });
    // The panel reopens on the tab last used.
    await expect(ep.tab()).toHaveAttribute('aria-selected', 'true');
    const item = page.getByTestId('worklist-item');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText('A39.0');
    await expect(item).toContainText('5 codes');
    await item.getByTestId('worklist-open').click();
    expect(await ep.diagnoses()).toEqual(['A39.0', 'G01', 'J18.9', 'N17.9', 'I10']);
    await expect(page.getByTestId('episode-sex')).toHaveValue('female');
    await expect(page.getByTestId('episode-age')).toHaveValue('34');
  });

  await test.step('a PAS page with a fillable profile: Use page details, then Fill', async () => {
    await page.evaluate(([key, value]) => chrome.storage.local.set({ [key as string]: value }), [
      SETTINGS_KEYS.profiles,
      [pasProfile(eprServer.origin)],
    ] as const);
    const pasUrl = `${eprServer.origin}/epr/profiled/coding-screen.html`;
    const pas = await context.newPage();
    await pas.goto(pasUrl);
    await expect
      .poll(() => findTab(page, pasUrl), { timeout: 30_000, message: 'PAS page read' })
      .not.toBeNull();
    await page.goto(
      `chrome-extension://${extensionId}/sidepanel.html?tabId=${(await findTab(page, pasUrl))!}`,
    );
    await page.locator('[data-testid="sidepanel"][data-ready="true"]').waitFor({ timeout: 30_000 });
    await page.getByTestId('worklist-open').click();

    await page.getByTestId('episode-use-page-details').click();
    await expect(page.getByTestId('episode-page-status')).toHaveText(
      'From the page: reference, sex, age, admitted, discharged',
    );
    // The banner's NHS number is never taken; the episode reference is.
    await expect(page.getByTestId('episode-ref')).toHaveValue('EP-2026-00417');
    await expect(page.getByTestId('episode-age')).toHaveValue('67');
    await expect(page.getByTestId('episode-discharged')).toHaveValue('2026-03-12');

    await page.getByTestId('episode-fill').click();
    // The fixture's fourth procedure field is read-only: the profile's selector for it finds nothing.
    await expect(page.getByTestId('episode-page-status')).toHaveText(
      'Filled 5 codes into the page; 1 field of the site profile not found',
    );
    const filled = await pas.evaluate(() =>
      [0, 1, 2, 3, 4].map((i) => document.querySelector<HTMLInputElement>(`input[name='f_dx_${i}']`)!.value),
    );
    expect(filled).toEqual(['A390-D', 'G01X-A', 'J189', 'N179', 'I10X']);
  });
});
