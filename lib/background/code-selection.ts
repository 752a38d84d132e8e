/**
 * "Code with Sidecoder": the context-menu click and the keyboard command open the side panel and
 * hand it the selected text through storage.session. Contexts: background only.
 *
 * The side panel can only be opened in direct response to the user's action, so both handlers open
 * it before their first await. The selected text is page text: it is stored for the panel, never
 * logged.
 */
import { browser, type Browser, type WxtBrowser } from 'wxt/browser';
import { SELECTION_KEY, SELECTION_MAX_CHARS, type CodeSelection } from '@/lib/messaging/protocol';
import { askContent, type TabsMessenger } from '@/lib/messaging/ask-content';
import { siteEnabled } from '@/lib/sites/settings';
import { readSiteSettings } from '@/lib/sites/site-store';
import { SELECTION_MENU_ID } from './selection-menu';

export const CODE_SELECTION_COMMAND = 'code-selection';

type SelectionApi = Pick<WxtBrowser, 'storage' | 'tabs' | 'sidePanel'>;
type SidebarApi = { sidebarAction?: { open(): Promise<void> } };

/**
 * Open Sidecoder's panel for the tab: Chrome's side panel, or Firefox's sidebar. Synchronous up to
 * the browser call so that it still counts as the user's gesture.
 */
export function openPanel(
  tabId: number | undefined,
  api: SelectionApi & SidebarApi = browser,
): Promise<void> {
  try {
    if (api.sidePanel?.open && tabId !== undefined)
      return api.sidePanel.open({ tabId }).catch(() => undefined);
    if (api.sidebarAction) return api.sidebarAction.open().catch(() => undefined);
  } catch {
    // A browser without either API: the selection is still stored for the next time the panel opens.
  }
  return Promise.resolve();
}

/** Store the selection for the panel; blank text stores nothing. Returns whether it stored. */
export async function storeSelection(
  tabId: number,
  text: string,
  api: SelectionApi = browser,
): Promise<boolean> {
  const trimmed = text.trim().slice(0, SELECTION_MAX_CHARS);
  if (!trimmed) return false;
  const selection: CodeSelection = { tabId, text: trimmed, at: Date.now() };
  await api.storage.session.set({ [SELECTION_KEY]: selection });
  return true;
}

/** Whether Sidecoder is active on the page at `url` (unknown addresses are left to the caller). */
async function allowedPage(url: string, api: SelectionApi): Promise<boolean> {
  return siteEnabled(url, await readSiteSettings(api));
}

/** contextMenus.onClicked: open the panel, then store the menu's selection text. */
export function handleMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
  api: SelectionApi & SidebarApi = browser,
): Promise<boolean> {
  if (info.menuItemId !== SELECTION_MENU_ID || tab?.id === undefined) return Promise.resolve(false);
  const tabId = tab.id;
  const opened = openPanel(tabId, api);
  return (async () => {
    await opened;
    // The menu's URL patterns cannot leave out one port of a built-in host: check the settings too.
    if (!(await allowedPage(info.pageUrl ?? tab.url ?? '', api))) return false;
    return storeSelection(tabId, info.selectionText ?? '', api);
  })();
}

/** Ask the tab's content script (top frame) for its selection; '' when it cannot answer. */
export async function askSelection(tabId: number, api: TabsMessenger = browser): Promise<string> {
  const answer = await askContent(api, tabId, { type: 'getSelection', data: {} }, { frameId: 0 });
  return answer.ok ? answer.data.text : '';
}

/** commands.onCommand: open the panel, then store the page's selection if there is one. */
export function handleCommand(
  command: string,
  tab: Browser.tabs.Tab | undefined,
  api: SelectionApi & SidebarApi = browser,
): Promise<boolean> {
  if (command !== CODE_SELECTION_COMMAND || tab?.id === undefined) return Promise.resolve(false);
  const tabId = tab.id;
  const opened = openPanel(tabId, api);
  return (async () => {
    await opened;
    // The content script only runs on allowed pages; with activeTab the address is known as well.
    if (tab.url && !(await allowedPage(tab.url, api))) return false;
    return storeSelection(tabId, await askSelection(tabId, api), api);
  })();
}
