import { handleCommand, handleMenuClick } from '@/lib/background/code-selection';
import { syncSites } from '@/lib/background/site-sync';
import { isSitesChange } from '@/lib/sites/site-store';
import { handleMessage } from '@/lib/messaging/handle-message';
import { serveRequestPort } from '@/lib/messaging/port-server';
import { forgetPageMentions } from '@/lib/page-store/page-store';
import { ensureSeeded } from '@/lib/sync/run-seed';

// Wiring only: seeding lives in lib/sync, message handling in lib/messaging, sites in lib/background.
export default defineBackground(() => {
  const seed = () => void ensureSeeded().catch((err) => console.error('sidecoder: seeding failed', err));
  const sites = () => void syncSites();

  browser.runtime.onInstalled.addListener(() => {
    // The toolbar action opens the side panel (Chrome/Edge).
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
    seed();
    sites();
  });
  // Firefox has no side panel API: the same button toggles its sidebar_action instead.
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (!browser.sidePanel && sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());
  // A worker stopped mid-seed resumes on the next start; an up-to-date store returns at once.
  browser.runtime.onStartup.addListener(seed);
  seed();

  // The dynamic content script and the selection menu follow the site settings and permissions.
  browser.runtime.onStartup.addListener(sites);
  browser.storage.onChanged.addListener((changes, area) => isSitesChange(changes, area) && sites());
  browser.permissions.onAdded.addListener(sites);
  browser.permissions.onRemoved.addListener(sites);
  sites();

  // "Code with Sidecoder": both open the side panel first, while the user's gesture still counts.
  browser.contextMenus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void handleCommand(command, tab));

  // A closed tab's mentions are not kept.
  browser.tabs.onRemoved.addListener((tabId) => void forgetPageMentions(tabId).catch(() => undefined));

  browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    void handleMessage(msg, sender).then(sendResponse);
    return true; // the answer is sent asynchronously
  });
  // Content scripts send their page reads over one port each (see lib/messaging/port-client.ts).
  browser.runtime.onConnect.addListener((port) => void serveRequestPort(port, handleMessage));
});
