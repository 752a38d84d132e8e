import { describe, expect, it } from 'vitest';
import { hasChipClass, hasItemClass, hasLabelClass } from './class-words';

const LABEL_CLASS =
  /(^|[\s_-])(label|lbl|field-?name|caption|title|heading|header|head|hdr|hd|h|k|term|key|legend)([\s_-]|$)/i;
const CHIP_CLASS = /(^|[\s_-])(chips?|badges?|tags?|status|pills?|lozenges?|flags?)([\s_-]|$)/i;
const ITEM_CLASS = /(^|[\s_-])(items?|entry|entries|list-?item|li|line|row)([\s_-]|$)/i;

const WORDS = [
  'label',
  'LBL',
  'field-name',
  'fieldname',
  'Field-Name',
  'field_name',
  'field--name',
  'field name',
  'h',
  'k',
  'key',
  'legend',
  'chip',
  'chips',
  'Badges',
  'tag',
  'status',
  'lozenge',
  'flags',
  'item',
  'items',
  'entry',
  'entries',
  'list-item',
  'listitem',
  'list_item',
  'li',
  'line',
  'row',
  'rows',
  'labels',
  'xlabel',
  'k2',
  '\u212aey',
  '\u017ftatus',
  'ſ',
  'title\u00a0',
  'é',
  '',
];
const SEPARATORS = ['', ' ', '-', '_', '\t', '\u00a0', '\u2028', '.', ':', 'x'];

describe('class-word matchers match the regexes they replace', () => {
  it('on words, separators and neighbours', () => {
    const samples = new Set<string>([
      '',
      ' ',
      '-',
      'card-body item-label',
      'panel panel-default',
      'a-field-name-b',
    ]);
    for (const w of WORDS)
      for (const a of SEPARATORS)
        for (const b of SEPARATORS) {
          samples.add(`${a}${w}${b}`);
          samples.add(`card${a}${w}${b}body`);
        }
    for (const s of samples) {
      expect([s, hasLabelClass(s)]).toEqual([s, LABEL_CLASS.test(s)]);
      expect([s, hasChipClass(s)]).toEqual([s, CHIP_CLASS.test(s)]);
      expect([s, hasItemClass(s)]).toEqual([s, ITEM_CLASS.test(s)]);
    }
  });
});
