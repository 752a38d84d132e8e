/**
 * The Range of a mention on the page: its item's element, the item text inside that element's text
 * (whitespace collapsed the way extraction collapses it) and the mention's start/end in the item.
 * Falls back to the whole element when the text cannot be matched (form controls, re-rendered text).
 * Contexts: content script; unit tests with happy-dom. Reads only; never changes the page.
 */
import {
  ELEMENT_NODE,
  TEXT_NODE,
  firstChild,
  nextSibling,
  nodeType,
  tagOf,
  textData,
} from '@/lib/extract/safe-dom';

/** Beyond this much text in one element, highlight the element rather than map characters. */
const MAX_ELEMENT_CHARS = 100_000;
const SKIP = new Set(['script', 'style', 'template', 'noscript']);
const WHITESPACE = /\s/;

interface TextMap {
  text: string;
  nodes: Node[];
  /** For collapsed character i: index into `nodes` and offset within that node. */
  node: number[];
  offset: number[];
}

function mapText(el: Element): TextMap | null {
  const map: TextMap = { text: '', nodes: [], node: [], offset: [] };
  let chars = '';
  let lastSpace = true; // leading whitespace is dropped
  const stack: Node[] = [];
  for (let c = firstChild(el); c; c = nextSibling(c)) stack.push(c);
  stack.reverse();
  while (stack.length) {
    const n = stack.pop()!;
    const t = nodeType(n);
    if (t === TEXT_NODE) {
      const data = textData(n);
      const ni = map.nodes.length;
      map.nodes.push(n);
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        const space = WHITESPACE.test(ch);
        if (space && lastSpace) continue;
        chars += space ? ' ' : ch;
        map.node.push(ni);
        map.offset.push(i);
        lastSpace = space;
      }
      if (chars.length > MAX_ELEMENT_CHARS) return null;
    } else if (t === ELEMENT_NODE && !SKIP.has(tagOf(n as Element))) {
      const kids: Node[] = [];
      for (let c = firstChild(n); c; c = nextSibling(c)) kids.push(c);
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  map.text = chars;
  return map;
}

function wholeElement(doc: Document, el: Element): Range {
  const range = doc.createRange();
  const tag = tagOf(el);
  if (tag === 'input' || tag === 'textarea' || tag === 'select') range.selectNode(el);
  else range.selectNodeContents(el);
  return range;
}

/**
 * The range of characters [start, end) of `itemText` inside `el`; the whole element when the item
 * text is not found there.
 */
export function mentionRange(
  doc: Document,
  el: Element,
  itemText: string,
  start: number,
  end: number,
): Range {
  // A mention in a same-origin frame belongs to the frame's document.
  doc = el.ownerDocument ?? doc;
  const map = mapText(el);
  const at = map && itemText ? map.text.indexOf(itemText) : -1;
  if (!map || at < 0) return wholeElement(doc, el);
  const s = at + Math.max(0, Math.min(start, itemText.length));
  const e = at + Math.max(0, Math.min(end, itemText.length));
  if (e <= s) return wholeElement(doc, el);
  const range = doc.createRange();
  range.setStart(map.nodes[map.node[s]!]!, map.offset[s]!);
  range.setEnd(map.nodes[map.node[e - 1]!]!, map.offset[e - 1]! + 1);
  return range;
}
