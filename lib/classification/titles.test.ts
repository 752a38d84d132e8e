import { describe, expect, it } from 'vitest';
import { composeTitle, learnCommonWords, splitComposed } from './titles';

const isCommon = learnCommonWords([
  'Type 1 diabetes mellitus - With coma',
  'Cholera, without complications',
  'Anaemia with coma due to Staphylococcus aureus',
  'Sepsis due to Staphylococcus aureus',
]);

describe('titles', () => {
  it('composes a subdivision-only title with its category, lower-casing common lead words', () => {
    expect(composeTitle('Type 2 diabetes mellitus', 'Without complications', isCommon)).toBe(
      'Type 2 diabetes mellitus: without complications',
    );
  });

  it('keeps proper nouns capitalised', () => {
    expect(composeTitle('Sepsis', 'Staphylococcus aureus', isCommon)).toBe('Sepsis: Staphylococcus aureus');
  });

  it('splits usage-table titles at the first " - " only', () => {
    expect(splitComposed('Type 2 diabetes mellitus - With coma')).toEqual({
      head: 'Type 2 diabetes mellitus',
      sub: 'With coma',
    });
    expect(splitComposed('Non-insulin-dependent diabetes mellitus')).toBeNull();
  });
});
