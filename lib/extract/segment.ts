/**
 * Lines → sections. Headings open sections until a heading of the same or higher level (or the end of
 * the heading's container); labels open narrower sections inside them until their container ends, a
 * blank line, or prose follows a list. Unknown labels shut content out; unknown sub-headings inherit
 * their parent's kind. Contexts: any (works on plain line records).
 */
import {
  classifyHeading,
  headingItemLabel,
  isAdminLabel,
  isAdminLine,
  isTypeLabel,
  type HeadingClass,
} from './headings';
import { composedContains, type Line } from './lines';
import { isMeasurement } from './measure';
import { add, ELEMENT_NODE, nextSibling, nodeType, reTest } from './safe-dom';
import type { ExtractedSection, SectionItem, SectionKind } from './types';

interface Context {
  level: number;
  kind: SectionKind | 'skip';
  heading: string;
  scope?: Node;
  section?: ExtractedSection;
  items: number;
  /** A label the heading gives every item ("Differential", "Excluded"). */
  itemLabel?: string;
  /** Named as content never coded ("Medications", "Baby 1"): labels inside it are skipped too. */
  hard?: boolean;
}

/** Free-text kinds, where a measurement line ("Na 126") is a result, not a mention. */
// Empty-cell placeholders: "—", "N/A".
const PLACEHOLDER = /^([^A-Za-z0-9]*|n\/?a|not applicable)$/i;

const PROSE_KINDS = new Set<string>(['free-text', 'findings']);

function joinLabels(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b || undefined;
  if (!b || a === b) return a;
  return a + ' · ' + b;
}

/** Item kinds where prose after a list means the list is over ("Dear Dr …"). */
const LIST_KINDS = new Set<string>(['diagnoses', 'comorbidities', 'history', 'family-history', 'procedures']);
// A label that continues the previous labelled list ("Dx: A", "Also: B").
const CONTINUATION = /^(also|plus|and|additionally|in addition|further|other)\s*:?$/i;
const PROSE = /^(dear|yours|kind regards|i (saw|reviewed|had)|thank you)\b|[a-z]{3,}\. [A-Z]/i;

const ADMIN_MAX_CHARS = 40;

/** The element after `el` among its siblings, or null. */
function nextElement(el: Element): Element | null {
  for (let n = nextSibling(el); n; n = nextSibling(n)) if (nodeType(n) === ELEMENT_NODE) return n as Element;
  return null;
}

function toKind(c: HeadingClass): SectionKind | 'skip' | null {
  return c === 'ignore' ? 'skip' : c;
}

/** Groups lines into sections; `registerNode` gives items their node ids. */
export function segment(lines: Line[], registerNode?: (el: Element) => number): ExtractedSection[] {
  const out: ExtractedSection[] = [];
  const stack: Context[] = [];
  // Labels in force, outermost first: a field label inside a labelled panel ("Maternal diagnoses" >
  // "Antenatal") nests; a label beside another one replaces it.
  const labels: Context[] = [];
  /** The last label that held items, for a continuation label ("Also:"). */
  let lastFilled: Context | null = null;
  let pending = '';
  /** The region of a label line that set `pending` ("Antenatal" over its own values only). */
  let pendingScope: Node | undefined;
  /** The value cell of a bare administrative label ("Tourniquet" | "Arm: 250 mmHg"): not content. */
  let adminValue: Element | null = null;

  const topLabel = (): Context | null => labels[labels.length - 1] ?? null;
  const current = (): Context | null => topLabel() ?? stack[stack.length - 1] ?? null;
  const leaveScopes = (el: Element): void => {
    while (labels.length > 0) {
      const top = labels[labels.length - 1]!;
      if (!top.scope || composedContains(top.scope, el)) break;
      labels.length--;
    }
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (!top.scope || composedContains(top.scope, el)) break;
      stack.length--;
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.role === 'heading') {
      // A sub-heading inside a label's region (a "card-header" title, then h4s) nests under it.
      const label = topLabel();
      if (label && label.kind !== 'skip' && label.scope && composedContains(label.scope, line.el)) {
        add(stack, { ...label, level: line.level - 0.5 });
      }
      labels.length = 0;
      pending = '';
      pendingScope = undefined;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= line.level) stack.length--;
      leaveScopes(line.el);
      const parent = stack[stack.length - 1];
      // An administrative heading ("Consultant", "Operation details") holds nothing coded itself,
      // but labels inside it ("Pre-operative diagnosis") still open their sections.
      const admin = isAdminLabel(line.text);
      const kind = admin ? 'skip' : toKind(classifyHeading(line.text));
      if (kind === null && parent && parent.kind !== 'skip' && isTypeLabel(line.text)) {
        pending = line.text;
        continue;
      }
      const ctx: Context = {
        level: line.level,
        kind: kind ?? parent?.kind ?? 'skip',
        heading: line.text,
        items: 0,
      };
      if ((kind === 'skip' && !admin) || (kind === null && parent?.hard)) ctx.hard = true;
      if (line.scope) ctx.scope = line.scope;
      const headLabel = kind === null ? parent?.itemLabel : headingItemLabel(line.text);
      if (headLabel) ctx.itemLabel = headLabel;
      if (kind === null && parent) ctx.section = parent.section; // an unnamed sub-heading continues its parent
      if (kind === null && parent && !parent.section) ctx.heading = parent.heading;
      add(stack, ctx);
    } else if (line.role === 'label') {
      leaveScopes(line.el);
      const kind = toKind(classifyHeading(line.text));
      if (kind === null && isTypeLabel(line.text)) {
        pending = line.text;
        pendingScope = line.scope;
        continue;
      }
      pending = '';
      // Labels still in scope contain this one; one sharing its region (a sibling label) ends.
      while (labels.length > 0) {
        const top = labels[labels.length - 1]!;
        if (top.scope && line.scope && top.scope !== line.scope && composedContains(top.scope, line.el))
          break;
        labels.length--;
      }
      const outer = topLabel();
      const heading = stack[stack.length - 1];
      const within = outer ?? (heading?.hard && heading.scope ? heading : undefined);
      const label: Context = { level: 7, kind: kind ?? 'skip', heading: line.text, items: 0 };
      if (within?.hard) {
        // Inside content that is never coded (a baby's panel, a medication card): nothing is read.
        label.kind = 'skip';
        label.hard = true;
      } else if (kind === 'skip') label.hard = true;
      else if (kind === null && isAdminLabel(line.text)) {
        // "Surgeon", "Date of operation" inside an operation-note panel: a field never coded, not
        // part of the panel's list.
      } else if (
        kind === null &&
        reTest(CONTINUATION, line.text) &&
        lastFilled &&
        lastFilled.kind !== 'skip'
      ) {
        label.kind = lastFilled.kind;
        label.heading = lastFilled.heading;
        if (lastFilled.section) label.section = lastFilled.section;
      } else if (kind === null && outer && outer.kind !== 'skip') {
        // An unnamed field inside a named panel ("Maternal diagnoses" > "Antenatal") continues it.
        label.kind = outer.kind;
        label.heading = outer.heading;
        if (outer.section) label.section = outer.section;
        if (outer.itemLabel) label.itemLabel = outer.itemLabel;
      }
      if (line.scope) label.scope = line.scope;
      const labelItems = headingItemLabel(line.text);
      if (labelItems) label.itemLabel = labelItems;
      add(labels, label);
    } else if (line.role === 'blank') {
      const label = topLabel();
      if (label && label.items > 0) labels.length--;
      pending = '';
    } else {
      leaveScopes(line.el);
      if (pendingScope && !composedContains(pendingScope, line.el)) {
        pending = '';
        pendingScope = undefined;
      }
      if (adminValue && composedContains(adminValue, line.el)) continue;
      adminValue = null;
      // Every administrative wording is short: longer lines skip folding (this runs on every line).
      if (line.text.length <= ADMIN_MAX_CHARS && isAdminLabel(line.text)) {
        // A grid's label cell the page did not mark as one: it and the cell after it are skipped.
        adminValue = nextElement(line.el);
        continue;
      }
      const label = topLabel();
      if (label && label.items > 0 && LIST_KINDS.has(label.kind) && reTest(PROSE, line.text)) labels.length--;
      const ctx = current();
      if (!ctx || ctx.kind === 'skip') continue;
      // Administrative lines ("Trust · Admitted 02/02 · Consultant: Dr X") and bare numbers are not content.
      if (
        reTest(PLACEHOLDER, line.text) ||
        isAdminLine(line.text) ||
        isMeasurement(line.text, PROSE_KINDS.has(ctx.kind))
      )
        continue;
      if (!ctx.section) {
        ctx.section = { kind: ctx.kind, heading: ctx.heading, items: [], via: 'heuristic' };
        add(out, ctx.section);
      }
      const item: SectionItem = { text: line.text };
      const itemLabel = joinLabels(joinLabels(ctx.itemLabel, pending || undefined), line.label);
      if (itemLabel) item.label = itemLabel;
      if (registerNode) item.nodeId = registerNode(line.el);
      add(ctx.section.items, item);
      ctx.items++;
      if (ctx.level === 7) lastFilled = ctx;
    }
  }
  return out;
}
