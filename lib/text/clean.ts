/**
 * Tidies a mention's text: dates, years and ages move to qualifiers; linking words and stray
 * punctuation go. Pure; any context.
 */
import { hasClinicalWord } from './vocab';
import { asciiLower, wordList } from './words';

// Month names only: "dec" must not take "decompression 2015" for a date.
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// Dates and years with their lead-in word ("in 2015", "dx 03/2019", "since Mar 2019").
const DATE = new RegExp(
  `(?:\\b(?:in|since|from|dx|diagnosed|diagnosed in|circa|c\\.|on|at|age|aged|at age)\\s+)?(?:\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b|\\b\\d{1,2}[/.-](?:19|20)\\d{2}\\b|\\b(?:\\d{1,2}\\s+)?${MONTH}\\s+(?:19|20)\\d{2}\\b|\\b(?:19|20)\\d{2}s?\\b|\\b'\\d{2}\\b)`,
  'gi',
);
// "aged 45", "aged 15 months", "at age 60", "at 50" (family history), "for 10 years" at the end.
const AGE =
  /\b(?:aged?|at age|at)\s+\d{1,3}(?:\s*(?:years?|yrs?|y|months?|mo|weeks?|wks?))?\s*$|\bfor\s+\d+\s*(?:years?|yrs?|months?|weeks?)\s*$/i;
// "... last year": when, not what.
const RECENTLY = /\s(?:last|this) (?:year|month|week)\s*$/i;
// "Bladder cancer treated, surveillance clear", "hip fracture, treated with a hemiarthroplasty": how a
// condition was treated or is followed up, after it; kept as a qualifier.
const OUTCOME_TAIL =
  /(?:,\s*|\s+)(?:(?:successfully|surgically|conservatively|medically)\s+)?(?:treated|managed|(?:on|under)\s+surveillance|surveillance|in\s+(?:complete\s+|partial\s+)?remission|no\s+(?:evidence\s+of\s+)?recurrence)\b.*$/i;
const OUTCOME_WORDS = ['treated', 'managed', 'surveillance', 'remission', 'recurrence'];
// "3 year old with croup", "72-year-old man with": an age lead-in, kept as a qualifier.
const AGE_LEAD =
  /^\s*\d{1,3}[- ]?(?:years?|yrs?|y|months?|weeks?|days?)[- ]old(?:\s+(?:male|female|man|woman|boy|girl|child|infant|baby|patient|lady|gentleman|gent|m|f))?(?:\s+(?:with|presenting with|admitted with))?\s+/i;
const LEADING =
  /^(?:(?:and|or|with|has|had|have|having|a|an|the|of|is|was|were|also|plus|on|known|k\/o|some|any|her|his|their|its|my|our|this|these|that|by|(?:re-?)?started(?: on)?|commenced(?: on)?|confirmed|proven|became|become|becoming|developed|develops|developing|initiated(?: on)?|put on|placed on|needed|needing|required|requiring|underwent|had an?|presenting with|presents with|due to|ongoing|recent|current|currently|diagnosed with|diagnosis of|dx of|episode of|episodes of|\+|&|\/)\s+)+/i;
const TRAILING =
  /(?:\s+(?:and|or|with|of|the|in|at|on|noted|seen|present|reported|also|too|etc|diagnosed|now|x\d+))+\s*$/i;

// First words of LEADING and last words of TRAILING: other text is left alone without running them.
const LEADING_FIRST = new Set(
  (
    'and or with has had have having a an the of is was were also plus on by known k/o some any her his their its ' +
    'my our this these that started re-started restarted commenced confirmed proven became become becoming ' +
    'developed develops developing initiated put placed needed needing required requiring underwent presenting ' +
    'presents due ongoing recent current currently diagnosed diagnosis dx episode episodes + & /'
  ).split(' '),
);
const TRAILING_LAST = new Set(
  'and or with of the in at on noted seen present reported also too etc diagnosed now'.split(' '),
);

/** Texts that are not mentions: placeholders and blanks ("Nil", "None known", "N/A"). */
const EMPTY = new Set(
  wordList([
    'none(| known| of note| significant)',
    'nil(| else| of note| relevant| significant)',
    'n(/)a',
    'nad',
    'nkda',
    'nka',
    'unknown',
    'normal',
    'unremarkable',
    'nothing (of note|significant)',
    '(anything )else',
    'not known',
    'no',
    'other',
    'others',
    'see above',
    'as above',
    'tbc',
  ]).map((e) => e.word),
);

/** The cleaned text and what was moved out of it. */
export interface Cleaned {
  text: string;
  qualifiers: string[];
}

/** Moves dates/years/ages into qualifiers and trims linking words; empty text means "no mention". */
export function cleanMentionText(raw: string): Cleaned {
  const qualifiers: string[] = [];
  let text = raw;
  // Each date form has two digits in a row; an age lead-in has "old"; an age has "at", "ag(e)" or
  // "for". Other text is left alone without running them.
  if (/\d/.test(raw)) {
    const lower = asciiLower(raw);
    if (/\d\d/.test(raw)) {
      text = text.replace(DATE, (m) => {
        qualifiers.push(m.trim());
        return ' ';
      });
    }
    if (lower.includes('old')) {
      text = text.replace(AGE_LEAD, (m) => {
        qualifiers.push(m.trim().replace(/\s+(?:with|presenting with|admitted with)$/i, ''));
        return ' ';
      });
    }
    if (lower.includes('at') || lower.includes('ag') || lower.includes('for')) {
      text = text.replace(AGE, (m) => {
        qualifiers.push(m.trim());
        return ' ';
      });
    }
  }
  const folded = asciiLower(text);
  if (folded.includes('last ') || folded.includes('this ')) {
    text = text.replace(RECENTLY, (m) => {
      qualifiers.push(m.trim());
      return ' ';
    });
  }
  if (OUTCOME_WORDS.some((w) => folded.includes(w))) {
    const tail = OUTCOME_TAIL.exec(text);
    // Only after a condition: "She was treated with antibiotics for pneumonia" names it in the tail.
    if (tail && hasClinicalWord(text.slice(0, tail.index))) {
      qualifiers.push(
        tail[0]
          .replace(/^[\s,]+/, '')
          .replace(/\s+(?=,)/g, '')
          .replace(/\s+/g, ' '),
      );
      text = text.slice(0, tail.index);
    }
  }
  text = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.])/g, '$1')
    .replace(/,(?=,)/g, '')
    .replace(/^[\s,.:;\-–—/&+]+|[\s,.:;\-–—/&+]+$/g, '');
  // Single spaces now: LEADING can only match when the first word is one of its words, TRAILING when
  // the last one is.
  const space = text.indexOf(' ');
  if (space > 0 && LEADING_FIRST.has(asciiLower(text.slice(0, space)))) text = text.replace(LEADING, '');
  const last = asciiLower(text.slice(text.lastIndexOf(' ') + 1));
  if (TRAILING_LAST.has(last) || /^x\d/.test(last)) text = text.replace(TRAILING, '');
  text = text.replace(/^[\s,.:;\-–—]+|[\s,.:;\-–—]+$/g, '').trim();
  if (EMPTY.has(asciiLower(text)) || /^\W*$/.test(text)) text = '';
  return { text, qualifiers };
}
