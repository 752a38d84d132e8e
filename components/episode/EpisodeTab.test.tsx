// @vitest-environment happy-dom
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEpisodeStore } from '@/lib/db/episodes';
import { SidecoderDb } from '@/lib/db/schema';
import { createEpisodeInbox, type EpisodeInbox } from '@/lib/episode/inbox';
import { createEpisode } from '@/lib/episode/model';
import type { EpisodeStoreApi } from '@/lib/episode/store-api';
import { createTestLookup } from '@/lib/episode/test-lookup';
import { EpisodeTab } from './EpisodeTab';
import { mount, type Harness } from './test-helpers';

// The tab over the real Dexie store (fake IndexedDB in unit tests; tests/e2e covers real Chromium).
let db: SidecoderDb;
let store: EpisodeStoreApi;
let h: Harness;
let inbox: EpisodeInbox;
const download = vi.fn();

beforeEach(async () => {
  db = new SidecoderDb(`episode-tab-${Math.random()}`);
  store = createEpisodeStore(db, () => new Date('2026-03-01T12:00:00Z'));
  inbox = createEpisodeInbox();
  download.mockClear();
  h = await mount(
    <EpisodeTab
      store={store}
      lookup={createTestLookup()}
      check={() => []}
      applyFix={(e) => e}
      copy={async () => true}
      inbox={inbox}
      download={download}
      autosaveMs={10}
    />,
  );
});
afterEach(async () => {
  h.unmount();
  db.close();
  await Dexie.delete(db.name);
});

/** IndexedDB answers on its own schedule: wait until the condition holds. */
async function until(cond: () => boolean, ms = 2000) {
  for (let t = 0; t < ms && !cond(); t += 20) await h.wait(20);
  expect(cond()).toBe(true);
}
const items = () => h.$$('worklist-item');

async function chooseFile(text: string) {
  const input = h.$<HTMLInputElement>('worklist-import')!;
  Object.defineProperty(input, 'files', { value: [new File([text], 'episodes.json')], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await h.wait(50);
}

describe('EpisodeTab', () => {
  it('creates an episode, saves it on the way back and filters the worklist by status', async () => {
    await until(() => h.$('worklist-empty') !== null);
    await h.click(h.$('episode-new'));
    await until(() => h.$('episode-editor') !== null);
    await h.type(h.$('episode-ref'), 'EP-2026-00123');
    await h.change(h.$('episode-status'), 'queried');
    await h.click(h.$('episode-back'));
    await until(() => items().length === 1);
    expect(items()[0]!.textContent).toContain('EP-2026-00123');
    expect(items()[0]!.dataset.status).toBe('queried');
    await h.click(h.$('worklist-filter-coded'));
    await until(() => h.$('worklist-empty') !== null);
    expect(h.$('worklist-empty')!.textContent).toBe('No coded episodes.');
    await h.click(h.$('worklist-filter-queried'));
    await until(() => items().length === 1);
  });

  it('deletes only after confirmation', async () => {
    await store.save({ ...createEpisode(), ref: 'EP-1' });
    await h.click(h.$('worklist-filter-in-progress'));
    await until(() => items().length === 1);
    await h.click(h.$('worklist-delete'));
    await h.click(h.$('worklist-delete-cancel'));
    expect(items()).toHaveLength(1);
    await h.click(h.$('worklist-delete'));
    await h.click(h.$('worklist-delete-confirm'));
    await until(() => items().length === 0);
    expect(await store.list()).toEqual([]);
  });

  it('exports the worklist file and imports one, refusing a wrong file whole', async () => {
    await store.save({ ...createEpisode(), ref: 'EP-1' });
    await h.click(h.$('worklist-filter-in-progress')); // the list was read before the save
    await until(() => items().length === 1);
    await h.click(h.$('worklist-export'));
    await until(() => download.mock.calls.length === 1);
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toMatch(/^sidecoder-episodes-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text)).toMatchObject({ format: 'sidecoder-episodes', version: 1 });

    await chooseFile('{"format":"something-else"}');
    await until(() => /Import refused/.test(h.$('worklist-message')!.textContent ?? ''));
    const file = JSON.parse(text) as { episodes: unknown[] };
    file.episodes.push({ ...createEpisode(), ref: 'SMITH, John' });
    await db.episodes.clear();
    await chooseFile(JSON.stringify(file));
    await until(() => /Imported: 1 new/.test(h.$('worklist-message')!.textContent ?? ''));
    expect(h.$('worklist-message')!.textContent).toMatch(/episode 2: ref: .*person's name/);
    expect(h.$('worklist-message')!.textContent).not.toContain('SMITH');
    await until(() => items().length === 1);
  });

  it('starts a new episode for codes sent while the worklist shows', async () => {
    await until(() => h.$('worklist-empty') !== null);
    inbox.addCodes([{ system: 'icd10', code: 'J18.9', source: 'search', title: 'Pneumonia' }]);
    await until(() => h.$('episode-editor') !== null);
    await until(() => h.$$('code-row').length === 1);
    expect(h.$$('code-row')[0]!.dataset.code).toBe('J18.9');
  });

  it('puts codes sent in quick succession into one new episode, in the order sent', async () => {
    await until(() => h.$('worklist-empty') !== null);
    // The second batch arrives before the first episode is saved and its editor listens.
    inbox.addCodes([{ system: 'icd10', code: 'J18.9', source: 'page' }]);
    inbox.addCodes([{ system: 'icd10', code: 'I10', source: 'page' }]);
    await until(() => h.$$('code-row').length === 2);
    expect(h.$$('code-row').map((r) => r.dataset.code)).toEqual(['J18.9', 'I10']);
    expect(await store.list()).toHaveLength(1);
  });
});
