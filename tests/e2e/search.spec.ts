/**
 * Issue 2, section 6 and Acceptance: install → seeded → search "lap chole" shows J18.3 in the first
 * three → detail → copy → browse; plus keyboard use and the format toggle, on the built extension.
 */
import { test, expect } from './fixtures';
import { SidePanelPage } from './pages/side-panel';

test.describe('side panel search', () => {
  test('install → seeded → search → detail → copy → browse', async ({ context, extensionId }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await SidePanelPage.open(context, extensionId);

    // A fresh install shows progress until the background has seeded the store.
    const seenProgress = await panel.progress
      .getAttribute('aria-valuenow', { timeout: 2_000 })
      .catch(() => null);
    if (seenProgress !== null) expect(Number(seenProgress)).toBeGreaterThanOrEqual(0);
    await panel.waitUntilReady();
    await expect(panel.progress).toHaveCount(0);
    await expect(panel.input).toBeFocused();

    await panel.search('lap chole');
    const top3 = (await panel.resultCodes()).slice(0, 3);
    expect(top3).toContain('J18.3');
    const row = panel.rowFor('J18.3');
    await expect(row.getByTestId('system-badge')).toHaveText('OPCS-4');
    await expect(row.getByTestId('why')).toContainText('lap chole');

    // Detail: full title, breadcrumb (chapter J › category J18) and why it matched.
    await panel.openResult('J18.3');
    await expect(panel.page.getByTestId('detail-code')).toHaveText('J18.3');
    await expect(panel.page.getByTestId('detail-title')).toContainText(/cholecystectomy/i);
    expect(await panel.breadcrumbCodes()).toEqual(['J', 'J18']);
    await expect(panel.page.getByTestId('detail-why')).toContainText('lap chole');
    await expect(panel.page.getByTestId('usage')).toBeVisible();
    await panel.back();
    await expect(panel.input).toBeFocused();

    // Copy with Enter: the active row is J18.3 once it is moved there with ↓.
    const index = (await panel.resultCodes()).indexOf('J18.3');
    for (let i = 0; i < index; i++) await panel.press('ArrowDown');
    expect(await panel.activeIndex()).toBe(index);
    await panel.press('Enter');
    await expect(panel.copyStatus).toHaveText('Copied J18.3 (OPCS-4)');
    await expect(panel.copyStatus).toHaveAttribute('aria-live', 'polite');
    expect(await panel.page.evaluate(() => navigator.clipboard.readText())).toBe('J18.3');

    // Browse ICD-10: chapter → block → category → code, with the breadcrumb following.
    await panel.input.press('Escape');
    await panel.openBrowse('icd10');
    await panel.browseInto('X');
    await expect(panel.page.getByTestId('browse-title')).toContainText(/respiratory/i);
    await panel.browseInto('J09-J18');
    await panel.browseInto('J18');
    expect(await panel.breadcrumbCodes(panel.browse)).toEqual(['X', 'J09-J18']);
    await panel.browseInto('J18.9');
    await expect(panel.page.getByTestId('detail-code')).toHaveText('J18.9');
    expect(await panel.breadcrumbCodes()).toEqual(['X', 'J09-J18', 'J18']);
  });

  test('keyboard: ↓ moves the active result, Ctrl+C copies, Esc clears', async ({ context, extensionId }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await SidePanelPage.open(context, extensionId);
    await panel.waitUntilReady();
    await panel.search('pneumonia');
    expect(await panel.rows.count()).toBeGreaterThan(2);
    expect(await panel.activeIndex()).toBe(0);
    await panel.press('ArrowDown');
    await panel.press('ArrowDown');
    expect(await panel.activeIndex()).toBe(2);
    await expect(panel.input).toHaveAttribute('aria-activedescendant', 'result-2');
    await panel.press('ArrowUp');
    expect(await panel.activeIndex()).toBe(1);

    const second = (await panel.resultCodes())[1]!;
    await panel.press('Control+c');
    await expect(panel.copyStatus).toContainText(`Copied ${second}`);
    expect(await panel.page.evaluate(() => navigator.clipboard.readText())).toBe(second);

    await panel.press('Escape');
    await expect(panel.input).toHaveValue('');
    await expect(panel.rows).toHaveCount(0);
  });

  test('format toggle, system filter, dagger/asterisk partner, 360 px fit and the options page', async ({
    context,
    extensionId,
  }) => {
    const panel = await SidePanelPage.open(context, extensionId);
    await panel.waitUntilReady();
    await panel.setSystem('icd10');
    await panel.search('J18.9');
    await expect(panel.rows.first()).toHaveAttribute('data-code', 'J18.9');
    await expect(panel.rows.first().getByTestId('result-code')).toHaveText('J18.9');
    await panel.setFormat('undotted');
    await expect(panel.rows.first().getByTestId('result-code')).toHaveText('J189');

    await panel.search('I10');
    await expect(panel.rows.first()).toHaveAttribute('data-code', 'I10');
    await panel.setFormat('nhs');
    await expect(panel.rows.first().getByTestId('result-code')).toHaveText('I10X');
    await panel.setFormat('dotted');
    await expect(panel.rows.first().getByTestId('result-code')).toHaveText('I10');

    const systems = await panel.rows.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-system')));
    expect(new Set(systems)).toEqual(new Set(['icd10']));

    // Dagger/asterisk: the NHS form puts D in the 6th position; the detail links to the partner.
    await panel.search('A17.0');
    await panel.setFormat('nhs');
    await expect(panel.rowFor('A17.0').getByTestId('result-code')).toHaveText('A170-D');
    await expect(panel.rowFor('A17.0').getByTestId('flag-dagger')).toBeVisible();
    await panel.openResult('A17.0');
    await panel.page.getByTestId('partner-link').filter({ hasText: 'G01' }).click();
    await expect(panel.page.getByTestId('detail-code')).toHaveText('G01X-A');
    await expect(panel.page.getByTestId('flag-asterisk')).toBeVisible();

    // The panel page is 360 px wide (SidePanelPage.open): nothing may scroll sideways.
    const overflow = () =>
      panel.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await panel.back();
    await panel.back();
    await panel.setSystem('all');
    await panel.search('total hip replacement');
    await expect(panel.rows.first()).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const rows = options.getByTestId('release-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: 'ICD-10' })).toContainText('ready');
    await expect(rows.filter({ hasText: 'OPCS-4' })).toContainText('ready');
    await expect(options.getByTestId('trust-note')).toBeVisible();
  });
});
