/**
 * Class-name words: whether a class (or tag) names a label, a chip or a list entry. Pure; any
 * context. Each matcher is exactly the case-insensitive regex `(^|[\s_-])(w1|w2|...)([\s_-]|$)`
 * given in its doc: such a regex costs most of a millisecond to compile cold, on every page load.
 *
 * Without the `u` flag, `i` folds only ASCII letters onto the listed (ASCII) words, so a match is a
 * part of the class between separators (whitespace, "_", "-") or the ends that is a listed word in
 * any ASCII case; a listed word with a dash ("field-name") spans two parts joined by one "-".
 */
import { isSpaceChar, lower, sSlice } from './safe-dom';

const isSeparator = (ch: string): boolean => ch === '-' || ch === '_' || isSpaceChar(ch);

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s[i]! > '\u007f') return false;
  return true;
}

/** A matcher for one word list; two-part words are given as "first-second". */
function classWords(words: readonly string[]): (value: string) => boolean {
  const set = new Set(words);
  return (value) => {
    // Parts between separators, and the separator after each ('' at the end).
    let prev = '';
    let prevSep = '';
    let from = 0;
    for (let i = 0; i <= value.length; i++) {
      const ch = i < value.length ? value[i]! : '';
      if (ch !== '' && !isSeparator(ch)) continue;
      const part = sSlice(value, from, i);
      if (part !== '' && isAscii(part)) {
        const folded = lower(part);
        if (set.has(folded)) return true;
        if (prevSep === '-' && prev !== '' && set.has(prev + '-' + folded)) return true;
        prev = folded;
      } else prev = '';
      prevSep = ch;
      from = i + 1;
    }
    return false;
  };
}

/**
 * A class naming a label or title. `/(^|[\s_-])(label|lbl|field-?name|caption|title|heading|header|head|hdr|hd|h|k|term|key|legend)
 * ([\s_-]|$)/i`
 */
export const hasLabelClass = classWords([
  'label',
  'lbl',
  'field-name',
  'fieldname',
  'caption',
  'title',
  'heading',
  'header',
  'head',
  'hdr',
  'hd',
  'h',
  'k',
  'term',
  'key',
  'legend',
]);

/**
 * Status chips and badges inside an item ("Confirmed", "Active · 2019"): the item's label, not its
 * text. `/(^|[\s_-])(chips?|badges?|tags?|status|pills?|lozenges?|flags?)([\s_-]|$)/i` */
export const hasChipClass = classWords([
  'chip',
  'chips',
  'badge',
  'badges',
  'tag',
  'tags',
  'status',
  'pill',
  'pills',
  'lozenge',
  'lozenges',
  'flag',
  'flags',
]);

/**
 * A class naming the detail shown after an item's name ("<strong>PCI</strong><span class=meta>2 DES,
 * TIMI 3</span>"): what it says about the item, not a new one.
 */
export const hasDetailClass = classWords(['meta', 'detail', 'details', 'desc', 'description', 'subtext']);

/**
 * An element that is one entry of a list shown as separate lines ("<span class=item>").
 * `/(^|[\s_-])(items?|entry|entries|list-?item|li|line|row)([\s_-]|$)/i` */
export const hasItemClass = classWords([
  'item',
  'items',
  'entry',
  'entries',
  'list-item',
  'listitem',
  'li',
  'line',
  'row',
]);
