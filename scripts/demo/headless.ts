/**
 * The headless demo: waits for seeding, types sample searches into the side panel (opened as a tab
 * at 360 px, the width of a narrow side panel), prints what it shows and saves screenshots.
 */
import type { BrowserContext } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SidePanelPage, type ResultSummary } from '../../tests/e2e/pages/side-panel';
import { DEMO_PAGE, OUTPUT_DIR, ROOT } from './paths';

export const SAMPLE_SEARCHES = ['lap chole', 'pnuemonia', 'T2DM', '#NOF', 'J18', 'total hip replacement'];
const TOP = 5;

const slug = (q: string) =>
  q
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'query';

export function formatResults(query: string, results: ResultSummary[]): string {
  const lines = [`\n🔎 "${query}"`];
  if (!results.length) lines.push('   (no results)');
  results.forEach((r, i) => {
    const flags = r.flags.length ? `  [${r.flags.join(', ')}]` : '';
    lines.push(`   ${i + 1}. ${r.code.padEnd(7)} ${r.system.padEnd(6)} ${r.title}${flags}`);
    lines.push(`      why: ${r.why}`);
  });
  return lines.join('\n');
}

/** Puts two screenshots side by side (in the browser itself, so no image library is needed). */
async function composeOverview(context: BrowserContext, left: Buffer, right: Buffer, path: string) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280 + 360 + 2, height: 860 });
  const img = (b: Buffer) => `<img src="data:image/png;base64,${b.toString('base64')}" />`;
  await page.setContent(
    `<body style="margin:0;display:flex;align-items:flex-start;background:#d8dde0;gap:2px">${img(left)}${img(right)}</body>`,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  await page.screenshot({ path });
  await page.close();
}

export async function runHeadless(
  context: BrowserContext,
  extensionId: string,
  origin: string,
): Promise<void> {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  const shots: string[] = [];
  const shot = async (
    page: { screenshot(o: { path: string; fullPage?: boolean }): Promise<unknown> },
    name: string,
    fullPage = false,
  ) => {
    const path = join(OUTPUT_DIR, name);
    await page.screenshot({ path, fullPage });
    shots.push(relative(ROOT, path));
  };

  const epr = await context.newPage();
  await epr.setViewportSize({ width: 1280, height: 860 });
  await epr.goto(`${origin}/${DEMO_PAGE}`);
  await shot(epr, 'epr-page.png', true);
  console.log(`Opened the synthetic EPR page: ${origin}/${DEMO_PAGE}`);

  const started = Date.now();
  const panel = await SidePanelPage.open(context, extensionId, { width: 360, height: 860 });
  if (await panel.progress.isVisible().catch(() => false)) await shot(panel.page, 'panel-seeding.png');
  console.log('Waiting for the classification store to be seeded…');
  await panel.waitUntilReady(180_000);
  console.log(`Side panel ready after ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  let withResults = 0;
  for (const query of SAMPLE_SEARCHES) {
    await panel.search(query);
    const results = await panel.results(TOP);
    if (results.length) withResults++;
    console.log(formatResults(query, results));
    await shot(panel.page, `panel-search-${slug(query)}.png`);
  }

  // The picture a coder sees: the EPR page with the side panel beside it.
  await panel.search('lap chole');
  await composeOverview(
    context,
    await epr.screenshot(),
    await panel.page.screenshot(),
    join(OUTPUT_DIR, 'overview.png'),
  );
  shots.push(relative(ROOT, join(OUTPUT_DIR, 'overview.png')));

  // Detail view of the lap chole result: breadcrumb, why it matched, synonyms, usage.
  await panel.search('lap chole');
  const first = await panel.rows.first().getAttribute('data-code');
  if (first) {
    await panel.openResult(first);
    const page = panel.page;
    await page.getByTestId('synonyms').waitFor();
    const crumbs = await page.getByTestId('breadcrumb').innerText();
    console.log(
      `\n📄 Detail of ${await page.getByTestId('detail-code').innerText()}: ${await page.getByTestId('detail-title').innerText()}`,
    );
    console.log(`   hierarchy: ${crumbs.replace(/\s*\n\s*/g, ' › ')}`);
    console.log(`   why: ${(await page.getByTestId('detail-why').innerText()).replace(/\s+/g, ' ')}`);
    console.log(`   usage: ${await page.getByTestId('usage').innerText()}`);
    const groups = await page.getByTestId('synonym-group').allInnerTexts();
    console.log(
      `   synonyms: ${groups.length ? groups.map((g) => g.replace(/\s*\n\s*/g, '; ')).join(' | ') : 'none recorded'}`,
    );
    await shot(page, 'panel-detail.png', true);
    await panel.back();
  }

  // The NHS data dictionary format (X filler) on a 3-character code.
  await panel.setFormat('nhs');
  await panel.search('I10');
  const nhs = await panel.results(3);
  console.log(formatResults('I10 (NHS data dictionary format)', nhs));
  await shot(panel.page, 'panel-format-nhs.png');
  await panel.setFormat('dotted');
  await panel.input.press('Escape');

  // Browse ICD-10 chapter X → J09-J18 → J18.
  await panel.openBrowse('icd10');
  for (const code of ['X', 'J09-J18', 'J18']) {
    const item = panel.browse.locator(`[data-testid="browse-item"][data-code="${code}"]`);
    if (!(await item.count())) break;
    await panel.browseInto(code);
  }
  const items = await panel.browseItems().allInnerTexts();
  console.log(
    `\n🗂  Browse: ${(await panel.page.getByTestId('browse-breadcrumb').innerText()).replace(/\s*\n\s*/g, ' › ')}`,
  );
  for (const t of items.slice(0, 6)) console.log(`   ${t.replace(/\s*\n\s*/g, '  ')}`);
  await shot(panel.page, 'panel-browse.png', true);

  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 600 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('releases').or(options.getByTestId('no-releases')).first().waitFor();
  await shot(options, 'options.png');

  console.log(`\nScreenshots (${shots.length}):\n${shots.map((s) => `   ${s}`).join('\n')}`);
  if (!withResults) throw new Error('no sample search returned results: the search index looks empty');
}
