/**
 * Lines → sections. Headings open sections until a heading of the same or higher level (or the end of
 * the heading's container); labels open narrower sections inside them until their container ends, a
 * blank line, or prose follows a list. Unknown labels shut content out; unknown sub-headings inherit
 * their parent's kind. Contexts: any (works on plain line records).
 */
import {
  classifyHeading,
  headingItemLabel,
  isAdminLine,
  isMeasurement,
  isTypeLabel,
  type HeadingClass,
} from './headings';
import { composedContains, type Line } from './lines';
import { add, reTest } from './safe-dom';
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
const PROSE = /^(dear|yours|kind regards|i (saw|reviewed|had)|thank you)\b|[a-z]{3,}\. [A-Z]/i;

function toKind(c: HeadingClass): SectionKind | 'skip' | null {
  return c === 'ignore' ? 'skip' : c;
}

/** Groups lines into sections; `registerNode` gives items their node ids. */
export function segment(lines: Line[], registerNode?: (el: Element) => number): ExtractedSection[] {
  const out: ExtractedSection[] = [];
  const stack: Context[] = [];
  let label: Context | null = null;
  let pending = '';

  const current = (): Context | null => label ?? stack[stack.length - 1] ?? null;
  const leaveScopes = (el: Element): void => {
    if (label?.scope && !composedContains(label.scope, el)) label = null;
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
      if (label && label.kind !== 'skip' && label.scope && composedContains(label.scope, line.el)) {
        add(stack, { ...label, level: line.level - 0.5 });
      }
      label = null;
      pending = '';
      while (stack.length > 0 && stack[stack.length - 1]!.level >= line.level) stack.length--;
      leaveScopes(line.el);
      const parent = stack[stack.length - 1];
      const kind = toKind(classifyHeading(line.text));
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
        continue;
      }
      pending = '';
      label = { level: 7, kind: kind ?? 'skip', heading: line.text, items: 0 };
      if (line.scope) label.scope = line.scope;
      const labelItems = headingItemLabel(line.text);
      if (labelItems) label.itemLabel = labelItems;
    } else if (line.role === 'blank') {
      if (label && label.items > 0) label = null;
      pending = '';
    } else {
      leaveScopes(line.el);
      if (label && label.items > 0 && LIST_KINDS.has(label.kind) && reTest(PROSE, line.text)) label = null;
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
    }
  }
  return out;
}
