import { handleMessage } from '@/lib/messaging/handle-message';
import { forgetPageMentions } from '@/lib/page-store/page-store';
import { ensureSeeded } from '@/lib/sync/run-seed';

// Wiring only: seeding lives in lib/sync, message handling in lib/messaging.
export default defineBackground(() => {
  const seed = () => void ensureSeeded().catch((err) => console.error('sidecoder: seeding failed', err));

  browser.runtime.onInstalled.addListener(() => {
    // The toolbar action opens the side panel (Chrome/Edge).
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
    seed();
  });
  // Firefox has no side panel API: the same button toggles its sidebar_action instead.
  const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
  if (!browser.sidePanel && sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());
  // A worker stopped mid-seed resumes on the next start; an up-to-date store returns at once.
  browser.runtime.onStartup.addListener(seed);
  seed();

  // A closed tab's mentions are not kept.
  browser.tabs.onRemoved.addListener((tabId) => void forgetPageMentions(tabId).catch(() => undefined));

  browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    void handleMessage(msg, sender).then(sendResponse);
    return true; // the answer is sent asynchronously
  });
});
