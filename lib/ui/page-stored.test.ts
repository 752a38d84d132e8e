import { describe, expect, it } from 'vitest';
import { pageFromChange } from './page-stored';

const mention = {
  text: 'pneumonia',
  original: 'Pneumonia',
  kind: 'diagnosis',
  status: 'affirmed',
  section: 'diagnoses',
  cues: [],
  qualifiers: [],
  expansions: [],
  item: 0,
  start: 0,
  end: 9,
  suggestions: [
    { code: 'J18.9', system: 'icd10', title: 'Pneumonia', score: 0.9, reason: 'r', role: 'main' },
  ],
};
const page = { url: 'http://127.0.0.1/a.html', revision: 2, at: 1, suggested: true, mentions: [mention] };

describe('a stored page from a storage change', () => {
  it('takes a complete page as it is', () => {
    expect(pageFromChange(page)).toEqual(page);
  });

  it('says the mentions are gone when the key was removed', () => {
    expect(pageFromChange(undefined)).toBeNull();
  });

  it('asks the background again for pages without suggestions or values it does not understand', () => {
    expect(pageFromChange({ ...page, suggested: false })).toBe('reread');
    expect(pageFromChange({ ...page, mentions: [{ ...mention, status: 'maybe' }] })).toBe('reread');
    expect(pageFromChange({ ...page, mentions: [{ ...mention, html: '<b>x</b>' }] })).toBe('reread');
    expect(pageFromChange('nonsense')).toBe('reread');
  });
});
