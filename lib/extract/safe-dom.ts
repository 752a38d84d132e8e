/**
 * Page-proof DOM and string access for extraction. Contexts: content script; Node tools that build a
 * DOM with happy-dom. No side effects beyond reading built-ins at import.
 *
 * The content script runs in an isolated world, so page scripts cannot patch our built-ins. Extraction
 * is still written as if they could: the accessors below are read once, at import, from the realm's
 * prototypes and called through a captured `Reflect.apply`, so a page (or a test) that later replaces
 * `Element.prototype.getAttribute`, `document.querySelectorAll` or `String.prototype.trim` neither
 * breaks nor steers what we read. Text is read through `data`/`value` getters, never as markup.
 */

const apply = Reflect.apply;
const getDescriptor = Object.getOwnPropertyDescriptor;
const getProto = Object.getPrototypeOf;

type Fn = (...args: never[]) => unknown;

/** Finds a getter (or method) by walking a prototype chain; undefined when the realm lacks it. */
function lookup(proto: unknown, name: string, kind: 'get' | 'value'): Fn | undefined {
  for (let p = proto; p; p = getProto(p)) {
    const d = getDescriptor(p, name);
    if (d) return (kind === 'get' ? d.get : d.value) as Fn | undefined;
  }
  return undefined;
}

const g = globalThis as unknown as Record<string, { prototype: unknown } | undefined>;
const protoOf = (name: string): unknown => g[name]?.prototype;

// Captured at import; where a realm has no DOM (plain Node) each falls back to property access.
const C = {
  firstChild: lookup(protoOf('Node'), 'firstChild', 'get'),
  nextSibling: lookup(protoOf('Node'), 'nextSibling', 'get'),
  parentNode: lookup(protoOf('Node'), 'parentNode', 'get'),
  nodeType: lookup(protoOf('Node'), 'nodeType', 'get'),
  textContent: lookup(protoOf('Node'), 'textContent', 'get'),
  // Some DOMs (happy-dom) define textContent again on Element; the nearest getter is the right one.
  elementTextContent: lookup(protoOf('Element'), 'textContent', 'get'),
  contains: lookup(protoOf('Node'), 'contains', 'value'),
  data: lookup(protoOf('CharacterData'), 'data', 'get'),
  localName: lookup(protoOf('Element'), 'localName', 'get'),
  getAttribute: lookup(protoOf('Element'), 'getAttribute', 'value'),
  shadowRoot: lookup(protoOf('Element'), 'shadowRoot', 'get'),
  elQsa: lookup(protoOf('Element'), 'querySelectorAll', 'value'),
  docQsa: lookup(protoOf('Document'), 'querySelectorAll', 'value'),
  fragQsa: lookup(protoOf('DocumentFragment'), 'querySelectorAll', 'value'),
  inputValue: lookup(protoOf('HTMLInputElement'), 'value', 'get'),
  textareaValue: lookup(protoOf('HTMLTextAreaElement'), 'value', 'get'),
  selectIndex: lookup(protoOf('HTMLSelectElement'), 'selectedIndex', 'get'),
  selectOptions: lookup(protoOf('HTMLSelectElement'), 'options', 'get'),
  iframeDoc: lookup(protoOf('HTMLIFrameElement'), 'contentDocument', 'get'),
  ownerDocument: lookup(protoOf('Node'), 'ownerDocument', 'get'),
  defaultView: lookup(protoOf('Document'), 'defaultView', 'get'),
  // A window's operations are its own properties (WebIDL [Global]), not its prototype's.
  computedStyle: (typeof getComputedStyle === 'function' ? getComputedStyle : undefined) as Fn | undefined,
  propertyValue: lookup(protoOf('CSSStyleDeclaration'), 'getPropertyValue', 'value'),
  replace: String.prototype.replace as Fn,
  toLowerCase: String.prototype.toLowerCase as Fn,
  slice: String.prototype.slice as Fn,
  indexOf: String.prototype.indexOf as Fn,
  split: String.prototype.split as Fn,
  test: RegExp.prototype.test as Fn,
  exec: RegExp.prototype.exec as Fn,
};

function read<T>(fn: Fn | undefined, target: unknown, name: string, args: unknown[] = []): T {
  if (fn) return apply(fn, target, args) as T;
  const v = (target as Record<string, unknown>)[name];
  return (typeof v === 'function' ? apply(v as Fn, target, args) : v) as T;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;
export const FRAGMENT_NODE = 11;

/** Tree navigation with captured getters. */
export const firstChild = (n: Node): Node | null => read(C.firstChild, n, 'firstChild');
export const nextSibling = (n: Node): Node | null => read(C.nextSibling, n, 'nextSibling');
export const parentNode = (n: Node): Node | null => read(C.parentNode, n, 'parentNode');
export const nodeType = (n: Node): number => read(C.nodeType, n, 'nodeType');
export const contains = (a: Node, b: Node): boolean => read(C.contains, a, 'contains', [b]);
/** A text node's characters. */
export const textData = (n: Node): string => read(C.data, n, 'data');
/** All text under a node (no markup): `textContent`. */
export const textOf = (n: Node): string =>
  read<string | null>(
    nodeType(n) === ELEMENT_NODE ? C.elementTextContent : C.textContent,
    n,
    'textContent',
  ) ?? '';
/** Lower-case tag name ("div", "sidecoder-badge"). */
export const tagOf = (el: Element): string => read(C.localName, el, 'localName');
export const attr = (el: Element, name: string): string | null =>
  read(C.getAttribute, el, 'getAttribute', [name]);
export const openShadowRoot = (el: Element): ShadowRoot | null => read(C.shadowRoot, el, 'shadowRoot');

/** querySelectorAll on a document, element or shadow root, as a plain array; [] on a bad selector. */
export function selectAll(root: ParentNode & Node, selector: string): Element[] {
  const t = nodeType(root);
  const fn = t === DOCUMENT_NODE ? C.docQsa : t === FRAGMENT_NODE ? C.fragQsa : C.elQsa;
  const out: Element[] = [];
  try {
    const list = read<NodeListOf<Element>>(fn, root, 'querySelectorAll', [selector]);
    for (let i = 0; i < list.length; i++) out[out.length] = list[i]!;
  } catch {
    // An invalid selector in a profile skips that selector only (profiles are validated up front).
  }
  return out;
}

/** The current value of a form control as text; for a select, the chosen option's text. */
export function controlValue(el: Element, tag: string): string {
  if (tag === 'textarea') return read<string>(C.textareaValue, el, 'value') ?? '';
  if (tag === 'input') return read<string>(C.inputValue, el, 'value') ?? '';
  const i = read<number>(C.selectIndex, el, 'selectedIndex');
  if (i < 0) return '';
  const opts = read<HTMLOptionsCollection>(C.selectOptions, el, 'options');
  const opt = opts?.[i];
  return opt ? textOf(opt) : '';
}

/** A same-origin iframe's document, or null when it is cross-origin or not loaded. */
export function frameDocument(el: Element): Document | null {
  try {
    return read<Document | null>(C.iframeDoc, el, 'contentDocument');
  } catch {
    return null; // cross-origin access throws in some engines; others return null
  }
}

/** String helpers through captured built-ins. */
/**
 * Whether the page shows `el`'s newlines as line breaks (`white-space: pre-line` and the like; a
 * `<pre>`). Asks for the computed style, so callers ask only for text that has a newline inside it.
 */
export function keepsLineBreaks(el: Element): boolean {
  if (tagOf(el) === 'pre') return true;
  try {
    let compute = C.computedStyle;
    let self: unknown = globalThis;
    if (!compute) {
      // Node tools: the DOM's own window (happy-dom) has it.
      const doc = read<Document | null>(C.ownerDocument, el, 'ownerDocument');
      self = doc ? read<Window | null>(C.defaultView, doc, 'defaultView') : null;
      compute = (self as { getComputedStyle?: Fn } | null)?.getComputedStyle as Fn | undefined;
    }
    if (!compute) return false;
    const style = apply(compute, self, [el]) as CSSStyleDeclaration;
    const ws = read<string>(C.propertyValue, style, 'getPropertyValue', ['white-space']);
    return ws === 'pre' || ws === 'pre-wrap' || ws === 'pre-line' || ws === 'break-spaces';
  } catch {
    return false; // a detached or foreign node
  }
}

export const sReplace = (s: string, re: RegExp, to: string): string =>
  apply(C.replace, s, [re, to]) as string;
export const lower = (s: string): string => apply(C.toLowerCase, s, []) as string;
export const sSlice = (s: string, a: number, b?: number): string => apply(C.slice, s, [a, b]) as string;
export const sIndexOf = (s: string, sub: string): number => apply(C.indexOf, s, [sub]) as number;
export const sSplit = (s: string, re: RegExp): string[] => apply(C.split, s, [re]) as string[];
export const sSplitAt = (s: string, sep: string): string[] => apply(C.split, s, [sep]) as string[];
export const reTest = (re: RegExp, s: string): boolean => apply(C.test, re, [s]) as boolean;
export const reExec = (re: RegExp, s: string): RegExpExecArray | null =>
  apply(C.exec, re, [s]) as RegExpExecArray | null;

// `\s` beyond ASCII (no-break space, Ogham space, en quad … hair space, line and paragraph
// separators, narrow no-break space, medium mathematical space, ideographic space, BOM).
const WIDE_SPACES = new Set([
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]);

/** True when the one-unit string `ch` is matched by the regex `\s`. */
export function isSpaceChar(ch: string): boolean {
  if (ch === ' ') return true;
  if (ch < '\u00a0') return ch <= '\r' && ch >= '\t';
  return WIDE_SPACES.has(ch);
}

/** True when `s` is empty or only whitespace: `collapse(s) === ''`. */
export function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if ((ch > ' ' && ch < '\u00a0') || !isSpaceChar(ch)) return false;
  }
  return true;
}

/**
 * Collapses runs of whitespace to one space and trims: exactly
 * `s.replace(/\s+/g, ' ').replace(/^ | $/g, '')`. A character loop, not those regexes: this runs on
 * every text node and line, and a cold content script runs regexes on long text slowly. Text that
 * needs no change (most of it) is returned as it is; otherwise only the runs that change are rebuilt.
 */
export function collapse(s: string): string {
  const n = s.length;
  let out = '';
  let copied = 0; // s[copied..] is not in `out` yet
  let i = 0;
  while (i < n) {
    const ch = s[i]!;
    // Printable ASCII and Latin-1 below U+00A0 first: most characters, no call needed.
    if ((ch > ' ' && ch < '\u00a0') || !isSpaceChar(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSpaceChar(s[j]!)) j++;
    // A lone ' ' between words stays; any other run becomes ' ', or nothing at either end.
    const edge = i === 0 || j === n;
    if (edge || j > i + 1 || ch !== ' ') {
      out += sSlice(s, copied, i);
      if (!edge) out += ' ';
      copied = j;
    }
    i = j;
  }
  return copied === 0 ? s : out + sSlice(s, copied, n);
}

/** Appends without `Array.prototype.push` (a page may have replaced it in its own realm). */
export function add<T>(arr: T[], item: T): void {
  arr[arr.length] = item;
}
