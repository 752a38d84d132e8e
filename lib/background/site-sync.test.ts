import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DYNAMIC_SCRIPT_ID } from '@/lib/sites/script-registration';
import { SETTINGS_KEYS } from '@/lib/sites/settings';
import { selectionMenuProperties, SELECTION_MENU_ID, syncSelectionMenu } from './selection-menu';
import { isSitesChange } from '@/lib/sites/site-store';
import { syncSites } from './site-sync';

type Script = Browser.scripting.RegisteredContentScript;
let registered: Script[];
let menu: Record<string, unknown> | null;
let granted: Set<string>;
let api: never;

beforeEach(() => {
  registered = [];
  menu = null;
  granted = new Set(['https://epr.trust.nhs.uk/*']);
  const scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
      registered.filter((s) => ids.includes(s.id)),
    registerContentScripts: async (s: Script[]) => {
      if (registered.length) throw new Error('Duplicate script ID');
      registered = s;
    },
    updateContentScripts: async (s: Script[]) => void (registered = s),
    unregisterContentScripts: async () => void (registered = []),
  };
  const contextMenus = {
    update: async (id: string, props: Record<string, unknown>) => {
      if (!menu) throw new Error(`Cannot find menu item with id ${id}`);
      menu = { ...menu, ...props };
    },
    create: (props: Record<string, unknown>, done: () => void) => {
      menu = props;
      done();
    },
  };
  const permissions = {
    contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
  };
  const runtime = {
    lastError: undefined,
    getManifest: () => ({
      manifest_version: 3,
      name: 'Sidecoder',
      version: '0.1.0',
      content_scripts: [
        { matches: ['http://localhost/*'], js: ['content-scripts/epr.js'], run_at: 'document_idle' },
      ],
    }),
  };
  api = { storage: fakeBrowser.storage, scripting, contextMenus, permissions, runtime } as never;
});

const setSites = (value: unknown) => fakeBrowser.storage.local.set({ [SETTINGS_KEYS.sites]: value });

describe('syncSites', () => {
  it('registers the script for granted enabled origins and shows the menu there and on built-ins', async () => {
    await setSites({
      enabled: ['https://epr.trust.nhs.uk', 'https://not-granted.nhs.uk'],
      disabled: ['file://'],
    });
    const result = await syncSites(api);
    expect(result?.scriptMatches).toEqual(['https://epr.trust.nhs.uk/*']);
    expect(registered).toEqual([
      expect.objectContaining({
        id: DYNAMIC_SCRIPT_ID,
        matches: ['https://epr.trust.nhs.uk/*'],
        js: ['content-scripts/epr.js'],
        runAt: 'document_idle',
        allFrames: false,
      }),
    ]);
    expect(menu).toMatchObject({
      id: SELECTION_MENU_ID,
      contexts: ['selection'],
      visible: true,
      documentUrlPatterns: ['http://localhost/*', 'http://127.0.0.1/*', 'https://epr.trust.nhs.uk/*'],
    });
  });

  it('follows a withdrawn permission and a removed origin', async () => {
    await setSites({ enabled: ['https://epr.trust.nhs.uk'], disabled: [] });
    await syncSites(api);
    granted.clear();
    await syncSites(api);
    expect(registered).toEqual([]);
    granted.add('https://epr.trust.nhs.uk/*');
    await syncSites(api);
    await setSites({ enabled: [], disabled: [] });
    await syncSites(api);
    expect(registered).toEqual([]);
  });

  it('runs overlapping syncs one at a time (no duplicate registration)', async () => {
    await setSites({ enabled: ['https://epr.trust.nhs.uk'], disabled: [] });
    const results = await Promise.all([syncSites(api), syncSites(api)]);
    expect(results.every((r) => r !== null)).toBe(true);
    expect(registered).toHaveLength(1);
  });

  it('hides the menu when no site is active and reports failures without throwing', async () => {
    await setSites({ enabled: [], disabled: ['http://localhost', 'http://127.0.0.1', 'file://'] });
    await syncSites(api);
    expect(menu).toMatchObject({ visible: false });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    Object.assign((api as { scripting: object }).scripting, {
      getRegisteredContentScripts: async () => {
        throw new Error('boom');
      },
    });
    expect(await syncSites(api)).toBeNull();
    expect(error).toHaveBeenCalledWith('sidecoder: site sync failed', 'boom');
  });
});

describe('selection menu', () => {
  it('updates an existing item instead of creating a second one', async () => {
    await syncSelectionMenu(['http://localhost/*'], api);
    const create = vi.spyOn((api as { contextMenus: { create: () => void } }).contextMenus, 'create');
    await syncSelectionMenu(['https://epr.trust.nhs.uk/*'], api);
    expect(create).not.toHaveBeenCalled();
    expect(menu).toMatchObject({ documentUrlPatterns: ['https://epr.trust.nhs.uk/*'] });
  });

  it('never passes an empty pattern list', () => {
    expect(selectionMenuProperties([])).toMatchObject({ visible: false, documentUrlPatterns: undefined });
  });
});

describe('isSitesChange', () => {
  it('reacts only to the sites key in storage.local', () => {
    expect(isSitesChange({ [SETTINGS_KEYS.sites]: { newValue: {} } }, 'local')).toBe(true);
    expect(isSitesChange({ [SETTINGS_KEYS.sites]: { newValue: {} } }, 'session')).toBe(false);
    expect(isSitesChange({ traineeMode: { newValue: true } }, 'local')).toBe(false);
  });
});
