/**
 * The trainee badges' stylesheet, used only inside their shadow root so page styles cannot reach the
 * badges and badge styles cannot reach the page. `:host` rules are !important because the host element
 * itself sits in the page's tree (and in the shadow cascade, !important beats the page's !important).
 * Contexts: content script.
 */
export const BADGE_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  padding: 0 !important;
  border: 0 !important;
  overflow: visible !important;
  z-index: 2147483646 !important;
  pointer-events: none !important;
}
.wrap {
  position: fixed;
  pointer-events: auto;
  font: 11px/1.3 system-ui, -apple-system, "Segoe UI", Arial, sans-serif;
}
.wrap[hidden] { display: none; }
.badge {
  all: unset;
  box-sizing: border-box;
  display: inline-flex;
  gap: 2px;
  align-items: center;
  height: 16px;
  padding: 0 5px;
  border-radius: 3px;
  background: #005eb8;
  color: #fff;
  font: 600 11px/16px ui-monospace, "SFMono-Regular", Consolas, monospace;
  cursor: default;
  box-shadow: 0 1px 2px rgba(0, 0, 0, .25);
  white-space: nowrap;
}
.badge.uncertain { background: #ffb81c; color: #0b0c0c; }
.badge.history { background: #425563; }
.badge:focus-visible { outline: 3px solid #ffdd00; outline-offset: 1px; box-shadow: 0 0 0 5px #0b0c0c; }
.flag {
  display: inline-block;
  min-width: 10px;
  border-radius: 5px;
  background: #0b0c0c;
  color: #ffb81c;
  text-align: center;
  font-weight: 700;
}
.tip {
  display: none;
  position: absolute;
  top: 19px;
  left: 0;
  width: max-content;
  max-width: 340px;
  padding: 6px 8px;
  border: 1px solid #425563;
  border-radius: 4px;
  background: #fff;
  color: #0b0c0c;
  box-shadow: 0 2px 8px rgba(0, 0, 0, .2);
  white-space: normal;
}
.wrap:hover .tip, .wrap:focus-within .tip { display: block; }
.for { color: #425563; margin-bottom: 4px; overflow-wrap: anywhere; }
.row { margin: 3px 0; }
.code { font: 600 11px ui-monospace, Consolas, monospace; margin-right: 4px; }
.reason { color: #425563; font-size: 10px; }
`;
