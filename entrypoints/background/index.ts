export default defineBackground(() => {
  // The toolbar action opens the side panel (Chrome/Edge); Firefox uses sidebar_action.
  browser.runtime.onInstalled.addListener(() => {
    void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
  });
});
