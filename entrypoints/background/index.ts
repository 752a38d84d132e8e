import { handleMessage } from '@/lib/messaging/handle-message';
import { ensureSeeded } from '@/lib/sync/run-seed';

// Wiring only: seeding lives in lib/sync, message handling in lib/messaging.
export default defineBackground(() => {
  const seed = () => void ensureSeeded().catch((err) => console.error('sidecoder: seeding failed', err));

  browser.runtime.onInstalled.addListener(() => {
    // The toolbar action opens the side panel (Chrome/Edge); Firefox uses sidebar_action.
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
    seed();
  });
  // A worker stopped mid-seed resumes on the next start; an up-to-date store returns at once.
  browser.runtime.onStartup.addListener(seed);
  seed();

  browser.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    void handleMessage(msg, sender).then(sendResponse);
    return true; // the answer is sent asynchronously
  });
});
