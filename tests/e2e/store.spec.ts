// The classification store in real Chromium with real IndexedDB: seeding on install, idempotent
// reseeding, and recovery from a service worker stopped mid-seed (issue #2, section 4).
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// The extension API inside pages evaluated below (the spec itself runs in Node).
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<never> } };

const manifest = JSON.parse(readFileSync('public/release/manifest.json', 'utf8')) as {
  releases: { id: string; codes: number }[];
};

// Each test seeds at least once more (a few seconds on a quiet 2-core machine, far more when busy).
test.describe.configure({ timeout: 120_000 });

interface StoreSnapshot {
  releases: { id: string; status: string; codes: number }[];
  /** Codes stored per release, summed over its buckets. */
  storedCodes: Record<string, number>;
  /** Codes that appear more than once within a release. */
  duplicates: number;
  activeKey: string | null;
  phase: string | null;
}

/** The diagnostics page (an extension page), read through IndexedDB directly, not through lib/db. */
class DiagnosticsPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<DiagnosticsPage> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/diagnostics.html`);
    return new DiagnosticsPage(page);
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.page.getByTestId('diagnostics')).toHaveAttribute('data-phase', 'ready', {
      timeout: 30_000,
    });
  }

  snapshot(): Promise<StoreSnapshot> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const req = indexedDB.open('sidecoder');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => ko(req.error);
      });
      const all = (store: string) =>
        new Promise<unknown[]>((ok, ko) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => ok(req.result);
          req.onerror = () => ko(req.error);
        });
      const releases = (await all('releases')) as { id: string; status: string; counts: { codes: number } }[];
      const blocks = (await all('codeBlocks')) as { releaseId: string; codes: { code: string }[] }[];
      const meta = (await all('meta')) as { key: string; value: { key?: string; phase?: string } }[];
      db.close();
      const storedCodes: Record<string, number> = {};
      const seen = new Set<string>();
      let duplicates = 0;
      for (const b of blocks) {
        for (const c of b.codes) {
          const key = `${b.releaseId} ${c.code}`;
          if (seen.has(key)) duplicates++;
          seen.add(key);
          storedCodes[b.releaseId] = (storedCodes[b.releaseId] ?? 0) + 1;
        }
      }
      return {
        releases: releases.map((r) => ({ id: r.id, status: r.status, codes: r.counts.codes })),
        storedCodes,
        duplicates,
        activeKey: meta.find((m) => m.key === 'activeIndex')?.value.key ?? null,
        phase: meta.find((m) => m.key === 'seedProgress')?.value.phase ?? null,
      };
    });
  }

  /** Only the seed phase: one small read, cheap enough to poll every few milliseconds. */
  phase(): Promise<string | null> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const req = indexedDB.open('sidecoder');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => ko(req.error);
      });
      const row = await new Promise<{ value?: { phase?: string } } | undefined>((ok, ko) => {
        const req = db.transaction('meta').objectStore('meta').get('seedProgress');
        req.onsuccess = () => ok(req.result as { value?: { phase?: string } } | undefined);
        req.onerror = () => ko(req.error);
      });
      db.close();
      return row?.value?.phase ?? null;
    });
  }

  /** Send a message as this extension page would; resolves with the background's answer. */
  send(type: string, data: object): Promise<{ ok: boolean; error?: string; data?: unknown }> {
    return this.page.evaluate(([t, d]) => chrome.runtime.sendMessage({ type: t, data: d }), [
      type,
      data,
    ] as const);
  }
}

async function expectCleanReadyStore(diag: DiagnosticsPage): Promise<void> {
  const snap = await diag.snapshot();
  expect(snap.duplicates).toBe(0);
  expect(snap.phase).toBe('ready');
  expect(snap.activeKey).toBe(
    manifest.releases
      .map((r) => r.id)
      .sort()
      .join('|'),
  );
  for (const r of manifest.releases) {
    expect(snap.releases.find((s) => s.id === r.id)).toEqual({ id: r.id, status: 'ready', codes: r.codes });
    expect(snap.storedCodes[r.id]).toBe(r.codes);
  }
}

test('after install the store is seeded with every bundled code', async ({ context, extensionId }) => {
  const diag = await DiagnosticsPage.open(context, extensionId);
  await diag.waitUntilReady();
  await expectCleanReadyStore(diag);
  await expect(diag.page.getByTestId('release-icd10')).toHaveAttribute('data-status', 'ready');
});

test('seeding again duplicates nothing', async ({ context, extensionId }) => {
  const diag = await DiagnosticsPage.open(context, extensionId);
  await diag.waitUntilReady();
  await diag.page.getByTestId('reseed').click();
  await expect(diag.page.getByTestId('reseed-result')).toContainText('done in', { timeout: 30_000 });
  expect(await diag.send('reseed', {})).toMatchObject({ ok: true });
  await expectCleanReadyStore(diag);
});

test('a service worker stopped mid-seed recovers to a clean ready store', async ({
  context,
  extensionId,
}) => {
  const diag = await DiagnosticsPage.open(context, extensionId);
  await diag.waitUntilReady();
  // Empty the store and seed again, then stop the worker while rows are being written.
  await diag.page.evaluate(
    () => void chrome.runtime.sendMessage({ type: 'reseed', data: { wipe: true } }).catch(() => undefined),
  );
  // Poll the phase alone: a full snapshot reads every code and is too slow to catch the write window.
  await expect.poll(() => diag.phase(), { intervals: [5], timeout: 30_000 }).toMatch(/^(codes|terms)$/);
  const cdp = await context.newCDPSession(diag.page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  const interrupted = await diag.snapshot();
  expect(interrupted.activeKey).toBeNull(); // nothing half-seeded is usable
  expect(interrupted.releases.some((r) => r.status === 'seeding')).toBe(true);

  // Any event wakes the worker; its start resumes seeding.
  const status = await diag.send('getSeedStatus', {});
  expect(status.ok).toBe(true);
  await diag.waitUntilReady();
  await expectCleanReadyStore(diag);
});

test('a half-written release left by an earlier crash is redone on the next start', async ({
  context,
  extensionId,
}) => {
  const diag = await DiagnosticsPage.open(context, extensionId);
  await diag.waitUntilReady();
  const icd = manifest.releases.find((r) => r.id.startsWith('icd10'))!;
  // Simulate a crash: the release marked 'seeding', half its buckets gone, no index pointer.
  await diag.page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const req = indexedDB.open('sidecoder');
      req.onsuccess = () => ok(req.result);
    });
    const tx = db.transaction(['releases', 'codeBlocks', 'meta'], 'readwrite');
    const rel = tx.objectStore('releases');
    rel.get(id).onsuccess = (e) => rel.put({ ...(e.target as IDBRequest).result, status: 'seeding' });
    tx.objectStore('codeBlocks').delete(IDBKeyRange.bound([id, 'M'], [id, 'Z\uffff']));
    tx.objectStore('meta').delete('activeIndex');
    await new Promise((ok) => (tx.oncomplete = ok));
    db.close();
  }, icd.id);
  expect((await diag.snapshot()).storedCodes[icd.id]).toBeLessThan(icd.codes);

  const cdp = await context.newCDPSession(diag.page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await diag.send('getSeedStatus', {});
  await expect.poll(async () => (await diag.snapshot()).activeKey, { timeout: 30_000 }).not.toBeNull();
  await expectCleanReadyStore(diag);
});

test('content scripts may search but not reseed', async ({ context, extensionId, eprServer }) => {
  const diag = await DiagnosticsPage.open(context, extensionId);
  await diag.waitUntilReady();
  const search = (await diag.send('search', { query: 'pneumonia', system: 'icd10' })) as {
    ok: boolean;
    data: { ready: boolean; results: { code: string }[] };
  };
  expect(search.ok).toBe(true);
  expect(search.data.ready).toBe(true);
  expect(search.data.results.length).toBeGreaterThan(0);
  expect(await diag.send('dropEverything', {})).toMatchObject({
    ok: false,
    error: 'unknown message type "dropEverything"',
  });

  // From the EPR page, in the content script's isolated world (found through CDP), as a content
  // script would send it.
  const epr = await context.newPage();
  await epr.goto(`${eprServer.origin}/discharge-summary.html`);
  const cdp = await context.newCDPSession(epr);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  await expect.poll(() => worlds.some((w) => w.origin.includes(extensionId))).toBe(true);
  const world = worlds.find((w) => w.origin.includes(extensionId))!;
  const fromContent = async (message: object) =>
    (
      await cdp.send('Runtime.evaluate', {
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      })
    ).result.value as { ok: boolean; error?: string };
  expect(await fromContent({ type: 'search', data: { query: 'lobar pneumonia' } })).toMatchObject({
    ok: true,
  });
  expect(await fromContent({ type: 'reseed', data: { wipe: true } })).toEqual({
    ok: false,
    error: `"reseed" is accepted only from the extension's own pages`,
  });
  await expectCleanReadyStore(diag);
});
