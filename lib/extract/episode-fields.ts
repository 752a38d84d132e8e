/**
 * Reading an episode's details from the EPR page, and "Fill": writing coded output into the EPR's own
 * coding fields, both through a site profile's `episode` selectors. Contexts: content script (DOM);
 * Node tools with a happy-dom document. Fill runs only when the coder presses "Fill"; it never
 * touches a field the profile does not name.
 */
import { checkEpisodeRef } from '@/lib/episode/episode-ref';
import type { ProfileEpisodeFields } from './profile';
import { collapse, controlValue, selectAll, tagOf, textOf } from './safe-dom';

export interface EpisodeDetails {
  ref?: string;
  /** Why a reference on the page was not taken (it looked like a patient identifier). */
  refRefused?: string;
  sex?: 'male' | 'female';
  age?: number;
  admitted?: string;
  discharged?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** A date as EPRs show it (UK day-first), as YYYY-MM-DD; undefined when it is not a real date. */
export function parseEprDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(t);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(t);
  if (m) {
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    return month ? iso(+m[3]!, month, +m[1]!) : undefined;
  }
  return undefined;
}

/** "Male", "M", "man" → male; "Female", "F" → female; anything else (unknown, indeterminate) → none. */
export function parseSex(text: string): 'male' | 'female' | undefined {
  const t = text.trim().toLowerCase();
  if (/^(?:m|male|man|boy)\b/.test(t)) return 'male';
  if (/^(?:f|female|woman|girl)\b/.test(t)) return 'female';
  return undefined;
}

/** Age in completed years: "67", "67y", "67 years"; months, weeks or days of age → 0. */
export function parseAge(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,3}\s*(?:m|mo|mths?|months?|w|wks?|weeks?|d|days?)\b/.test(t)) return 0;
  const m = /^(\d{1,3})\s*(?:y|yo|yrs?|years?(?:\s+old)?)?\b/.exec(t);
  if (!m) return undefined;
  const age = Number(m[1]);
  return age <= 130 ? age : undefined;
}

function readField(root: ParentNode & Node, selector: string | undefined): string | undefined {
  if (!selector) return undefined;
  const el = selectAll(root, selector)[0];
  if (!el) return undefined;
  const tag = tagOf(el);
  const raw = tag === 'input' || tag === 'textarea' || tag === 'select' ? controlValue(el, tag) : textOf(el);
  const text = collapse(raw).slice(0, 200);
  return text || undefined;
}

/** The episode details a profile points at; fields it cannot read are left out. */
export function readEpisodeDetails(root: ParentNode & Node, fields: ProfileEpisodeFields): EpisodeDetails {
  const out: EpisodeDetails = {};
  const ref = readField(root, fields.ref);
  if (ref !== undefined) {
    const check = checkEpisodeRef(ref);
    if (check.ok) out.ref = ref;
    else out.refRefused = check.message;
  }
  const sex = parseSex(readField(root, fields.sex) ?? '');
  if (sex) out.sex = sex;
  const age = parseAge(readField(root, fields.age) ?? '');
  if (age !== undefined) out.age = age;
  const admitted = parseEprDate(readField(root, fields.admitted) ?? '');
  if (admitted) out.admitted = admitted;
  const discharged = parseEprDate(readField(root, fields.discharged) ?? '');
  if (discharged) out.discharged = discharged;
  return out;
}

export interface FillResult {
  /** Fields written. */
  filled: number;
  /** Codes that had no field left to go in (more codes than the EPR has positions). */
  overflow: string[];
  /** Selectors that matched no writable field. */
  missing: string[];
}

// The page's own property setter, so frameworks that track value (React) see the change as input.
function setValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = tagOf(el) === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function writable(root: ParentNode & Node, selector: string): HTMLInputElement | HTMLTextAreaElement | null {
  const el = selectAll(root, selector)[0];
  if (!el) return null;
  const tag = tagOf(el);
  if (tag !== 'input' && tag !== 'textarea') return null;
  const input = el as HTMLInputElement | HTMLTextAreaElement;
  return input.disabled || input.readOnly ? null : input;
}

function fillList(
  root: ParentNode & Node,
  selectors: string[],
  codes: string[],
  separator: string,
  result: FillResult,
): void {
  if (!selectors.length) {
    result.overflow.push(...codes);
    return;
  }
  // One field for the whole list, or one field per position (primary first).
  if (selectors.length === 1) {
    const field = writable(root, selectors[0]!);
    if (!field) return void result.missing.push(selectors[0]!);
    setValue(field, codes.join(separator));
    result.filled += 1;
    return;
  }
  selectors.forEach((sel, i) => {
    const field = writable(root, sel);
    if (!field) return void result.missing.push(sel);
    setValue(field, codes[i] ?? '');
    result.filled += 1;
  });
  result.overflow.push(...codes.slice(selectors.length));
}

/**
 * Write already formatted codes into the profile's coding fields. Positions beyond the codes are
 * cleared so an earlier fill leaves nothing stale; codes beyond the positions are reported.
 */
export function fillCodingFields(
  root: ParentNode & Node,
  fill: NonNullable<ProfileEpisodeFields['fill']>,
  codes: { diagnoses: string[]; procedures: string[] },
): FillResult {
  const result: FillResult = { filled: 0, overflow: [], missing: [] };
  fillList(root, fill.diagnoses, codes.diagnoses, fill.separator, result);
  fillList(root, fill.procedures, codes.procedures, fill.separator, result);
  return result;
}
