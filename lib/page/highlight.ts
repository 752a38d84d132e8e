/**
 * Scrolls to a mention and highlights it with the CSS Custom Highlight API: the page's content, DOM
 * and layout stay as they were (a Highlight styles a Range; nothing is inserted). The
 * `::highlight(sidecoder-mention)` rule lives in a constructed stylesheet adopted by the document
 * (adoptedStyleSheets: no element, not subject to the page's style-src CSP), removed with the
 * highlight. Chromium shares the highlight registry between the page's and the content script's
 * worlds, so the rule and the Highlight meet. Contexts: content script; unit tests with happy-dom.
 */
import type { Clock } from './clock';

export const HIGHLIGHT_NAME = 'sidecoder-mention';
/** How long a highlight stays. */
export const HIGHLIGHT_MS = 4000;

const RULE = `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffdd00; color: #0b0c0c; }`;

interface HighlightApi {
  registry: {
    set(name: string, h: unknown): unknown;
    get(name: string): unknown;
    delete(name: string): boolean;
  };
  Highlight: new (...ranges: Range[]) => unknown;
}

function highlightApi(win: Window): HighlightApi | null {
  const w = win as unknown as {
    CSS?: { highlights?: HighlightApi['registry'] };
    Highlight?: HighlightApi['Highlight'];
  };
  const registry = w.CSS?.highlights;
  return registry && typeof w.Highlight === 'function' ? { registry, Highlight: w.Highlight } : null;
}

export interface Highlighter {
  /** Scroll `el` into view and highlight `range` (cleared after HIGHLIGHT_MS or on the next call). */
  show(el: Element, range: Range): void;
  /** Remove the highlight and its stylesheet. */
  clear(): void;
}

/** A document or shadow root that can adopt constructed stylesheets. */
type SheetRoot = Pick<Document, 'adoptedStyleSheets'>;

export function createHighlighter(doc: Document, win: Window, clock: Clock): Highlighter {
  const api = highlightApi(win);
  let sheet: CSSStyleSheet | null = null;
  let current: unknown = null;
  let timer: number | null = null;
  // Where our sheet is adopted: the document, and an open shadow root holding the mention (a
  // ::highlight rule in the document does not reach into a shadow tree).
  const adopted = new Set<SheetRoot>();

  function adoptSheet(root: SheetRoot) {
    try {
      if (!sheet) {
        sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
        sheet.replaceSync(RULE);
      }
      // The page may have replaced its adopted sheets since: add ours again if it went.
      if (!root.adoptedStyleSheets.includes(sheet))
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      adopted.add(root);
    } catch {
      // No constructable stylesheets: the highlight is registered but unstyled (the scroll remains).
    }
  }

  function clear() {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
    if (api && current && api.registry.get(HIGHLIGHT_NAME) === current) api.registry.delete(HIGHLIGHT_NAME);
    current = null;
    const s = sheet;
    for (const root of adopted) {
      try {
        if (s && root.adoptedStyleSheets.includes(s))
          root.adoptedStyleSheets = root.adoptedStyleSheets.filter((x) => x !== s);
      } catch {
        // The document went away (navigation): nothing left to remove.
      }
    }
    adopted.clear();
  }

  return {
    show(el, range) {
      clear();
      try {
        el.scrollIntoView({ behavior: 'smooth', block: 'center' });
      } catch {
        el.scrollIntoView();
      }
      // Only this document's registry and styles: a mention in a frame is scrolled to, not painted.
      if (!api || el.ownerDocument !== doc) return;
      adoptSheet(doc);
      const root = el.getRootNode();
      if (root !== doc && 'adoptedStyleSheets' in root) adoptSheet(root as ShadowRoot);
      current = new api.Highlight(range);
      api.registry.set(HIGHLIGHT_NAME, current);
      timer = clock.setTimeout(clear, HIGHLIGHT_MS);
    },
    clear,
  };
}
