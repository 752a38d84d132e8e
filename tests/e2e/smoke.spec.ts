import { test, expect } from './fixtures';

// The extension API inside pages evaluated below (the spec itself runs in Node).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: { page: unknown } }> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

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
  // The content script ran: the background holds this tab's mentions (the page is left untouched).
  const url = `${eprServer.origin}/discharge-summary.html`;
  await expect
    .poll(
      () =>
        panel.evaluate(async (u) => {
          // Tab URLs are hidden without the "tabs" permission: ask about every tab.
          for (const tab of await chrome.tabs.query({})) {
            if (tab.id === undefined) continue;
            const res = await chrome.runtime.sendMessage({
              type: 'getPageMentions',
              data: { tabId: tab.id },
            });
            if (res.ok && (res.data?.page as { url?: string } | null)?.url === u) return true;
          }
          return false;
        }, url),
      { timeout: 30_000 },
    )
    .toBe(true);
  expect(await epr.locator('html').getAttribute('data-sidecoder')).toBeNull();
});
