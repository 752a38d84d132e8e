/**
 * Trainee badges on the page: one host element (`<sidecoder-badges>`, a name extraction ignores) with
 * a closed shadow root holding every badge and its styles. Badges are overlaid at the end of their
 * mention's Range rects (position: fixed), so the page's own content and layout never change; they are
 * re-placed on scroll, resize and page changes, at most once per animation frame. `destroy()` removes
 * the host and every listener. Contexts: content script; unit tests with happy-dom.
 */
import { BADGE_CSS } from './badge-styles';
import { buildBadge, type BadgeData } from './badge-view';

export const BADGE_HOST_TAG = 'sidecoder-badges';

export interface PlacedBadge extends BadgeData {
  range: Range;
}

export interface BadgeLayer {
  /** Replaces every badge. */
  render(badges: PlacedBadge[]): void;
  /** Re-place the badges on the next animation frame (rAF-throttled). */
  schedule(): void;
  destroy(): void;
  /** The host element while it exists (tests). */
  readonly host: HTMLElement | null;
}

const GAP_PX = 3;
const BADGE_HEIGHT_PX = 16;

function attachStyles(win: Window, root: ShadowRoot, doc: Document) {
  try {
    // A constructed sheet is not subject to the page's style-src CSP, unlike a <style> element.
    const sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
    sheet.replaceSync(BADGE_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    root.append(style);
  }
}

export function createBadgeLayer(doc: Document, win: Window): BadgeLayer {
  let host: HTMLElement | null = null;
  let list: HTMLElement | null = null;
  let placed: { wrap: HTMLElement; range: Range }[] = [];
  let frame: number | null = null;
  const listenOpts = { capture: true, passive: true } as const;

  function ensureHost(): HTMLElement {
    if (!host) {
      host = doc.createElement(BADGE_HOST_TAG);
      const root = host.attachShadow({ mode: 'closed' });
      attachStyles(win, root, doc);
      list = doc.createElement('div');
      list.className = 'badges';
      root.append(list);
      win.addEventListener('scroll', schedule, listenOpts);
      win.addEventListener('resize', schedule, listenOpts);
    }
    // The page may have removed it (a SPA re-rendering <html>'s children): put it back.
    if (!host.isConnected) doc.documentElement.append(host);
    return host;
  }

  function place() {
    frame = null;
    const vh = win.innerHeight;
    const vw = win.innerWidth;
    for (const { wrap, range } of placed) {
      const rects = range.getClientRects();
      const last = rects.length ? rects[rects.length - 1]! : null;
      const visible =
        !!last && (last.width > 0 || last.height > 0) && last.bottom > 0 && last.top < vh && last.right < vw;
      wrap.hidden = !visible;
      if (!visible) continue;
      wrap.style.left = `${Math.round(last.right + GAP_PX)}px`;
      wrap.style.top = `${Math.round(last.top + (last.height - BADGE_HEIGHT_PX) / 2)}px`;
    }
  }

  function schedule() {
    if (frame === null && host) frame = win.requestAnimationFrame(place);
  }

  return {
    render(badges) {
      if (!badges.length && !host) return;
      ensureHost();
      placed = badges.map((b, i) => ({ wrap: buildBadge(doc, b, i), range: b.range }));
      list!.replaceChildren(...placed.map((p) => p.wrap));
      place();
    },
    schedule,
    destroy() {
      if (frame !== null) win.cancelAnimationFrame(frame);
      frame = null;
      win.removeEventListener('scroll', schedule, listenOpts);
      win.removeEventListener('resize', schedule, listenOpts);
      host?.remove();
      host = null;
      list = null;
      placed = [];
    },
    get host() {
      return host;
    },
  };
}
