import { test, expect } from './fixtures';

test('the extension loads: service worker, side panel and content script', async ({
  context,
  extensionId,
  eprServer,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('sidepanel')).toBeVisible();

  const epr = await context.newPage();
  await epr.goto(`${eprServer.origin}/discharge-summary.html`);
  await expect(epr.locator('html')).toHaveAttribute('data-sidecoder', 'ready');
});
