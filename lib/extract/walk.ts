/**
 * Flattens a DOM subtree into lines (see lines.ts): text, `<br>` breaks, block boundaries, form
 * control values, open shadow roots and same-origin iframes, with a cap on characters read.
 * Contexts: content script; Node tools with happy-dom.
 */
import { hasChipClass, hasDetailClass, hasItemClass, hasLabelClass } from './class-words';
import { classifyBareLine, classifyHeading, isAdminLabel, isTypeLabel } from './headings';
import { isIgnored } from './ignore';
import { composedContains, type Line, scopeOf } from './lines';
import {
  add,
  attr,
  collapse,
  controlValue,
  ELEMENT_NODE,
  firstChild,
  frameDocument,
  isBlank,
  keepsLineBreaks,
  lower,
  nextSibling,
  nodeType,
  openShadowRoot,
  parentNode,
  reExec,
  reTest,
  selectAll,
  sIndexOf,
  sReplace,
  sSlice,
  sSplit,
  tagOf,
  TEXT_NODE,
  textData,
  textOf,
} from './safe-dom';
import { LABEL_SEPARATOR, walkTable } from './tables';

/** Shared reading state: the character budget and the profile's ignored elements. */
export interface WalkState {
  lines: Line[];
  chars: number;
  maxChars: number;
  truncated: boolean;
  profileIgnore: string[];
  /** Elements matched by the profile's ignore selectors, per root already scanned. */
  skip: Set<Element>;
  scannedRoots: Set<Node>;
}

interface Segment {
  text: string;
  labelish: boolean;
  /** A labelish segment's element, or a text segment's first text node's parent. */
  node: Node;
  el: Element;
}

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'strong',
  'i',
  'em',
  'span',
  'small',
  'sub',
  'sup',
  'u',
  'mark',
  'code',
  'font',
  'label',
  'time',
  'q',
  'cite',
  's',
  'var',
  'kbd',
  'bdi',
  'bdo',
  'data',
  'wbr',
  'dfn',
  'ins',
  'del',
]);
const LABEL_TAGS = new Set(['b', 'strong', 'label', 'dt', 'th', 'legend', 'caption']);
const CHIP_MAX_CHARS = 40;
// Inline tags whose siblings, standing apart with only whitespace between them, are separate values.
const VALUE_TAGS = new Set(['span', 'a', 'data', 'time', 'small', 'mark', 'bdi']);
const CHIP_MAX_WORDS = 4;
const INLINE_LABEL = /^([^:]{1,50}?)\s*:\s*(.*)$/;

/** Creates reading state for one extraction. */
export function createWalkState(maxChars: number, profileIgnore: string[] = []): WalkState {
  return {
    lines: [],
    chars: 0,
    maxChars,
    truncated: false,
    profileIgnore,
    skip: new Set(),
    scannedRoots: new Set(),
  };
}

/** Walks `root` (document body, element, shadow root), appending its lines to `state.lines`. */
export function walkRoot(root: Node, state: WalkState): void {
  new Walker(state).run(root);
}

/** Collects the elements the profile's ignore selectors match under `root` (and its frames later). */
export function collectIgnored(root: Node, state: WalkState): void {
  new Walker(state).scanIgnore(root);
}

/** Text of an element including control values, whitespace collapsed; respects ignore rules. */
export function plainText(el: Element, state: WalkState): string {
  const sub: WalkState = { ...state, lines: [] };
  const w = new Walker(sub);
  w.inLabel = 1; // one line, no label splitting
  w.walkChildren(el);
  let out = '';
  for (let i = 0; i < w.buf.length; i++) out += w.buf[i]!.text;
  for (let i = 0; i < sub.lines.length; i++) out += ' ' + sub.lines[i]!.text;
  state.chars = sub.chars;
  state.truncated = sub.truncated;
  return collapse(out);
}

class Walker {
  buf: Segment[] = [];
  inLabel = 0;
  private labelEl: Element | null = null;
  private lastWasBr = false;
  /** An inline element just ended: a sibling element starting next needs a separator. */
  private sepPending = false;
  /** Chip texts waiting for the item text they qualify. */
  private chips: string[] = [];
  /** Value elements that stand as separate lines (see markValueSiblings). */
  private readonly blockKids = new Set<Element>();

  constructor(private readonly s: WalkState) {}

  run(root: Node): void {
    this.scanIgnore(root);
    this.walkChildren(root);
    this.flush();
  }

  scanIgnore(root: Node): void {
    if (this.s.profileIgnore.length === 0 || this.s.scannedRoots.has(root)) return;
    this.s.scannedRoots.add(root);
    for (let i = 0; i < this.s.profileIgnore.length; i++) {
      const found = selectAll(root as ParentNode & Node, this.s.profileIgnore[i]!);
      for (let j = 0; j < found.length; j++) this.s.skip.add(found[j]!);
    }
  }

  walkChildren(node: Node): void {
    for (let c = firstChild(node); c; c = nextSibling(c)) {
      if (this.s.truncated) return;
      const t = nodeType(c);
      if (t === TEXT_NODE) {
        const data = textData(c);
        if (hasInnerNewline(data) && nodeType(node) === ELEMENT_NODE && keepsLineBreaks(node as Element))
          this.preformatted(c, data, node as Element);
        else this.text(c, data);
      } else if (t === ELEMENT_NODE) this.element(c as Element);
    }
  }

  /** Text whose newlines the page shows as line breaks ("COPD⏎Obesity" in a pre-line cell). */
  private preformatted(node: Node, data: string, el: Element): void {
    const parts = sSplit(data, /\r?\n/);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) this.br(el);
      this.text(node, parts[i]!);
    }
  }

  /** Counts characters against the cap; returns the part of `text` still within it. */
  private take(text: string): string {
    const room = this.s.maxChars - this.s.chars;
    if (text.length <= room) {
      this.s.chars += text.length;
      return text;
    }
    this.s.chars = this.s.maxChars;
    this.s.truncated = true;
    return sSlice(text, 0, room > 0 ? room : 0);
  }

  private text(node: Node, raw: string): void {
    const text = this.take(raw);
    if (text === '') return;
    this.sepPending = false;
    if (this.lastWasBr && !isBlank(text)) this.lastWasBr = false;
    const labelish = this.inLabel > 0 && this.labelEl !== null;
    const last = this.buf[this.buf.length - 1];
    if (last && last.labelish === labelish && (!labelish || last.node === this.labelEl)) {
      last.text += text;
      return;
    }
    const parent = labelish ? this.labelEl! : (parentNode(node) as Element);
    add(this.buf, { text, labelish, node: labelish ? this.labelEl! : node, el: parent });
  }

  private element(el: Element): void {
    const tag = tagOf(el);
    if (isIgnored(el, tag, this.s.skip)) return;
    if (tag === 'br') return this.br(el);
    if (tag === 'textarea' || tag === 'input' || tag === 'select') return this.control(el, tag);
    if (tag === 'iframe' || tag === 'frame') return this.frame(el);
    const h = headingTagLevel(tag);
    const level = h > 0 ? h : attr(el, 'role') === 'heading' ? Number(attr(el, 'aria-level') ?? 2) : 0;
    if (level > 0 && this.inLabel === 0) return this.heading(el, level);
    if (tag === 'table' && this.inLabel === 0 && walkTable(el, this.s, (e) => plainText(e, this.s))) return;
    if (this.inLabel === 0 && this.chip(el, tag)) return;
    const inline = this.isInline(el, tag);
    if (!inline || tag === 'span' || isCustom(tag)) this.markValueSiblings(el);
    if (!inline) this.flush();
    else if (this.sepPending) this.separate();
    const labelish = this.inLabel === 0 && isLabelish(el, tag);
    if (labelish) {
      this.inLabel++;
      this.labelEl = el;
    }
    const shadow = openShadowRoot(el);
    if (shadow) {
      this.scanIgnore(shadow);
      this.walkChildren(shadow);
    }
    if (!shadow || selectAll(shadow, 'slot').length > 0) this.walkChildren(el);
    if (labelish) {
      this.inLabel--;
      this.labelEl = null;
    }
    if (!inline) this.flush();
    else this.sepPending = true;
  }

  /**
   * Whether an element renders inside a line. Known inline tags do, unless a class names it a list
   * entry or its parent listed it as one of several separate values. A custom element (`<x-term>`)
   * is inline by default in browsers; one holding other elements is a layout box (`<x-row>`).
   */
  private isInline(el: Element, tag: string): boolean {
    if (this.blockKids.has(el)) return false;
    if (INLINE.has(tag)) {
      if (tag === 'label') return false;
      const cls = attr(el, 'class');
      return !(cls !== null && hasItemClass(cls));
    }
    if (!isCustom(tag)) return false;
    for (let c = firstChild(el); c; c = nextSibling(c)) if (nodeType(c) === ELEMENT_NODE) return false;
    return openShadowRoot(el) === null;
  }

  /**
   * Several sibling value elements of one tag with only whitespace between them ("<div class=val>
   * <span>A</span> <span>B</span></div>") are separate entries, laid out apart by the page's CSS:
   * each becomes its own line. Not when one is a label or a chip, or one continues the previous
   * ("(stage 2)", "- resolved").
   */
  private markValueSiblings(parent: Element): void {
    const kids: Element[] = [];
    let kidTag = '';
    for (let c = firstChild(parent); c; c = nextSibling(c)) {
      const t = nodeType(c);
      if (t === TEXT_NODE) {
        if (!isBlank(textData(c))) return;
        continue;
      }
      if (t !== ELEMENT_NODE) continue;
      const el = c as Element;
      const tag = tagOf(el);
      if (tag === 'br' || isIgnored(el, tag, this.s.skip)) continue;
      if (kidTag === '') kidTag = tag;
      if (tag !== kidTag || !(VALUE_TAGS.has(tag) || isCustom(tag))) return;
      if (isLabelish(el, tag) || isChip(el, tag)) return;
      add(kids, el);
    }
    if (kids.length < 2) return;
    for (let i = 0; i < kids.length; i++) {
      const text = collapse(textOf(kids[i]!));
      if (text === '' || !startsLikeValue(text)) return;
    }
    for (let i = 0; i < kids.length; i++) this.blockKids.add(kids[i]!);
  }

  /**
   * Two sibling elements with no text between them ("<span>Gestation</span><span>39 weeks</span>")
   * are separate fields, shown apart by the page's layout: keep their words apart.
   */
  private separate(): void {
    this.sepPending = false;
    const last = this.buf[this.buf.length - 1];
    if (last && !reTest(/\s$/, last.text)) last.text += ' ';
  }

  /** A short status chip or badge: recorded as the item's label. Returns true when it was one. */
  private chip(el: Element, tag: string): boolean {
    let hasText = false;
    for (let i = 0; i < this.buf.length && !hasText; i++) hasText = !isBlank(this.buf[i]!.text);
    if (!isChip(el, tag)) {
      // After an item's name: a lone status word ("Performed", "Resolved") is a badge whatever its
      // class, and a detail element is what the item's label says about it.
      if (!hasText || !INLINE_DETAIL_TAGS.has(tag)) return false;
      const cls = attr(el, 'class');
      if (cls !== null && hasDetailClass(cls)) {
        const detail = sSlice(plainText(el, this.s), 0, DETAIL_MAX_CHARS);
        if (detail) add(this.chips, detail);
        this.sepPending = true;
        return true;
      }
      if (!isStatusBadge(el)) return false;
    }
    const text = plainText(el, this.s);
    if (!text || text.length > CHIP_MAX_CHARS || sSplit(text, / /).length > CHIP_MAX_WORDS) return false;
    const prev = this.s.lines[this.s.lines.length - 1];
    const parent = parentNode(el);
    if (!hasText && prev && prev.role === 'text' && parent && composedContains(parent, prev.el)) {
      prev.label = prev.label ? prev.label + LABEL_SEPARATOR + text : text;
    } else {
      add(this.chips, text);
    }
    this.sepPending = true;
    return true;
  }

  private br(el: Element): void {
    const hadText = this.flush();
    if (!hadText && this.lastWasBr) this.emit({ role: 'blank', text: '', el, level: 0 });
    this.lastWasBr = true;
  }

  private control(el: Element, tag: string): void {
    this.flush();
    if (this.inLabel === 0) {
      const aria = attr(el, 'aria-label');
      const prev = this.s.lines[this.s.lines.length - 1];
      if (aria && prev?.role !== 'label')
        this.emit({ role: 'label', text: collapse(aria), el, level: 7, scope: el });
    }
    const parts = sSplit(controlValue(el, tag), /\r?\n/);
    for (let i = 0; i < parts.length; i++) {
      const text = collapse(this.take(parts[i]!));
      if (text) this.emit({ role: 'text', text, el, level: 0 });
    }
  }

  private frame(el: Element): void {
    this.flush();
    const doc = frameDocument(el);
    const body = doc ? (doc.body ?? doc.documentElement) : null;
    if (body) new Walker(this.s).run(body);
  }

  private heading(el: Element, level: number): void {
    this.flush();
    this.chips = [];
    const text = stripColon(plainText(el, this.s));
    if (text) this.emit({ role: 'heading', text, el, level, scope: scopeOf(el) });
  }

  private emit(line: Line): void {
    if (line.role === 'text' && this.chips.length > 0) {
      let chips = this.chips[0]!;
      for (let i = 1; i < this.chips.length; i++) chips += LABEL_SEPARATOR + this.chips[i]!;
      line.label = line.label ? line.label + LABEL_SEPARATOR + chips : chips;
      this.chips = [];
    }
    add(this.s.lines, line);
  }

  /** Ends the current line; splits a leading label off it. Returns whether it held any text. */
  flush(): boolean {
    const segs = this.buf;
    if (segs.length === 0) return false;
    this.buf = [];
    let labelText = '';
    let i = 0;
    for (; i < segs.length && segs[i]!.labelish; i++) labelText += segs[i]!.text;
    let rest = '';
    for (let j = i; j < segs.length; j++) rest += segs[j]!.text;
    labelText = collapse(labelText);
    rest = collapse(rest);
    if (!labelText && !rest) return false;
    const first = segs[0]!;
    const restSeg = segs[i] ?? first;
    if (labelText.length > 60) {
      rest = collapse(`${labelText} ${rest}`);
      labelText = '';
    }
    if (labelText && !rest && this.chips.length > 0 && !isFieldLabel(first.node)) {
      // "<strong>PCI</strong><span>Performed</span>": a bold name with a badge is the item itself.
      this.emit({ role: 'text', text: labelText, el: first.el, level: 0 });
      return true;
    }
    if (labelText && rest && isAdminLabel(stripColon(labelText))) {
      // "Consultant Dr X", "Weight 3.4 kg": an administrative field; its value is never read.
      this.emit({ role: 'label', text: stripColon(labelText), el: first.el, level: 7, scope: first.el });
      return true;
    }
    if (
      labelText &&
      (rest === '' ||
        reTest(/:$/, labelText) ||
        reTest(/^[:\-–]/, rest) ||
        classifyHeading(labelText) !== null)
    ) {
      this.label(stripColon(labelText), first.node, first.el);
      rest = collapse(sReplace(rest, /^[:\-–]\s*/, ''));
      if (rest) this.emit({ role: 'text', text: rest, el: restSeg.el, level: 0 });
      return true;
    }
    if (labelText && isFieldLabel(first.node)) {
      // A form-style label element and its value ("Mode of delivery" | "…"): the value is the item.
      this.emit({ role: 'text', text: rest, el: restSeg.el, level: 0 });
      return true;
    }
    const full = labelText ? `${labelText} ${rest}` : rest;
    // INLINE_LABEL needs a colon; most lines have none.
    const m = sIndexOf(full, ':') < 0 ? null : reExec(INLINE_LABEL, full);
    if (m && m[1] && m[2] && classifyHeading(m[1]) === null && isAdminLabel(m[1])) {
      this.emit({ role: 'label', text: m[1], el: first.el, level: 7, scope: first.el });
      return true;
    }
    if (m && m[1] && (classifyHeading(m[1]) !== null || isTypeLabel(m[1]))) {
      // A value on the same line bounds the label to that line's element ("<p>Dx: PE</p>").
      this.emit({
        role: 'label',
        text: m[1],
        el: first.el,
        level: 7,
        scope: m[2] ? first.el : scopeOf(first.node),
      });
      if (m[2]) this.emit({ role: 'text', text: m[2], el: first.el, level: 0 });
      return true;
    }
    if (!reTest(/[.;,]/, full) && classifyBareLine(full) !== null) {
      this.label(full, first.node, first.el);
      return true;
    }
    this.emit({ role: 'text', text: full, el: first.el, level: 0 });
    return true;
  }

  private label(text: string, node: Node, el: Element): void {
    this.emit({ role: 'label', text, el, level: 7, scope: scopeOf(node) });
  }
}

/**
 * A newline between two non-blank parts of a text node (source indentation around the text does not
 * count): the only text worth asking the computed style about.
 */
function hasInnerNewline(data: string): boolean {
  return sIndexOf(data, '\n') >= 0 && reTest(/\S[^\S\n]*\r?\n\s*\S/, data);
}

function isLabelish(el: Element, tag: string): boolean {
  if (LABEL_TAGS.has(tag)) return true;
  // A <header> inside a section or card is its title (page-level headers are ignored as chrome).
  if (tag === 'header') return true;
  const cls = attr(el, 'class');
  return cls !== null && hasLabelClass(cls);
}

/** A label that is a form field's name (not bold emphasis): `<label>`, `dt`, `th`, a label class. */
function isFieldLabel(node: Node): boolean {
  if (nodeType(node) !== ELEMENT_NODE) return false;
  const el = node as Element;
  const tag = tagOf(el);
  if (tag === 'b' || tag === 'strong') return false;
  return isLabelish(el, tag);
}

const INLINE_DETAIL_TAGS = new Set(['span', 'small', 'em', 'i', 'mark', 'b', 'strong']);
const DETAIL_MAX_CHARS = 200;
// Words a status badge holds alone (lib/text/labels.ts reads them from the item's label).
const STATUS_BADGE_WORDS = new Set([
  'performed',
  'not performed',
  'done',
  'not done',
  'completed',
  'cancelled',
  'canceled',
  'declined',
  'abandoned',
  'postponed',
  'resolved',
  'active',
  'inactive',
  'confirmed',
  'suspected',
  'provisional',
  'excluded',
  'ruled out',
  'chronic',
]);

/** An element whose only content is one short text that is a status word ("Not performed"). */
function isStatusBadge(el: Element): boolean {
  const only = firstChild(el);
  if (!only || nodeType(only) !== TEXT_NODE || nextSibling(only)) return false;
  const data = textData(only);
  return data.length <= 20 && STATUS_BADGE_WORDS.has(collapse(lower(data)));
}

function isChip(el: Element, tag: string): boolean {
  if (tag === 'li' || tag === 'tr' || tag === 'td' || tag === 'ul' || tag === 'ol') return false;
  if (attr(el, 'role') === 'status') return true;
  // A custom element named for what it is ("<x-chip>", "<app-status-badge>").
  if (isCustom(tag) && hasChipClass(tag)) return true;
  const cls = attr(el, 'class');
  return cls !== null && hasChipClass(cls);
}

/** A custom element's tag ("gx-card", "nc-problem-list"). */
function isCustom(tag: string): boolean {
  for (let i = 0; i < tag.length; i++) if (tag[i] === '-') return true;
  return false;
}

function stripColon(s: string): string {
  return collapse(sReplace(s, /[:\-–]+$/, ''));
}

/** The level of an `h1`–`h6` tag, else 0: what `/^h([1-6])$/` captured, without a regex per element. */
export function headingTagLevel(tag: string): number {
  if (tag.length !== 2 || tag[0] !== 'h') return 0;
  const d = tag[1]!;
  return d >= '1' && d <= '6' ? Number(d) : 0;
}

const VALUE_START = /^[\p{L}\p{N}?#]/u;

/**
 * `VALUE_START.test(text)`: a letter, a digit, "?" or "#" first. Text starting with ASCII is checked
 * by hand: a Unicode property class is slow to compile cold, and it is only needed past ASCII.
 */
export function startsLikeValue(text: string): boolean {
  const ch = text[0];
  if (ch === undefined) return false;
  if (ch >= '\u0080') return reTest(VALUE_START, text);
  return (
    (ch >= 'a' && ch <= 'z') ||
    (ch >= 'A' && ch <= 'Z') ||
    (ch >= '0' && ch <= '9') ||
    ch === '?' ||
    ch === '#'
  );
}
