/**
 * The "Code with Sidecoder" context-menu item on selected text, shown only on pages Sidecoder is
 * active on. Contexts: background only (contextMenus).
 */
import { browser, type Browser, type WxtBrowser } from 'wxt/browser';

export const SELECTION_MENU_ID = 'sidecoder-code-selection';
export const SELECTION_MENU_TITLE = 'Code with Sidecoder';

type MenusApi = Pick<WxtBrowser, 'contextMenus' | 'runtime'>;

/** The item's properties for the active patterns; no patterns means no item to show. Pure. */
export function selectionMenuProperties(patterns: string[]): Browser.contextMenus.CreateProperties {
  return {
    id: SELECTION_MENU_ID,
    title: SELECTION_MENU_TITLE,
    contexts: ['selection'],
    // An empty documentUrlPatterns list is not "nowhere" in every browser: hide the item instead.
    documentUrlPatterns: patterns.length > 0 ? patterns : undefined,
    visible: patterns.length > 0,
  };
}

/**
 * Create the item or bring it up to date. Chrome keeps menu items across worker restarts and
 * Firefox does not, so update first and create only when there is nothing to update.
 */
export async function syncSelectionMenu(patterns: string[], api: MenusApi = browser): Promise<void> {
  const { id, ...props } = selectionMenuProperties(patterns);
  try {
    await api.contextMenus.update(id!, props);
  } catch {
    await new Promise<void>((resolve, reject) => {
      api.contextMenus.create({ id, ...props }, () => {
        const error = api.runtime.lastError;
        if (error) reject(new Error(error.message));
        else resolve();
      });
    });
  }
}
