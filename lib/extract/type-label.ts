/**
 * Item-level labels that qualify an item rather than name a section ("Primary", "2.", "Active").
 * Phases of care group a list's items without naming a section ("Antenatal", "Intrapartum /
 * postnatal", "Pre-operative"). Pure; any context.
 *
 * `isTypeWording(t)` is, on folded text (headings.ts's `foldHeading`), exactly
 * `/^((primary|secondary|principal|main|other|additional|subsidiary|active|inactive|current|past|
 * chronic|acute|significant|minor|major|resolved|confirmed|provisional|working|final|\d{1,2}|
 * [ivx]{1,4}|[a-z])|PHASE( (and|or)? ?PHASE)*)$/.test(t)` with PHASE `(antenatal|intrapartum|
 * postnatal|postpartum|peripartum|perinatal|pre ?operative|post ?operative|intra ?operative|
 * peri ?operative|pre ?op|post ?op|on admission|during admission|this admission|inpatient|
 * outpatient)`: a regex V8 takes milliseconds to compile cold, checked here by hand (see
 * heading-rules.test.ts, which compares the two).
 */
import { sSlice } from './safe-dom';

const TYPE_WORDS = new Set([
  'primary',
  'secondary',
  'principal',
  'main',
  'other',
  'additional',
  'subsidiary',
  'active',
  'inactive',
  'current',
  'past',
  'chronic',
  'acute',
  'significant',
  'minor',
  'major',
  'resolved',
  'confirmed',
  'provisional',
  'working',
  'final',
]);
const PHASES = [
  'antenatal',
  'intrapartum',
  'postnatal',
  'postpartum',
  'peripartum',
  'perinatal',
  'pre operative',
  'preoperative',
  'post operative',
  'postoperative',
  'intra operative',
  'intraoperative',
  'peri operative',
  'perioperative',
  'pre op',
  'preop',
  'post op',
  'postop',
  'on admission',
  'during admission',
  'this admission',
  'inpatient',
  'outpatient',
];
// What may join two phases: ` (and|or)? ?` (a doubled space never occurs in folded text).
const JOINS = [' and ', ' or ', ' and', ' or', ' '];

const at = (t: string, i: number, s: string): boolean => sSlice(t, i, i + s.length) === s;

function allIn(t: string, chars: string): boolean {
  for (let i = 0; i < t.length; i++) {
    let found = false;
    for (let k = 0; k < chars.length && !found; k++) found = t[i] === chars[k];
    if (!found) return false;
  }
  return true;
}

/** True when `t` from `i` on is one or more phases with joins between them (every split tried). */
function phasesFrom(t: string, i: number): boolean {
  for (let p = 0; p < PHASES.length; p++) {
    const phase = PHASES[p]!;
    if (!at(t, i, phase)) continue;
    const end = i + phase.length;
    if (end === t.length) return true;
    for (let j = 0; j < JOINS.length; j++) {
      if (at(t, end, JOINS[j]!) && phasesFrom(t, end + JOINS[j]!.length)) return true;
    }
  }
  return false;
}

/** True for folded text that is a type label's wording (see the module comment). */
export function isTypeWording(t: string): boolean {
  const n = t.length;
  if (n === 0) return false;
  if (TYPE_WORDS.has(t)) return true;
  if (n <= 2 && allIn(t, '0123456789')) return true;
  if (n <= 4 && allIn(t, 'ivx')) return true;
  if (n === 1 && t >= 'a' && t <= 'z') return true;
  return phasesFrom(t, 0);
}
