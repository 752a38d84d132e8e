import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SELECTION_KEY, SELECTION_MAX_CHARS, type CodeSelection } from '@/lib/messaging/protocol';
import { SETTINGS_KEYS } from '@/lib/sites/settings';
import { CODE_SELECTION_COMMAND, handleCommand, handleMenuClick } from './code-selection';
import { SELECTION_MENU_ID } from './selection-menu';

const PAGE = 'http://127.0.0.1:4000/discharge.html';
const tab = { id: 7, url: PAGE } as Browser.tabs.Tab;
let open: ReturnType<typeof vi.fn>;
let sendMessage: ReturnType<typeof vi.fn>;
let calls: string[];

let sidebarAction: { open: () => Promise<void> } | undefined;
let sidePanel: { open: typeof open } | undefined;

/** The APIs the handlers use: fake storage, with the panel and messaging calls recorded. */
function api() {
  const local = {
    get: (keys: string) => {
      calls.push('storage');
      return fakeBrowser.storage.local.get(keys);
    },
  };
  return {
    storage: { session: fakeBrowser.storage.session, local },
    tabs: { sendMessage },
    sidePanel,
    sidebarAction,
  } as never;
}
const stored = async () =>
  (await fakeBrowser.storage.session.get(SELECTION_KEY))[SELECTION_KEY] as CodeSelection | undefined;
const click = (selectionText: string, pageUrl = PAGE) =>
  ({
    menuItemId: SELECTION_MENU_ID,
    selectionText,
    pageUrl,
    editable: false,
  }) as Browser.contextMenus.OnClickData;

beforeEach(() => {
  calls = [];
  open = vi.fn(async () => void calls.push('open'));
  sendMessage = vi.fn(async () => ({ ok: true, data: { text: '  Left total hip replacement  ' } }));
  sidePanel = { open };
  sidebarAction = undefined;
});

describe('context menu "Code with Sidecoder"', () => {
  it('opens the side panel before anything else, then stores the selection for the tab', async () => {
    const pending = handleMenuClick(click('Type 2 diabetes mellitus'), tab, api());
    // Synchronously: the panel is asked to open and nothing has been awaited yet.
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(calls).toEqual(['open']);
    expect(await pending).toBe(true);
    expect(await stored())?.toMatchObject({ tabId: 7, text: 'Type 2 diabetes mellitus' });
    expect((await stored())?.at).toBeGreaterThan(0);
  });

  it(`caps the text at ${SELECTION_MAX_CHARS} characters`, async () => {
    await handleMenuClick(click('x'.repeat(SELECTION_MAX_CHARS + 100)), tab, api());
    expect((await stored())?.text).toHaveLength(SELECTION_MAX_CHARS);
  });

  it('ignores other menu items and stores nothing on a switched-off site', async () => {
    expect(await handleMenuClick({ ...click('a'), menuItemId: 'other' }, tab, api())).toBe(false);
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEYS.sites]: { enabled: [], disabled: ['http://127.0.0.1:4000'] },
    });
    expect(await handleMenuClick(click('Asthma'), tab, api())).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
    expect(await stored())?.toBeUndefined();
  });

  it("opens Firefox's sidebar where there is no side panel", async () => {
    const sidebarOpen = vi.fn(async () => undefined);
    sidePanel = undefined;
    sidebarAction = { open: sidebarOpen };
    await handleMenuClick(click('Asthma'), tab, api());
    expect(sidebarOpen).toHaveBeenCalledTimes(1);
    expect((await stored())?.text).toBe('Asthma');
  });
});

describe('keyboard command', () => {
  it("opens the panel first, then asks the tab's content script and stores its selection", async () => {
    const pending = handleCommand(CODE_SELECTION_COMMAND, tab, api());
    expect(calls).toEqual(['open']);
    expect(await pending).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'getSelection', data: {} }, { frameId: 0 });
    expect(await stored())?.toMatchObject({ tabId: 7, text: 'Left total hip replacement' });
  });

  it('stores nothing when nothing is selected, the answer is malformed or no script answers', async () => {
    sendMessage.mockResolvedValueOnce({ ok: true, data: { text: '   ' } });
    expect(await handleCommand(CODE_SELECTION_COMMAND, tab, api())).toBe(false);
    sendMessage.mockResolvedValueOnce({ ok: true, data: { text: 42 } });
    expect(await handleCommand(CODE_SELECTION_COMMAND, tab, api())).toBe(false);
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    expect(await handleCommand(CODE_SELECTION_COMMAND, tab, api())).toBe(false);
    expect(open).toHaveBeenCalledTimes(3);
    expect(await stored())?.toBeUndefined();
  });

  it('does not ask a page of a site that is not allowed, and ignores other commands', async () => {
    const other = { id: 8, url: 'https://news.example.com/' } as Browser.tabs.Tab;
    expect(await handleCommand(CODE_SELECTION_COMMAND, other, api())).toBe(false);
    expect(await handleCommand('something-else', tab, api())).toBe(false);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
