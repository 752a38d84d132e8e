import { describe, expect, it } from 'vitest';
import { headingTagLevel, startsLikeValue } from './walk';

describe('walk character checks match the regexes they replace', () => {
  it('headingTagLevel', () => {
    for (const tag of ['h1', 'h6', 'h0', 'h7', 'h', 'hr', 'th', 'h12', 'header', 'div', 'x-h1', ''])
      expect([tag, headingTagLevel(tag)]).toEqual([tag, Number(/^h([1-6])$/.exec(tag)?.[1] ?? 0)]);
  });

  it('startsLikeValue', () => {
    const firsts: string[] = [];
    for (let c = 0; c < 0x250; c++) firsts.push(String.fromCharCode(c));
    firsts.push('\u0660', '\u4e2d', '\u{1d400}', '\ud800', '\u2167', '\u00b2', '\u2028');
    for (const f of firsts) {
      const text = `${f}x`;
      expect([text, startsLikeValue(text)]).toEqual([text, /^[\p{L}\p{N}?#]/u.test(text)]);
    }
    expect(startsLikeValue('')).toBe(false);
  });
});
