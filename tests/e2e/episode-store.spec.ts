// The episodes worklist in real Chromium with real IndexedDB: schema v4 next to the seeded release
// stores, and an episode surviving a browser restart (issue #4, section 1).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, extensionIdOf, launchWithExtension, test } from './fixtures';

// Seeding on first start plus a relaunch: well within this on a quiet machine, slower when busy.
test.describe.configure({ timeout: 120_000 });

const EPISODE = {
  id: '4b3f7a52-2f0e-4d67-9a1c-0d5e8c9b7a10',
  ref: 'EP-2026-00123',
  sex: 'female',
  age: 54,
  admitted: '2026-02-01',
  discharged: '2026-02-05',
  status: 'queried',
  diagnoses: [
    { code: 'A17.0', source: 'search', title: 'Tuberculous meningitis' },
    { code: 'G01', source: 'typed' },
  ],
  procedures: [{ code: 'J18.3', source: 'page' }],
  createdAt: '2026-02-05T09:00:00.000Z',
  updatedAt: '2026-02-05T09:30:00.000Z',
};

interface DbShape {
  version: number;
  stores: string[];
  episodesKey: unknown;
  episodeIndexes: string[];
  readyReleases: number;
  codeBlocks: number;
}

/** An extension page used to reach the extension's IndexedDB with the raw API (not through lib/db). */
class ExtensionDbPage {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext): Promise<ExtensionDbPage> {
    const id = await extensionIdOf(context);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/diagnostics.html`);
    return new ExtensionDbPage(page);
  }

  async waitUntilSeeded(): Promise<void> {
    await expect(this.page.getByTestId('diagnostics')).toHaveAttribute('data-phase', 'ready', {
      timeout: 90_000,
    });
  }

  shape(): Promise<DbShape> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const req = indexedDB.open('sidecoder');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => ko(req.error);
      });
      const tx = db.transaction(['episodes', 'releases', 'codeBlocks']);
      const request = <T>(req: IDBRequest<T>) =>
        new Promise<T>((ok, ko) => {
          req.onsuccess = () => ok(req.result);
          req.onerror = () => ko(req.error);
        });
      const episodes = tx.objectStore('episodes');
      const releases = (await request(tx.objectStore('releases').getAll())) as { status: string }[];
      const shape = {
        version: db.version,
        stores: [...db.objectStoreNames].sort(),
        episodesKey: episodes.keyPath,
        episodeIndexes: [...episodes.indexNames].sort(),
        readyReleases: releases.filter((r) => r.status === 'ready').length,
        codeBlocks: await request(tx.objectStore('codeBlocks').count()),
      };
      db.close();
      return shape;
    });
  }

  episode(op: 'put' | 'get', value: typeof EPISODE): Promise<unknown> {
    return this.page.evaluate(
      async ({ op, value }) => {
        const db = await new Promise<IDBDatabase>((ok, ko) => {
          const req = indexedDB.open('sidecoder');
          req.onsuccess = () => ok(req.result);
          req.onerror = () => ko(req.error);
        });
        const store = db
          .transaction('episodes', op === 'put' ? 'readwrite' : 'readonly')
          .objectStore('episodes');
        // Wait for the write to commit before the browser is closed.
        const done = new Promise((ok, ko) => {
          store.transaction.oncomplete = ok;
          store.transaction.onabort = () => ko(store.transaction.error);
        });
        const req = op === 'put' ? store.put(value) : store.get(value.id);
        const result = await new Promise((ok, ko) => {
          req.onsuccess = () => ok(req.result);
          req.onerror = () => ko(req.error);
        });
        await done;
        db.close();
        return result;
      },
      { op, value },
    );
  }
}

test('the seeded store is at schema v4 with an episodes table, and episodes survive a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sidecoder-episodes-'));
  let context: BrowserContext | undefined;
  try {
    context = await launchWithExtension(dir);
    const first = await ExtensionDbPage.open(context);
    await first.waitUntilSeeded();
    const shape = await first.shape();
    // Dexie opens IndexedDB at ten times its schema version.
    expect(shape.version).toBe(40);
    expect(shape.stores).toEqual(['codeBlocks', 'episodes', 'meta', 'releases', 'searchIndex', 'termBlocks']);
    expect(shape.episodesKey).toBe('id');
    expect(shape.episodeIndexes).toEqual(['ref', 'status', 'updatedAt']);
    expect(shape.readyReleases).toBe(2);
    expect(shape.codeBlocks).toBeGreaterThan(0);
    await first.episode('put', EPISODE);
    await context.close();

    context = await launchWithExtension(dir);
    const second = await ExtensionDbPage.open(context);
    expect(await second.episode('get', EPISODE)).toEqual(EPISODE);
    expect((await second.shape()).readyReleases).toBe(2);
  } finally {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
