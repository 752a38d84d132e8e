/**
 * Tables with a header row: a diagnosis/procedure column becomes a section, a type column
 * ("Primary", "Secondary") and a status column ("Excluded") become each item's label. Tables without
 * a header row (layout tables, label/value grids) are left to the generic walk. Contexts: content
 * script; Node tools with happy-dom.
 */
import { classifyHeading, foldHeading } from './headings';
import { isIgnored } from './ignore';
import {
  add,
  attr,
  ELEMENT_NODE,
  firstChild,
  nextSibling,
  nodeType,
  parentNode,
  reTest,
  tagOf,
} from './safe-dom';
import type { WalkState } from './walk';

// Columns that describe an item rather than hold it ("Diagnosis date", "Procedure code").
const HELPER_COLUMN =
  /\b(date|dates|code|codes|time|by|status|type|clinician|surgeon|consultant|seq|sequence|rank|onset|coded|id|no|number|recorded|author|source|site|side)\b/;
const TYPE_COLUMN =
  /\b(type|rank|role|category|class|priority|seq|sequence|position|primary secondary|level)\b/;
const STATUS_COLUMN = /\b(status|state|verification|certainty)\b/;
const SIDE_COLUMN = /\b(side|laterality)\b/;
const SIDE_VALUE = /\b(left|right|bilateral|both)\b/i;
// Row statuses about the procedure itself ("Cancelled"); they say nothing of the row's diagnosis.
const PROCEDURE_STATUS =
  /\b(cancell?ed|not done|not performed|postponed|completed|performed|done|booked|listed|planned|scheduled|in progress)\b/i;
const TEXT_COLUMN = /\b(description|term|condition|problem|name|details|text|title|finding|entry)\b/;

/** Separator between the type and status parts of an item label ("Secondary · Excluded"). */
export const LABEL_SEPARATOR = ' · ';

function rowsOf(table: Element, state: WalkState): Element[][] {
  const rows: Element[][] = [];
  const visit = (parent: Element): void => {
    for (let c = firstChild(parent); c; c = nextSibling(c)) {
      if (nodeType(c) !== ELEMENT_NODE) continue;
      const el = c as Element;
      const tag = tagOf(el);
      if (isIgnored(el, tag, state.skip)) continue;
      if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(el);
      else if (tag === 'tr') add(rows, cellsOf(el, state));
    }
  };
  visit(table);
  return rows;
}

function cellsOf(tr: Element, state: WalkState): Element[] {
  const cells: Element[] = [];
  for (let c = firstChild(tr); c; c = nextSibling(c)) {
    if (nodeType(c) !== ELEMENT_NODE) continue;
    const tag = tagOf(c as Element);
    if ((tag === 'td' || tag === 'th') && !isIgnored(c as Element, tag, state.skip)) add(cells, c as Element);
  }
  return cells;
}

function isHeaderRow(cells: Element[], inThead: boolean): boolean {
  if (cells.length < 2) return false;
  if (inThead) return true;
  for (let i = 0; i < cells.length; i++) if (tagOf(cells[i]!) !== 'th') return false;
  return true;
}

/**
 * Emits lines for a table with a header row and returns true; returns false (walk it generically)
 * when it has none or no column worth reading.
 */
export function walkTable(table: Element, state: WalkState, text: (el: Element) => string): boolean {
  const rows = rowsOf(table, state);
  const head = rows[0];
  const firstRowParent = head?.[0] ? parentNode(head[0]) : null;
  const group = firstRowParent ? parentNode(firstRowParent) : null;
  const inThead = !!group && nodeType(group) === ELEMENT_NODE && tagOf(group as Element) === 'thead';
  if (!head || !isHeaderRow(head, inThead)) return false;
  const names: string[] = [];
  for (let i = 0; i < head.length; i++) add(names, foldHeading(text(head[i]!)));
  let typeCol = -1;
  let statusCol = -1;
  let sideCol = -1;
  let main: number[] = [];
  const kinds: (string | null)[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i]!;
    const k = classifyHeading(n);
    add(kinds, k);
    if (statusCol < 0 && reTest(STATUS_COLUMN, n)) statusCol = i;
    else if (typeCol < 0 && reTest(TYPE_COLUMN, n)) typeCol = i;
    else if (sideCol < 0 && reTest(SIDE_COLUMN, n)) sideCol = i;
    else if (!reTest(HELPER_COLUMN, n)) {
      if (k !== null && k !== 'ignore') add(main, i);
    }
  }
  // A "Comment"/"Notes" column beside a diagnosis or procedure column describes the row (often with
  // results: "Na 126"); it is not a section of its own.
  let named = false;
  for (let i = 0; i < main.length; i++) if (kinds[main[i]!] !== 'free-text') named = true;
  if (named) {
    const kept: number[] = [];
    for (let i = 0; i < main.length; i++) if (kinds[main[i]!] !== 'free-text') add(kept, main[i]!);
    main = kept;
  }
  // No named diagnosis/procedure column: read a description-like column into the enclosing section.
  let contextual = false;
  if (main.length === 0) {
    for (let i = 0; i < names.length && main.length === 0; i++) {
      if (i !== typeCol && i !== statusCol && reTest(TEXT_COLUMN, names[i]!)) add(main, i);
    }
    if (main.length === 0) return false;
    contextual = true;
  }
  const caption = attr(table, 'aria-label');
  for (let m = 0; m < main.length; m++) {
    const col = main[m]!;
    if (!contextual) {
      const heading =
        caption && classifyHeading(caption) === classifyHeading(names[col]!) ? caption : text(head[col]!);
      add(state.lines, { role: 'label', text: heading, el: head[col]!, level: 7, scope: table });
    }
    for (let r = 1; r < rows.length; r++) {
      const cells = rows[r]!;
      const cell = cells[col];
      if (!cell) continue;
      const value = text(cell);
      if (!value) continue;
      const parts: string[] = [];
      const typeCell = typeCol >= 0 ? cells[typeCol] : undefined;
      const statusCell = statusCol >= 0 ? cells[statusCol] : undefined;
      const sideCell = sideCol >= 0 ? cells[sideCol] : undefined;
      const type = typeCell ? text(typeCell) : '';
      const status = statusCell ? text(statusCell) : '';
      const side = sideCell ? text(sideCell) : '';
      const procedureColumn = kinds[col] === 'procedures';
      if (type) add(parts, type);
      if (status && (procedureColumn || !reTest(PROCEDURE_STATUS, status))) add(parts, status);
      if (side && reTest(SIDE_VALUE, side)) add(parts, side);
      let label = parts[0];
      for (let p = 1; p < parts.length; p++) label += LABEL_SEPARATOR + parts[p]!;
      add(state.lines, { role: 'text', text: value, el: cell, level: 0, ...(label ? { label } : {}) });
    }
  }
  if (!contextual) add(state.lines, { role: 'blank', text: '', el: table, level: 0 });
  return true;
}
