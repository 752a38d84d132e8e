/**
 * Sequence operations on one code list (diagnoses or procedures). Pure; any context.
 *
 * Rows form groups that move as one: an ICD-10 asterisk code follows its dagger directly (the pair is
 * one group), and OPCS-4 chapter Y/Z codes (or codes flagged secondary-only) belong to the procedure
 * before them. Moving a group's first row moves the group. Moving an asterisk moves its pair too (an
 * asterisk apart from its dagger is always wrong), but a Y/Z code moves on its own, so it can be
 * reordered among its procedure's codes or re-attached to a neighbouring procedure. Every function
 * returns a new array and never mutates its input.
 */
import { codeKey } from '@/lib/classification/code-format';
import type { CodeEntry, System } from '@/lib/classification/model';
import type { CodeLookup } from './findings';

export interface SequenceContext {
  system: System;
  lookup: CodeLookup;
}

interface Coded {
  code: string;
}

/** Rows [start, end) that move together. */
export interface Group {
  start: number;
  end: number;
}

export interface Moved<T> {
  list: T[];
  /** Where the row the operation was about now is (-1 when it was removed). */
  index: number;
}

const partnersOf = (e: CodeEntry | undefined) => new Set((e?.partners ?? []).map(codeKey));

/** OPCS-4 chapter Y/Z codes (and anything the release flags secondary-only) qualify another code. */
export function isSupplementary(code: string, ctx: SequenceContext): boolean {
  if (ctx.system !== 'opcs4') return false;
  return /^[YZ]/.test(code) || Boolean(ctx.lookup.get('opcs4', code)?.secondaryOnly);
}

/** Does `code` attach to the group headed by `head`? */
function attaches(head: string, code: string, ctx: SequenceContext): boolean {
  if (ctx.system === 'opcs4') return isSupplementary(code, ctx) && !isSupplementary(head, ctx);
  const h = ctx.lookup.get('icd10', head);
  const c = ctx.lookup.get('icd10', code);
  if (!c?.asterisk || !h || h.asterisk) return false;
  return Boolean(h.dagger) || partnersOf(h).has(codeKey(code)) || partnersOf(c).has(codeKey(head));
}

/** The list's groups in order. */
export function groupsOf(list: readonly Coded[], ctx: SequenceContext): Group[] {
  const groups: Group[] = [];
  list.forEach((row, i) => {
    const last = groups.at(-1);
    if (last && attaches(list[last.start]!.code, row.code, ctx)) last.end = i + 1;
    else groups.push({ start: i, end: i + 1 });
  });
  return groups;
}

function groupAt(groups: Group[], i: number): Group {
  return groups.find((g) => i >= g.start && i < g.end)!;
}

/** Is the row at `i` attached to the row(s) before it? */
export function isAttachedRow(list: readonly Coded[], i: number, ctx: SequenceContext): boolean {
  return groupAt(groupsOf(list, ctx), i)?.start !== i;
}

/** The rows a move of row `i` takes along. */
function blockOf(groups: Group[], i: number, ctx: SequenceContext): Group {
  const g = groupAt(groups, i);
  return i === g.start || ctx.system === 'icd10' ? g : { start: i, end: i + 1 };
}

/** Moves rows [start, end) so that they begin at `at`, counted in the list without them. */
function relocate<T>(list: readonly T[], block: Group, at: number): T[] {
  const rows = list.slice(block.start, block.end);
  const rest = [...list.slice(0, block.start), ...list.slice(block.end)];
  return [...rest.slice(0, at), ...rows, ...rest.slice(at)];
}

function result<T>(list: readonly T[], block: Group, at: number, row: number): Moved<T> {
  return { list: relocate(list, block, at), index: at + (row - block.start) };
}

/** Moves row `i` (and what moves with it) one step up: past the previous group. */
export function moveUp<T extends Coded>(list: readonly T[], i: number, ctx: SequenceContext): Moved<T> {
  const groups = groupsOf(list, ctx);
  const g = groupAt(groups, i);
  if (!g) return { list: [...list], index: i };
  const block = blockOf(groups, i, ctx);
  if (block.start !== g.start) {
    // A Y/Z code: first among its procedure's codes, then onto the end of the procedure before.
    if (i - 1 > g.start) return result(list, block, i - 1, i);
    const prev = groupAt(groups, g.start - 1);
    return prev ? result(list, block, g.start, i) : { list: [...list], index: i };
  }
  const prev = groupAt(groups, g.start - 1);
  return prev ? result(list, block, prev.start, i) : { list: [...list], index: i };
}

/** Moves row `i` (and what moves with it) one step down: past the next group. */
export function moveDown<T extends Coded>(list: readonly T[], i: number, ctx: SequenceContext): Moved<T> {
  const groups = groupsOf(list, ctx);
  const g = groupAt(groups, i);
  if (!g) return { list: [...list], index: i };
  const block = blockOf(groups, i, ctx);
  if (block.start !== g.start) {
    if (i + 1 < g.end) return result(list, block, i + 1, i);
    const next = groupAt(groups, g.end);
    return next ? result(list, block, next.end - 1, i) : { list: [...list], index: i };
  }
  const next = groupAt(groups, g.end);
  const size = block.end - block.start;
  return next ? result(list, block, next.end - size, i) : { list: [...list], index: i };
}

/**
 * Drag and drop: row `from` dropped on row `to`. A group lands before the group it is dropped on when
 * moving up and after it when moving down, so no group is split; a lone Y/Z code lands where dropped.
 */
export function moveRow<T extends Coded>(
  list: readonly T[],
  from: number,
  to: number,
  ctx: SequenceContext,
): Moved<T> {
  const groups = groupsOf(list, ctx);
  if (!groupAt(groups, from) || to < 0 || to >= list.length) return { list: [...list], index: from };
  const block = blockOf(groups, from, ctx);
  if (to >= block.start && to < block.end) return { list: [...list], index: from };
  const size = block.end - block.start;
  if (size === 1 && block.start !== groupAt(groups, from).start) return result(list, block, to, from);
  const target = groupAt(groups, to);
  return to < block.start
    ? result(list, block, target.start, from)
    : result(list, block, target.end - size, from);
}

/** Moves row `i`'s group to the top: the primary code. */
export function makePrimary<T extends Coded>(list: readonly T[], i: number, ctx: SequenceContext): Moved<T> {
  const g = groupAt(groupsOf(list, ctx), i);
  return g ? result(list, g, 0, i) : { list: [...list], index: i };
}

/**
 * Removes row `i`. A procedure takes its Y/Z codes with it (they qualify only it, and would otherwise
 * silently qualify the procedure before); a dagger leaves its asterisk, a real condition the rules
 * then flag as alone.
 */
export function removeRow<T extends Coded>(list: readonly T[], i: number, ctx: SequenceContext): Moved<T> {
  const g = groupAt(groupsOf(list, ctx), i);
  if (!g) return { list: [...list], index: -1 };
  const drop = ctx.system === 'opcs4' && i === g.start ? g : { start: i, end: i + 1 };
  return { list: [...list.slice(0, drop.start), ...list.slice(drop.end)], index: -1 };
}

/**
 * Adds a code: an asterisk goes straight after a partner dagger already in the list; anything else
 * (a Y/Z code included, which then qualifies the last procedure) goes at the end.
 */
export function addCode<T extends Coded>(list: readonly T[], item: T, ctx: SequenceContext): Moved<T> {
  if (ctx.system === 'icd10' && ctx.lookup.get('icd10', item.code)?.asterisk) {
    const groups = groupsOf(list, ctx);
    const dagger = groups.find((g) => {
      const head = list[g.start]!.code;
      return attaches(head, item.code, ctx) && isPartner(head, item.code, ctx);
    });
    if (dagger) return insertAt(list, item, dagger.end);
  }
  return insertAt(list, item, list.length);
}

function isPartner(a: string, b: string, ctx: SequenceContext): boolean {
  return (
    partnersOf(ctx.lookup.get('icd10', a)).has(codeKey(b)) ||
    partnersOf(ctx.lookup.get('icd10', b)).has(codeKey(a))
  );
}

function insertAt<T>(list: readonly T[], item: T, at: number): Moved<T> {
  return { list: [...list.slice(0, at), item, ...list.slice(at)], index: at };
}
