// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fillCodingFields, parseAge, parseEprDate, parseSex, readEpisodeDetails } from './episode-fields';
import { parseSiteProfile, SiteProfileError } from './profile';

const page = (html: string): Document => {
  document.body.innerHTML = html;
  return document;
};

describe('episode details from the page', () => {
  it('parses UK EPR dates, sex and age', () => {
    expect(parseEprDate('03/04/2026')).toBe('2026-04-03');
    expect(parseEprDate('3.4.2026 14:05')).toBe('2026-04-03');
    expect(parseEprDate('2026-04-03')).toBe('2026-04-03');
    expect(parseEprDate('12 March 2026')).toBe('2026-03-12');
    expect(parseEprDate('31/02/2026')).toBeUndefined();
    expect(parseEprDate('tomorrow')).toBeUndefined();
    expect(parseSex('Male')).toBe('male');
    expect(parseSex('F')).toBe('female');
    expect(parseSex('Not known')).toBeUndefined();
    expect(parseAge('67')).toBe(67);
    expect(parseAge('67y')).toBe(67);
    expect(parseAge('84 years old')).toBe(84);
    expect(parseAge('3 months')).toBe(0);
    expect(parseAge('200')).toBeUndefined();
    expect(parseAge('unknown')).toBeUndefined();
  });

  it('reads the fields a profile names, and refuses an identifier as the reference', () => {
    const doc = page(`
      <dl><dt>Episode</dt><dd id="ep">EP-2026-00123</dd><dt>Sex</dt><dd id="sex">Female</dd>
      <dt>Age</dt><dd id="age">71 years</dd><dt>Admitted</dt><dd id="adm">01/03/2026</dd>
      <dt>Discharged</dt><dd><input id="dis" value="05/03/2026"></dd></dl>`);
    const fields = { ref: '#ep', sex: '#sex', age: '#age', admitted: '#adm', discharged: '#dis' };
    expect(readEpisodeDetails(doc, fields)).toEqual({
      ref: 'EP-2026-00123',
      sex: 'female',
      age: 71,
      admitted: '2026-03-01',
      discharged: '2026-03-05',
    });
    doc.getElementById('ep')!.textContent = '943 476 5919';
    const details = readEpisodeDetails(doc, fields);
    expect(details.ref).toBeUndefined();
    expect(details.refRefused).toMatch(/NHS number/i);
  });

  it('leaves out what it cannot find or read', () => {
    const doc = page('<p id="sex">Unknown</p>');
    expect(readEpisodeDetails(doc, { sex: '#sex', age: '#missing' })).toEqual({});
  });
});

describe('Fill', () => {
  it('writes one code per position, clears stale positions and reports overflow', () => {
    const doc = page(`
      <input id="d1" value="old"><input id="d2" value="old"><input id="d3" value="old">
      <input id="p1"><input id="p2" readonly>`);
    const seen: string[] = [];
    doc.getElementById('d1')!.addEventListener('input', () => seen.push('input'));
    const fill = {
      diagnoses: ['#d1', '#d2', '#d3'],
      procedures: ['#p1', '#p2'],
      format: 'dotted' as const,
      separator: ', ',
    };
    const result = fillCodingFields(doc, fill, {
      diagnoses: ['J18.9', 'I10'],
      procedures: ['W37.1', 'Z94.2', 'Y53.1'],
    });
    const value = (id: string) => (doc.getElementById(id) as HTMLInputElement).value;
    expect([value('d1'), value('d2'), value('d3')]).toEqual(['J18.9', 'I10', '']);
    expect(value('p1')).toBe('W37.1');
    expect(value('p2')).toBe(''); // read-only: never written
    expect(result.missing).toEqual(['#p2']);
    expect(result.overflow).toEqual(['Y53.1']);
    expect(result.filled).toBe(4);
    expect(seen).toEqual(['input']);
  });

  it('joins a whole list into one field', () => {
    const doc = page('<textarea id="dx"></textarea>');
    const fill = { diagnoses: ['#dx'], procedures: [], format: 'dotted' as const, separator: '; ' };
    fillCodingFields(doc, fill, { diagnoses: ['J18.9', 'I10'], procedures: ['W37.1'] });
    expect((doc.getElementById('dx') as HTMLTextAreaElement).value).toBe('J18.9; I10');
  });
});

describe('profile episode fields', () => {
  const base = {
    id: 'acme',
    name: 'Acme',
    match: { origins: ['https://epr.acme.example.nhs.uk'] },
    sections: [{ kind: 'diagnoses', selector: '#dx' }],
  };
  it('accepts episode selectors and fill fields with defaults', () => {
    const p = parseSiteProfile({ ...base, episode: { ref: '#ep', fill: { diagnoses: ['#d1'] } } });
    expect(p.episode?.fill).toEqual({
      diagnoses: ['#d1'],
      procedures: [],
      format: 'dotted',
      separator: ', ',
    });
  });
  it('refuses unknown episode fields and bad selectors', () => {
    expect(() => parseSiteProfile({ ...base, episode: { nhsNumber: '#nhs' } })).toThrow(SiteProfileError);
    expect(() => parseSiteProfile({ ...base, episode: { ref: 'div[' } })).toThrow(
      /episode.ref: invalid CSS selector/,
    );
  });
});
