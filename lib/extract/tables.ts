/**
 * Tables with a header row: a diagnosis/procedure column becomes a section, a type column
 * ("Primary", "Secondary"), a status column ("Excluded") and a side column ("L") become each item's
 * label. Merged cells are laid out on a grid first (colspan/rowspan: a type cell spanning three rows
 * labels all three); header rows are the leading `<thead>` or all-`th` rows, several of them naming a
 * column together; a row of one cell across the table ("Co-morbidities", "Past history") is a
 * section heading for the rows under it, more specific than a generic column name ("Condition").
 * Tables without a header row (layout tables, label/value grids) are left to the generic walk.
 * Contexts: content script; Node tools with happy-dom.
 */
import { classifyHeading, foldHeading, isTypeLabel, type HeadingClass } from './headings';
import { isIgnored } from './ignore';
import {
  add,
  attr,
  ELEMENT_NODE,
  firstChild,
  nextSibling,
  nodeType,
  reExec,
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
// A free-text column beside the item ("Comments", "Notes"): only a status word it opens with counts
// ("Query - treated empirically", "Excluded on repeat CT"); the rest is detail, often results.
// An "Outcome" column beside a procedure opens the same way ("Not performed (nodules too small)").
const COMMENT_COLUMN = /\b(comments?|notes?|remarks?|details|outcomes?)\b/;
const COMMENT_STATUS =
  /^\s*(query|queried|\?|possible|possibly|probable|probably|likely|suspected|provisional|differential|excluded|ruled out|not confirmed|confirmed|resolved|chronic|active|inactive|past|historical|not performed|not done|cancell?ed|declined|abandoned|postponed)\b/i;
// Side values as written in a Side column ("L", "Rt", "Bilat"), read as the word a label carries.
const SIDE_VALUE = /^\s*(?:(left|lt|l)|(right|rt|r)|(bilateral|bilat|both|b))\s*$/i;
// Row statuses about the procedure itself ("Cancelled"); they say nothing of the row's diagnosis.
const PROCEDURE_STATUS =
  /\b(cancell?ed|not done|not performed|postponed|completed|performed|done|booked|listed|planned|scheduled|in progress)\b/i;
const TEXT_COLUMN = /\b(description|term|condition|problem|name|details|text|title|finding|entry)\b/;
// Section kinds that name diagnoses: a group heading of one of them refines a column of another.
const DIAGNOSIS_KINDS = new Set<string>(['diagnoses', 'comorbidities', 'history', 'family-history']);
// Spans beyond these are markup errors; clamped so a hostile table cannot make a huge grid.
const MAX_COLSPAN = 50;
const MAX_COLUMNS = 100;

/** Separator between the type and status parts of an item label ("Secondary · Excluded"). */
export const LABEL_SEPARATOR = ' · ';

interface Row {
  /** The row's own cells, in order. */
  cells: Element[];
  /** The cell at each column once spans are laid out (a spanned position repeats its cell). */
  grid: (Element | undefined)[];
  inThead: boolean;
}

/** A run of body rows under one full-width heading row (or under none). */
interface Group {
  heading?: Element;
  text: string;
  kind: HeadingClass;
  rows: Row[];
}

function span(el: Element, name: string, max: number): number {
  const m = reExec(/^\s*(\d{1,5})/, attr(el, name) ?? '');
  const n = m ? Number(m[1]) : 1;
  return n < 1 ? 1 : n > max ? max : n;
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

/** The table's rows with their cells laid out on a grid (HTML table model, spans clamped). */
function rowsOf(table: Element, state: WalkState): Row[] {
  const trs: [Element, boolean][] = [];
  const visit = (parent: Element, inThead: boolean): void => {
    for (let c = firstChild(parent); c; c = nextSibling(c)) {
      if (nodeType(c) !== ELEMENT_NODE) continue;
      const el = c as Element;
      const tag = tagOf(el);
      if (isIgnored(el, tag, state.skip)) continue;
      if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(el, tag === 'thead');
      else if (tag === 'tr') add(trs, [el, inThead]);
    }
  };
  visit(table, false);
  const rows: Row[] = [];
  // Cells carried down by rowspan: column → [cell, rows still to cover].
  const carried: ([Element, number] | undefined)[] = [];
  for (let r = 0; r < trs.length; r++) {
    const [tr, inThead] = trs[r]!;
    const cells = cellsOf(tr, state);
    const grid: (Element | undefined)[] = [];
    let col = 0;
    const placeCarried = (): void => {
      for (;;) {
        const c = carried[col];
        if (!c || col >= MAX_COLUMNS) return;
        grid[col] = c[0];
        c[1]--;
        if (c[1] <= 0) carried[col] = undefined;
        col++;
      }
    };
    for (let i = 0; i < cells.length; i++) {
      placeCarried();
      const cell = cells[i]!;
      const cs = span(cell, 'colspan', MAX_COLSPAN);
      const rs = span(cell, 'rowspan', trs.length - r);
      for (let k = 0; k < cs && col < MAX_COLUMNS; k++, col++) {
        grid[col] = cell;
        if (rs > 1) carried[col] = [cell, rs - 1];
      }
    }
    placeCarried();
    // Carried cells further right than this row's last cell still fill their columns.
    for (let k = col; k < carried.length; k++) {
      const c = carried[k];
      if (!c) continue;
      grid[k] = c[0];
      c[1]--;
      if (c[1] <= 0) carried[k] = undefined;
    }
    add(rows, { cells, grid, inThead });
  }
  return rows;
}

/** A row of one cell spanning the table (two columns or more): a heading, not an item. */
function isFullWidth(row: Row, width: number): boolean {
  if (row.cells.length !== 1 || width < 2) return false;
  let covered = 0;
  for (let i = 0; i < row.grid.length; i++) if (row.grid[i] === row.cells[0]) covered++;
  return covered >= width || (covered >= 2 && tagOf(row.cells[0]!) === 'th');
}

function isHeaderRow(row: Row): boolean {
  if (row.cells.length < 2) return false;
  if (row.inThead) return true;
  for (let i = 0; i < row.cells.length; i++) if (tagOf(row.cells[i]!) !== 'th') return false;
  return true;
}

/** The section kind a column is read as under a group heading, and the heading to read it by. */
function groupApplies(column: HeadingClass, group: HeadingClass): boolean {
  if (group === null || group === 'ignore') return false;
  if (column === null) return true;
  if (DIAGNOSIS_KINDS.has(column)) return DIAGNOSIS_KINDS.has(group);
  return column === group;
}

function sideWord(value: string): string | null {
  const m = reExec(SIDE_VALUE, value);
  if (!m) return null;
  return m[1] ? 'Left' : m[2] ? 'Right' : 'Bilateral';
}

/**
 * Emits lines for a table with a header row and returns true; returns false (walk it generically)
 * when it has none or no column worth reading.
 */
export function walkTable(table: Element, state: WalkState, text: (el: Element) => string): boolean {
  const rows = rowsOf(table, state);
  let width = 0;
  for (let r = 0; r < rows.length; r++) if (rows[r]!.grid.length > width) width = rows[r]!.grid.length;
  // Leading heading rows: full-width rows name the table's group, the others its columns.
  let r0 = 0;
  let first: Group = { text: '', kind: null, rows: [] };
  const headerRows: Row[] = [];
  for (; r0 < rows.length; r0++) {
    const row = rows[r0]!;
    if (isFullWidth(row, width) && (row.inThead || tagOf(row.cells[0]!) === 'th')) {
      if (headerRows.length > 0) break; // a heading after the column names starts the body's first group
      const t = text(row.cells[0]!);
      first = { heading: row.cells[0]!, text: t, kind: classifyHeading(t), rows: [] };
    } else if (isHeaderRow(row)) add(headerRows, row);
    else break;
  }
  if (headerRows.length === 0) {
    // Only a heading row: a table of something never coded ("Allergies") is read as nothing.
    if (first.heading && first.kind === 'ignore') return true;
    return false;
  }
  // Column names: the distinct header cells above each column, top to bottom ("Status" + "Current").
  const head: Element[] = [];
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    let name = '';
    let cell: Element | undefined;
    for (let h = 0; h < headerRows.length; h++) {
      const el = headerRows[h]!.grid[c];
      if (!el || el === cell) continue;
      cell = el;
      const t = text(el);
      name = name ? `${name} ${t}` : t;
    }
    head[c] = cell ?? table;
    names[c] = foldHeading(name);
  }
  // Body rows, split into groups at full-width heading rows.
  const groups: Group[] = [first];
  for (let r = r0; r < rows.length; r++) {
    const row = rows[r]!;
    if (isFullWidth(row, width)) {
      const t = text(row.cells[0]!);
      const kind = classifyHeading(t);
      if (tagOf(row.cells[0]!) === 'th' || kind !== null || isTypeLabel(t)) {
        add(groups, { heading: row.cells[0]!, text: t, kind, rows: [] });
        continue;
      }
    }
    add(groups[groups.length - 1]!.rows, row);
  }
  let typeCol = -1;
  let statusCol = -1;
  let sideCol = -1;
  let main: number[] = [];
  const kinds: HeadingClass[] = [];
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
  let commentCol = -1;
  for (let i = 0; i < main.length && commentCol < 0; i++) {
    if (kinds[main[i]!] === 'free-text' && reTest(COMMENT_COLUMN, names[main[i]!]!)) commentCol = main[i]!;
  }
  let named = false;
  for (let i = 0; i < main.length; i++) if (kinds[main[i]!] !== 'free-text') named = true;
  if (named) {
    const kept: number[] = [];
    for (let i = 0; i < main.length; i++) if (kinds[main[i]!] !== 'free-text') add(kept, main[i]!);
    main = kept;
  }
  // No named diagnosis/procedure column: read a description-like column, into the section a group
  // heading names or else the enclosing one.
  let contextual = false;
  if (main.length === 0) {
    for (let i = 0; i < names.length && main.length === 0; i++) {
      if (i !== typeCol && i !== statusCol && reTest(TEXT_COLUMN, names[i]!)) add(main, i);
    }
    if (main.length === 0) return first.kind === 'ignore';
    contextual = true;
  }
  const caption = attr(table, 'aria-label');
  let labelled = false;
  for (let m = 0; m < main.length; m++) {
    const col = main[m]!;
    const columnKind = contextual ? null : kinds[col]!;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      if (group.rows.length === 0 || group.kind === 'ignore') continue;
      const byGroup = group.heading !== undefined && groupApplies(columnKind, group.kind);
      if (byGroup) {
        add(state.lines, { role: 'label', text: group.text, el: group.heading!, level: 7, scope: table });
        labelled = true;
      } else if (!contextual) {
        const heading =
          caption && classifyHeading(caption) === classifyHeading(names[col]!) ? caption : text(head[col]!);
        add(state.lines, { role: 'label', text: heading, el: head[col]!, level: 7, scope: table });
        labelled = true;
      }
      // A group heading that only qualifies its rows ("Resolved", "Provisional") labels each of them.
      const groupLabel =
        !byGroup && group.kind === null && group.text && isTypeLabel(group.text) ? group.text : '';
      let prevCell: Element | undefined;
      for (let r = 0; r < group.rows.length; r++) {
        const grid = group.rows[r]!.grid;
        const cell = grid[col];
        // A cell spanning several rows is one item, read once.
        if (!cell || cell === prevCell) continue;
        prevCell = cell;
        if (cell === grid[typeCol] || cell === grid[statusCol] || cell === grid[sideCol]) continue;
        const value = text(cell);
        if (!value) continue;
        const parts: string[] = [];
        if (groupLabel) add(parts, groupLabel);
        const typeCell = typeCol >= 0 ? grid[typeCol] : undefined;
        const statusCell = statusCol >= 0 ? grid[statusCol] : undefined;
        const sideCell = sideCol >= 0 ? grid[sideCol] : undefined;
        const type = typeCell ? text(typeCell) : '';
        const commentCell =
          statusCol < 0 && commentCol >= 0 && commentCol !== col ? grid[commentCol] : undefined;
        const status = statusCell ? text(statusCell) : commentCell ? commentStatus(text(commentCell)) : '';
        const side = sideCell ? sideWord(text(sideCell)) : null;
        const procedureColumn = kinds[col] === 'procedures';
        if (type) add(parts, type);
        if (status && (procedureColumn || !reTest(PROCEDURE_STATUS, status))) add(parts, status);
        if (side) add(parts, side);
        let label = parts[0];
        for (let p = 1; p < parts.length; p++) label += LABEL_SEPARATOR + parts[p]!;
        add(state.lines, { role: 'text', text: value, el: cell, level: 0, ...(label ? { label } : {}) });
      }
    }
  }
  if (labelled) add(state.lines, { role: 'blank', text: '', el: table, level: 0 });
  return true;
}

/** The status word a comment opens with ("Query - ...", "Excluded on CT"), or ''. */
function commentStatus(comment: string): string {
  return reExec(COMMENT_STATUS, comment)?.[1] ?? '';
}
