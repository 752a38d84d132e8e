import { describe, expect, it } from 'vitest';
import { isMeasurement } from './measure';

// isMeasurement as it was, with MEASURE_TOKEN always run.
const MEASURE_TOKEN =
  /(^|\s)([<>≥≤~+-]?\d[\d.,:/+\-x×]*|%|kg|g|mg|mcg|micrograms?|ml|l|mmol|mol|umol|µmol|iu|units?|mm|cm|m|mmhg|bpm|°c|c|weeks?|wks?|days?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|years?|yrs?|months?|am|pm|on|at|of|per|and)(?=\s|$|[,;.)])/gi;
function regexIsMeasurement(text: string, prose: boolean): boolean {
  if (!/\d/.test(text)) return false;
  const words = text
    .replace(/[(),;:=]/g, ' ')
    .replace(MEASURE_TOKEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^ | $/g, '');
  if (words.replace(/[^A-Za-z]/g, '').length === 0) return true;
  if (!prose) return false;
  const value = /(^|\s)\d+\.\d+|(^|\s)(?!(19|20)\d\d\b)\d{2,4}\b/.test(text);
  return value && words.split(/ /).length <= 2;
}

const UNITS =
  'kg g mg mcg microgram micrograms ml l mmol mol umol µmol iu unit units mm cm m mmhg bpm °c c week weeks wk wks day days hour hours hr hrs h minute minutes min mins second seconds sec secs year years yr yrs month months am pm on at of per and'.split(
    ' ',
  );
const NEAR = ['kgs', 'mgx', 'dayz', 'weekly', 'ons', 'an', 'a', 'Na', 'Lactate', 'microgramss', 'K', 'ſ'];
const AFTER = ['', ' ', ',', '.', ')', ';', ':', '=', '-', '2', 'x', '\u00a0', '\n', 'é'];
const BEFORE = ['', ' ', '(', '3', '3 ', '=', '\t', '\u00a0', '-'];

const samples: string[] = [
  '39+4 weeks',
  '12/01/2026 14:30',
  'Na 126',
  'Lactate 3.1 on arrival',
  'CKD 3',
  'MI 2019',
  'BP 120/80 mmHg, HR 88 bpm',
  'Temp 37.8°C',
  'On day 3 the patient was reviewed',
  'Weight 3.4 kg',
  'Apgar 9 at 1 min and 10 at 5 mins',
  '2x daily',
  '5 MG',
  'Given 500 micrograms at 10:00',
];
for (const w of [...UNITS, ...NEAR]) {
  for (const cased of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) {
    for (const b of BEFORE) for (const a of AFTER) samples.push(`${b}${cased}${a} 12`, `7 ${b}${cased}${a}`);
    samples.push(`Na 126 ${cased}`, `${cased} ${cased} 4.5`, `x ${cased} 4.5 y`);
  }
}

describe('isMeasurement matches its regex-only form', () => {
  it('on units, near-units and results', () => {
    for (const s of samples) {
      for (const prose of [false, true]) {
        expect([s, prose, isMeasurement(s, prose)]).toEqual([s, prose, regexIsMeasurement(s, prose)]);
      }
    }
  });
});
