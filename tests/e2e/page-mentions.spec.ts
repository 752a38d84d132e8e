// The content script's mentions reach the background, which suggests codes for them and answers an
// extension page asking for that tab's mentions (issue #3, sections 1 and 5).
import { test, expect } from './fixtures';

// The extension API inside pages evaluated below (the spec itself runs in Node).
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<never> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
};

interface PageAnswer {
  ok: boolean;
  error?: string;
  data?: {
    page: {
      url: string;
      suggested: boolean;
      mentions: { text: string; kind: string; status: string; suggestions: { code: string }[] }[];
    } | null;
  };
}

test.describe.configure({ timeout: 120_000 });

test('an extension page reads the mentions and suggestions of an EPR tab', async ({
  context,
  extensionId,
  eprServer,
}) => {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await expect(panel.getByTestId('sidepanel')).toBeVisible();

  const epr = await context.newPage();
  await epr.goto(`${eprServer.origin}/discharge-summary.html?patient=123#top`);
  const pageUrl = `${eprServer.origin}/discharge-summary.html`;

  // Without the "tabs" permission tab URLs are hidden, so ask the background about every tab and
  // take the one whose stored mentions came from the EPR page.
  const findTab = () =>
    panel.evaluate(async (url) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const res = (await chrome.runtime.sendMessage({
          type: 'getPageMentions',
          data: { tabId: tab.id },
        })) as PageAnswer;
        if (res.ok && res.data?.page?.url === url && res.data.page.suggested) return tab.id;
      }
      return null;
    }, pageUrl);
  // The content script sends after load and the store may still be seeding: wait for suggestions.
  await expect.poll(findTab, { timeout: 60_000 }).not.toBeNull();
  const tabId = (await findTab())!;
  const read = () =>
    panel.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'getPageMentions', data: { tabId: id } }),
      tabId,
    ) as Promise<PageAnswer>;
  const answer = await read();
  expect(answer.ok).toBe(true);
  const page = answer.data!.page!;
  expect(page.url).toBe(pageUrl); // no query or fragment
  expect(page).not.toHaveProperty('title');

  const pneumonia = page.mentions.filter((m) => m.kind === 'diagnosis' && /pneumonia/i.test(m.text));
  expect(pneumonia.length).toBeGreaterThan(0);
  expect(pneumonia.some((m) => m.suggestions.some((s) => s.code === 'J18.9'))).toBe(true);
  expect(page.mentions.some((m) => /amoxicillin/i.test(m.text))).toBe(false);

  // The page itself is not modified.
  expect(await epr.locator('html').getAttribute('data-sidecoder')).toBeNull();
});
