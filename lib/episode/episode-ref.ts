/**
 * Checks a local episode reference before it is stored. Pure; any context.
 *
 * The reference lets a coder find an episode again; it must never be a patient identifier, because the
 * worklist is kept in the browser and exported as files. So a reference that holds an NHS number, a
 * date (a date of birth is an identifier), or something shaped like a person's name is refused with a
 * message saying why. This is a guard against pasting the wrong field, not proof of anonymity: hospital
 * numbers cannot be told apart from episode numbers and are the coder's responsibility.
 */

export type RefCheck = { ok: true } | { ok: false; message: string };

export const MAX_REF_LENGTH = 40;

const NHS_MESSAGE =
  'This looks like an NHS number. Use the local episode reference, never a patient identifier.';
const DATE_MESSAGE =
  'This contains a date, which could be a date of birth. Use the local episode reference instead.';
const NAME_MESSAGE =
  "This looks like a person's name. Use the local episode reference, never a patient's name.";

/** NHS number check digit (modulus 11 over the first nine digits, weights 10 down to 2). */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** Runs of digits that may be broken by single spaces or dashes (`943 476 5919`, `943-476-5919`). */
function digitRuns(ref: string): string[] {
  return (ref.match(/\d(?:[\s-]?\d)*/g) ?? []).map((run) => run.replace(/[\s-]/g, ''));
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE_PATTERNS = [
  // 12/03/1960, 12-3-60, 12.03.1960
  /(?<!\d)(0?[1-9]|[12]\d|3[01])[/.-](0?[1-9]|1[0-2])[/.-](\d{4}|\d{2})(?!\d)/,
  // 1960-03-12, 1960/3/12
  /(?<!\d)(1[89]|20)\d{2}[/.-](0?[1-9]|1[0-2])[/.-](0?[1-9]|[12]\d|3[01])(?!\d)/,
  // 12 Mar 1960, 12-March-60
  new RegExp(
    `(?<!\\d)(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?[\\s/.-]*(?:${MONTHS})[\\s/.,-]*(\\d{4}|\\d{2})(?!\\d)`,
    'i',
  ),
  // March 12, 1960
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+(0?[1-9]|[12]\\d|3[01]),?\\s+\\d{4}(?!\\d)`, 'i'),
];

const TITLE =
  /\b(mr|mrs|ms|miss|mx|dr|prof|professor|master|sir|dame|lady|lord|rev|revd)\b\.?\s+[a-z][a-z'-]+/i;
// SMITH, John / Smith, John / O'Brien, Mary-Jane
const SURNAME_COMMA = /\b[A-Z][A-Za-z'-]+,\s*[A-Z][a-z'-]+\b/;
// Two or more capitalised words in a row (John Smith, JOHN SMITH); words with digits do not count.
const CAPITALISED_WORDS = /(?:^|\s)[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+)+(?=\s|$)/;

/** Is this a usable episode reference? An empty reference is allowed (not set yet). */
export function checkEpisodeRef(input: string): RefCheck {
  const ref = input.trim();
  if (!ref) return { ok: true };
  if (ref.length > MAX_REF_LENGTH)
    return { ok: false, message: `An episode reference is at most ${MAX_REF_LENGTH} characters.` };
  if (/[\p{Cc}]/u.test(ref)) return { ok: false, message: 'An episode reference is one line of text.' };
  if (digitRuns(ref).some(isValidNhsNumber)) return { ok: false, message: NHS_MESSAGE };
  if (DATE_PATTERNS.some((p) => p.test(ref))) return { ok: false, message: DATE_MESSAGE };
  if (TITLE.test(ref) || SURNAME_COMMA.test(ref) || CAPITALISED_WORDS.test(ref))
    return { ok: false, message: NAME_MESSAGE };
  // Episode references are numbered; letters alone are far more likely a name than a reference.
  if (!/\d/.test(ref))
    return { ok: false, message: `${NAME_MESSAGE} An episode reference contains at least one digit.` };
  return { ok: true };
}
