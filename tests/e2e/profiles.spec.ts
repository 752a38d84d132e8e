// Site profiles in the live content script: a PAS coding screen the heuristics cannot read
// (tests/fixtures/epr/profiled/coding-screen.html) is read through a stored profile, its episode
// details come from getEpisodeDetails (never the NHS number in its banner), and fillEpisode writes
// the codes into its coding form in the profile's format. Also: the options page's "Site profiles".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import {
  episodeDetailsAnswerSchema,
  fillEpisodeAnswerSchema,
  NO_FILL_ERROR,
} from '../../lib/messaging/content-protocol';
import { SETTINGS_KEYS } from '../../lib/sites/settings';
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
  mentions: { text: string; section: string }[];
}

type Answer = { ok: true; data: unknown } | { ok: false; error: string };

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let dir: string;
let context: BrowserContext;
let extensionId: string;
let panel: Page;
let origin: string;
const PATH = '/epr/profiled/coding-screen.html';

test.beforeAll(async ({ eprServer }) => {
  dir = mkdtempSync(join(tmpdir(), 'sidecoder-profiles-'));
  context = await launchWithExtension(dir);
  extensionId = await extensionIdOf(context);
  origin = eprServer.origin;
  panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/options.html`);
});

test.afterAll(async () => {
  await context?.close();
  rmSync(dir, { recursive: true, force: true });
});

const DX = [0, 1, 2, 3, 4].map((i) => `input[name='f_dx_${i}']`);
const PR = [0, 1, 2, 3].map((i) => `input[name='f_pr_${i}']`);

/** The profile for the fixture page; the port is only known at run time. */
const profile = (episode: Record<string, unknown> = {}) => ({
  id: 'kestrel-pas',
  name: 'Kestrel PAS coding screen (test)',
  match: { origins: [origin], pathPrefix: '/epr/profiled/' },
  sections: [
    { kind: 'diagnoses', selector: '.blk-a', itemSelector: '.ln', heading: 'Working diagnoses' },
    { kind: 'comorbidities', selector: '.blk-b', itemSelector: '.ln' },
    { kind: 'procedures', selector: '.blk-c', itemSelector: '.ln' },
    { kind: 'free-text', selector: '.blk-d' },
  ],
  ignore: ['.zz-top', '.blk-t'],
  heuristics: 'never',
  episode: {
    ref: ".q9 [data-k='e']",
    sex: ".q9 [data-k='s']",
    age: ".q9 [data-k='a']",
    admitted: ".q9 [data-k='i']",
    discharged: ".q9 [data-k='o']",
    fill: { diagnoses: DX, procedures: PR, format: 'nhs' },
    ...episode,
  },
});

const setProfiles = (list: unknown[]) =>
  panel.evaluate(([key, value]) => chrome.storage.local.set({ [key as string]: value }), [
    SETTINGS_KEYS.profiles,
    list,
  ] as const);

/** The id of the tab whose stored mentions came from `url` (tab URLs are hidden without "tabs"). */
async function tabIdFor(url: string): Promise<number> {
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
  await expect.poll(find, { timeout: 60_000 }).not.toBeNull();
  return (await find())!;
}

async function storedPage(tabId: number): Promise<StoredPage> {
  const res = (await panel.evaluate(
    (id) => chrome.runtime.sendMessage({ type: 'getPageMentions', data: { tabId: id } }),
    tabId,
  )) as { ok: boolean; data: { page: StoredPage } };
  expect(res.ok).toBe(true);
  return res.data.page;
}

const toContent = (tabId: number, message: unknown) =>
  panel.evaluate(([id, m]) => chrome.tabs.sendMessage(id as number, m), [
    tabId,
    message,
  ] as const) as Promise<Answer>;

const mentionsBySection = (p: StoredPage) =>
  p.mentions.map((m) => `${m.section}: ${m.text.toLowerCase()}`).sort();

const inputValues = (epr: Page) =>
  epr.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLInputElement>('.frm-77 input')].map((i) => [i.name, i.value]),
    ),
  );

let epr: Page;
let tabId: number;

test('the heuristics miss this layout; the stored profile reads its sections, live', async () => {
  await setProfiles([]);
  epr = await context.newPage();
  await epr.goto(`${origin}${PATH}`);
  tabId = await tabIdFor(`${origin}${PATH}`);
  // Without a profile: no headings or labels, so nothing is read (the banner and task list neither).
  expect((await storedPage(tabId)).mentions).toEqual([]);
  expect((await toContent(tabId, { type: 'getEpisodeDetails', data: {} })) as Answer).toEqual({
    ok: true,
    data: { profile: null, details: null, fillable: false },
  });

  // Storing the profile reaches the open page: it reads again, now through the profile.
  await setProfiles([profile()]);
  await expect
    .poll(async () => (await storedPage(tabId)).mentions.length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  const page = await storedPage(tabId);
  const found = mentionsBySection(page);
  for (const [section, text] of [
    ['diagnoses', 'community acquired pneumonia'],
    ['diagnoses', 'acute kidney injury'],
    ['comorbidities', 'atrial fibrillation'],
    ['comorbidities', 'type 2 diabetes mellitus'],
    ['procedures', 'transthoracic echocardiography'],
  ])
    expect(found.some((m) => m.startsWith(`${section}: ${text}`))).toBe(true);
  // Only the profile's sections: its ignored task list and banner are not read.
  expect(new Set(page.mentions.map((m) => m.section))).toEqual(
    new Set(['diagnoses', 'comorbidities', 'procedures', 'free-text']),
  );
  expect(found.join(' ')).not.toMatch(/chase|clinic follow-up|943|testpas/);
  // Reading never touched the coding form.
  expect(await epr.evaluate(() => (window as unknown as { __pasInputs: unknown[] }).__pasInputs)).toEqual([]);
});

test('getEpisodeDetails answers the reference, sex, age and dates, never the NHS number', async () => {
  const answer = await toContent(tabId, { type: 'getEpisodeDetails', data: {} });
  expect(answer).toEqual({
    ok: true,
    data: {
      profile: 'kestrel-pas',
      details: {
        ref: 'EP-2026-00417',
        sex: 'female',
        age: 67,
        admitted: '2026-03-03',
        discharged: '2026-03-12',
      },
      fillable: true,
    },
  });
  expect(episodeDetailsAnswerSchema.safeParse((answer as { data: unknown }).data).success).toBe(true);

  // A profile pointing its reference at the banner gets it refused, with the reason.
  await setProfiles([profile({ ref: '.zz-top span:nth-child(2)' })]);
  await expect
    .poll(async () => JSON.stringify(await toContent(tabId, { type: 'getEpisodeDetails', data: {} })))
    .toContain('refRefused');
  const refused = (await toContent(tabId, { type: 'getEpisodeDetails', data: {} })) as {
    data: { details: { ref?: string; refRefused?: string } };
  };
  expect(refused.data.details.ref).toBeUndefined();
  expect(refused.data.details.refRefused).toMatch(/NHS number/);
  expect(JSON.stringify(refused)).not.toContain('5919');
  await setProfiles([profile()]);
});

test('fillEpisode writes the codes in NHS format, fires input events and leaves read-only fields', async () => {
  await expect
    .poll(async () => JSON.stringify(await toContent(tabId, { type: 'getEpisodeDetails', data: {} })))
    .toContain('EP-2026-00417');
  const before = await inputValues(epr);
  expect(before).toMatchObject({ f_dx_0: '', f_pr_0: '', f_pr_3: 'LOCKED', f_hrg: 'DZ11V' });

  // A malformed fill is refused before anything is written.
  expect(
    await toContent(tabId, { type: 'fillEpisode', data: { diagnoses: [{ code: 'j18.9' }], procedures: [] } }),
  ).toEqual({ ok: false, error: 'invalid message' });
  expect(await inputValues(epr)).toEqual(before);

  const answer = await toContent(tabId, {
    type: 'fillEpisode',
    data: {
      diagnoses: ['J18.9', 'N17.9', 'I48.9', 'E11.9', 'I10', 'Z86.7'].map((code) => ({ code })),
      procedures: ['U20.1', 'E85.1', 'X29.2', 'Y53.4'].map((code) => ({ code })),
    },
  });
  expect(answer).toEqual({
    ok: true,
    data: { filled: 8, overflow: ['Z867'], missing: ["input[name='f_pr_3']"] },
  });
  expect(fillEpisodeAnswerSchema.safeParse((answer as { data: unknown }).data).success).toBe(true);
  expect(await inputValues(epr)).toEqual({
    f_dx_0: 'J189',
    f_dx_1: 'N179',
    f_dx_2: 'I489',
    f_dx_3: 'E119',
    f_dx_4: 'I10X',
    f_pr_0: 'U201',
    f_pr_1: 'E851',
    f_pr_2: 'X292',
    f_pr_3: 'LOCKED',
    f_hrg: 'DZ11V',
  });
  // The PAS's own listener saw an input event per written field, with the value already in place.
  const events = await epr.evaluate(
    () => (window as unknown as { __pasInputs: { name: string; value: string }[] }).__pasInputs,
  );
  expect(events.map((e) => `${e.name}=${e.value}`)).toEqual([
    'f_dx_0=J189',
    'f_dx_1=N179',
    'f_dx_2=I489',
    'f_dx_3=E119',
    'f_dx_4=I10X',
    'f_pr_0=U201',
    'f_pr_1=E851',
    'f_pr_2=X292',
  ]);
});

test('a profile without coding fields refuses Fill with a clear error and writes nothing', async () => {
  const { fill: _fill, ...episode } = profile().episode;
  await setProfiles([{ ...profile(), episode }]);
  await expect
    .poll(async () => JSON.stringify(await toContent(tabId, { type: 'getEpisodeDetails', data: {} })))
    .toContain('"fillable":false');
  const before = await inputValues(epr);
  expect(
    await toContent(tabId, { type: 'fillEpisode', data: { diagnoses: [{ code: 'A41.9' }], procedures: [] } }),
  ).toEqual({ ok: false, error: NO_FILL_ERROR });
  expect(await inputValues(epr)).toEqual(before);
  await setProfiles([]);
});

test('options page: lists built-in profiles, refuses a bad selector clearly, adds and removes', async () => {
  await setProfiles([]);
  await panel.reload();
  const rows = panel.getByTestId('site-profile');
  await expect(rows).toHaveCount(2);
  await expect(panel.getByTestId('profile-builtin')).toHaveCount(2);
  await expect(rows.getByTestId('remove-profile')).toHaveCount(0);

  // A bad selector: refused, with the field and selector named, and nothing stored.
  const bad = profile();
  bad.sections[0]!.selector = 'div[[[';
  await panel.getByTestId('profile-json').fill(JSON.stringify(bad, null, 2));
  await panel.getByTestId('add-profile').click();
  const errors = panel.getByTestId('profile-errors');
  await expect(errors).toBeVisible();
  await expect(errors).toHaveAttribute('role', 'alert');
  await expect(errors).toContainText('sections.0.selector: invalid CSS selector "div[[["');
  await expect(panel.getByTestId('profile-json')).toHaveAttribute('aria-invalid', 'true');
  await expect(rows).toHaveCount(2);

  // A file that is not JSON: refused too.
  await panel.getByTestId('profile-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"id": "kestrel-pas",'),
  });
  await expect(errors).toContainText('not JSON');

  // The valid profile from a file: listed first, removable, and in use on the open page.
  await panel.getByTestId('profile-file').setInputFiles({
    name: 'kestrel.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(profile())),
  });
  await expect(panel.getByTestId('profile-added')).toContainText('Kestrel PAS coding screen (test)');
  await expect(errors).toHaveCount(0);
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toHaveAttribute('data-id', 'kestrel-pas');
  await expect
    .poll(async () => JSON.stringify(await toContent(tabId, { type: 'getEpisodeDetails', data: {} })))
    .toContain('"profile":"kestrel-pas"');

  await rows.first().getByRole('button', { name: 'Remove profile Kestrel PAS coding screen (test)' }).click();
  await expect(rows).toHaveCount(2);
  await expect
    .poll(async () => JSON.stringify(await toContent(tabId, { type: 'getEpisodeDetails', data: {} })))
    .toContain('"profile":null');
});
