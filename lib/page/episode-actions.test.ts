// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSiteProfile, type SiteProfile } from '@/lib/extract/profile';
import { episodeDetailsAnswerSchema, NO_FILL_ERROR } from '@/lib/messaging/content-protocol';
import { ContentMessageError } from './content-messages';
import { episodeDetailsFor, fillEpisodeFor } from './episode-actions';

const base = {
  id: 'ward-epr',
  name: 'Ward EPR',
  match: { origins: ['http://127.0.0.1:4000'] },
  sections: [{ kind: 'diagnoses', selector: '.dx' }],
};
const withEpisode = (fill: object | undefined): SiteProfile =>
  parseSiteProfile({
    ...base,
    episode: {
      ref: '#ref',
      sex: '#sex',
      age: '#age',
      admitted: '#adm',
      discharged: '#dis',
      ...(fill ? { fill } : {}),
    },
  });

beforeEach(() => {
  document.body.innerHTML = `
    <div id="banner">NHS 943 476 5919</div>
    <span id="ref">EP-2026-00417</span><span id="sex">F</span><span id="age">67 y</span>
    <span id="adm">03/03/2026</span><span id="dis">12 Mar 2026</span>
    <input id="d1"><input id="d2"><input id="d3" readonly value="locked"><input id="p1"><input id="p2">`;
});

const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;

describe('episode details and Fill', () => {
  it('answers no profile, a profile without episode fields, and full details', () => {
    expect(episodeDetailsFor(document, undefined)).toEqual({ profile: null, details: null, fillable: false });
    expect(episodeDetailsFor(document, parseSiteProfile(base))).toEqual({
      profile: 'ward-epr',
      details: null,
      fillable: false,
    });
    const answer = episodeDetailsFor(document, withEpisode({ diagnoses: ['#d1'] }));
    expect(answer).toEqual({
      profile: 'ward-epr',
      details: {
        ref: 'EP-2026-00417',
        sex: 'female',
        age: 67,
        admitted: '2026-03-03',
        discharged: '2026-03-12',
      },
      fillable: true,
    });
    // What the side panel will check the answer against.
    expect(episodeDetailsAnswerSchema.parse(answer)).toEqual(answer);
  });

  it('refuses an NHS number as the reference', () => {
    const p = parseSiteProfile({ ...base, episode: { ref: '#banner' } });
    const details = episodeDetailsFor(document, p).details!;
    expect(details.ref).toBeUndefined();
    expect(details.refRefused).toMatch(/NHS number/);
  });

  it('fills codes in the profile format, skipping read-only fields and reporting overflow', () => {
    const p = withEpisode({ diagnoses: ['#d1', '#d2', '#d3'], procedures: ['#p1', '#p2'], format: 'nhs' });
    const result = fillEpisodeFor(document, p, {
      diagnoses: [
        { code: 'A39.0', dagger: true },
        { code: 'G01', asterisk: true },
        { code: 'I10' },
        { code: 'J18.9' },
      ],
      procedures: [{ code: 'W37.1' }],
    });
    expect([value('d1'), value('d2'), value('d3'), value('p1'), value('p2')]).toEqual([
      'A390-D',
      'G01X-A',
      'locked',
      'W371',
      '',
    ]);
    expect(result).toEqual({ filled: 4, overflow: ['J189'], missing: ['#d3'] });
  });

  it('joins a list into one field with the separator, dotted', () => {
    const p = withEpisode({ diagnoses: ['#d1'], procedures: ['#p1'], separator: '; ' });
    fillEpisodeFor(document, p, { diagnoses: [{ code: 'J18.9' }, { code: 'I10' }], procedures: [] });
    expect(value('d1')).toBe('J18.9; I10');
    expect(value('p1')).toBe('');
  });

  it('refuses Fill with a clear message when the profile names no coding fields, writing nothing', () => {
    const data = { diagnoses: [{ code: 'J18.9' }], procedures: [] };
    for (const p of [undefined, parseSiteProfile(base), withEpisode(undefined)]) {
      expect(() => fillEpisodeFor(document, p, data)).toThrow(ContentMessageError);
      expect(() => fillEpisodeFor(document, p, data)).toThrow(NO_FILL_ERROR);
    }
    expect(value('d1')).toBe('');
  });
});
