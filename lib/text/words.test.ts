import { describe, expect, it } from 'vitest';
import { asciiLower, foldCase, letterBoundedWords, suffixes, wordBoundedWords, wordList } from './words';

// Tricky neighbours: accents (letters that are not \w), digits and underscores (\w that are not
// letters), the Kelvin sign and long s (fold to ASCII under flags "iu").
const EDGES = ['', ' ', 'x', 'é', '2', '_', '-', '\u212a', '\u017f', 'É', "'", 's', 'es', 'ing'];
const WORDS = ['diabet*', 'hypo+', 'fracture(s)', 'tumo(u)r(s)', 'shortness of breath', 'injur(y|ies)'];
const SOURCES = [
  'diabet\\w*',
  'hypo\\w+',
  'fractures?',
  'tumou?rs?',
  'shortness of breath',
  'injur(?:y|ies)',
];
const BASES = [
  'diabetes',
  'Diabet',
  'HYPO',
  'hypokalaemia',
  'fracture',
  'tumours',
  'tumor',
  'injury',
  'injuries',
];
const SAMPLES = [
  ...BASES.flatMap((b) => EDGES.flatMap((l) => EDGES.map((r) => `${l}${b}${r}`))),
  'shortness of breath',
  'Shortness  of breath',
  'diabet\u017f',
  '\u017fhortness of breath',
];

describe('word tables match what the regexes they replace matched', () => {
  it('parses word specs', () => {
    expect(wordList(['tumo(u)r(s)']).map((e) => e.word)).toEqual(['tumor', 'tumors', 'tumour', 'tumours']);
    expect(wordList(['nil(| else)', 'x(a|b)', 'stem*']).map((e) => [e.word, e.tail])).toEqual([
      ['nil', 'exact'],
      ['nil else', 'exact'],
      ['xa', 'exact'],
      ['xb', 'exact'],
      ['stem', 'stem'],
    ]);
  });

  it('letter-bounded words', () => {
    const re = new RegExp(`(?<![\\p{L}])(?:${SOURCES.join('|')})(?![\\p{L}])`, 'iu');
    const match = letterBoundedWords(WORDS);
    for (const s of SAMPLES) expect([s, match(foldCase(s))]).toEqual([s, re.test(s)]);
  });

  it('word-bounded words', () => {
    const re = new RegExp(`\\b(?:${SOURCES.join('|')})\\b`, 'iu');
    const match = wordBoundedWords(WORDS);
    for (const s of SAMPLES) expect([s, match(foldCase(s))]).toEqual([s, re.test(s)]);
  });

  it('suffixes', () => {
    const letter = suffixes(['itis', 'oma(s)'], 2, 'letter');
    const word = suffixes(['itis', 'oma(s)'], 3, 'word');
    const reLetter = /\p{L}{2,}(?:itis|omas?)(?![\p{L}])/iu;
    const reWord = /\p{L}{3,}(?:itis|omas?)\b/iu;
    const stems = ['arthritis', 'itis', 'xitis', 'éxitis', 'lymphoma', 'Lymphomas', 'oma', 'xyoma', 'é2oma'];
    for (const b of stems)
      for (const r of EDGES) {
        const s = `${b}${r}`;
        expect([s, letter(foldCase(s)), word(foldCase(s))]).toEqual([s, reLetter.test(s), reWord.test(s)]);
      }
  });

  it('folds case as the regex flags do', () => {
    expect(foldCase('Abc\u212a\u017f')).toBe('abcks');
    expect(asciiLower('Abc\u212aÉ')).toBe('abc\u212aÉ');
  });
});
