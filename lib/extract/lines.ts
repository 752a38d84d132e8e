/**
 * The line model extraction works on. Pure types and helpers; content script and Node tools.
 *
 * The page is flattened into lines in reading order: headings (h1–h6), labels (bold lead-ins, form
 * labels, `dt`, "Label:" prefixes, table column headers), text and blank lines. Segmentation then
 * decides which section each text line belongs to; layouts differ only in how lines are produced.
 */
import {
  attr,
  DOCUMENT_NODE,
  ELEMENT_NODE,
  FRAGMENT_NODE,
  nodeType,
  parentNode,
  tagOf,
  TEXT_NODE,
  isBlank,
  firstChild,
  nextSibling,
  reTest,
  textData,
} from './safe-dom';

export type LineRole = 'heading' | 'label' | 'text' | 'blank';

export interface Line {
  role: LineRole;
  /** Heading or label text (trailing colon removed), or the item text. Whitespace collapsed. */
  text: string;
  /** The element the line came from (for highlighting); for a label, the label's element. */
  el: Element;
  /** 1–6 for headings, 7 for labels. */
  level: number;
  /** Item qualifier from the layout: a table's type/status cells. */
  label?: string;
  /** Headings and labels: content outside this node is no longer under them. */
  scope?: Node;
}

// Children that do not count as content when deciding whether a wrapper holds only a label.
const DECOR = /^(button|svg|img|i|br|hr|script|style|template|input)$/;

function hasOtherContent(parent: Node, except: Node): boolean {
  for (let c = firstChild(parent); c; c = nextSibling(c)) {
    if (c === except) continue;
    const t = nodeType(c);
    if (t === TEXT_NODE) {
      if (!isBlank(textData(c))) return true;
    } else if (t === ELEMENT_NODE && !reTest(DECOR, tagOf(c as Element))) {
      if (attr(c as Element, 'hidden') === null) return true;
    }
  }
  return false;
}

/**
 * The region a heading or label governs: the nearest ancestor holding something besides the label
 * (and wrappers around only the label). `<p><b>Dx:</b> x</p>` → the p; `<p><b>Dx</b></p><ul>…` → the
 * p's parent, so the list that follows is in scope.
 */
export function scopeOf(node: Node): Node {
  let cur = node;
  for (;;) {
    const p = parentNode(cur);
    if (!p || nodeType(p) !== ELEMENT_NODE) return p ?? cur;
    const tag = tagOf(p as Element);
    if (tag === 'body' || tag === 'html') return p;
    if (hasOtherContent(p, cur)) return p;
    cur = p;
  }
}

/** `contains` that crosses open shadow roots and same-origin frames (a host contains its tree). */
export function composedContains(scope: Node, node: Node): boolean {
  let n: Node | null = node;
  for (let guard = 0; n && guard < 4096; guard++) {
    if (n === scope) return true;
    const p: Node | null = parentNode(n);
    if (p) {
      n = p;
      continue;
    }
    const t = nodeType(n);
    if (t === FRAGMENT_NODE) n = (n as ShadowRoot).host ?? null;
    else if (t === DOCUMENT_NODE) n = frameOf(n as Document);
    else n = null;
  }
  return false;
}

function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}
