// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractSections } from './extract';
import { fingerprint, sameSections } from './fingerprint';
import { parseSiteProfile, profileFor, SiteProfileError } from './profile';
import acme from './profiles/acme-epr.json';
import theatre from './profiles/theatre-notes.json';
import type { ExtractedSection } from './types';

const issues = (json: unknown): string[] => {
  try {
    parseSiteProfile(json);
  } catch (e) {
    expect(e).toBeInstanceOf(SiteProfileError);
    return (e as SiteProfileError).issues;
  }
  throw new Error('expected the profile to be rejected');
};

describe('site profiles', () => {
  it('accepts both example profiles and fills defaults', () => {
    const p = parseSiteProfile(JSON.stringify(acme));
    expect(p.heuristics).toBe('fallback');
    expect(parseSiteProfile(theatre).ignore).toEqual(["[data-field='drugs']"]);
  });

  it('explains what is wrong with an invalid profile', () => {
    expect(issues('{not json')[0]).toMatch(/^not JSON/);
    const bad = { ...acme, id: 'Acme EPR', match: { origins: ['epr.acme.example'] }, sections: [] };
    const found = issues(bad);
    expect(found).toContain('id: must be lower-case letters, digits and hyphens');
    expect(found.some((m) => m.startsWith('match.origins.0: must be an origin'))).toBe(true);
    expect(found).toContain('sections: needs at least one section');
    expect(issues({ ...acme, sections: [{ kind: 'meds', selector: 'x' }] })[0]).toMatch(/^sections\.0\.kind/);
    expect(issues({ ...acme, ignore: ['div[[['] })).toEqual(['ignore.0: invalid CSS selector "div[[["']);
    expect(issues({ ...acme, extra: 1 })[0]).toMatch(/extra/);
  });

  it('picks a profile by origin and path prefix', () => {
    const profiles = [parseSiteProfile(acme), parseSiteProfile(theatre)];
    expect(profileFor('https://epr.acme.example.nhs.uk/patients/1?x', profiles)?.id).toBe('acme-epr');
    expect(profileFor('https://epr.acme.example.nhs.uk/admin', profiles)).toBeUndefined();
    expect(profileFor('https://theatres.trust.example.nhs.uk/case/9', profiles)?.id).toBe('theatre-notes');
    expect(profileFor('not a url', profiles)).toBeUndefined();
  });

  it('extracts the sections a profile names and skips its ignored parts', () => {
    document.body.innerHTML = `
      <div id="patient-banner"><h2>Diagnoses</h2>Jane DOE 943 476 5919</div>
      <table id="diagnoses-table"><thead><tr><th>Rank</th><th>Term</th></tr></thead><tbody>
        <tr><td class="dx-type">Primary</td><td class="dx-term">Sepsis</td></tr>
        <tr><td class="dx-type">Secondary</td><td class="dx-term">Urinary tract infection</td></tr></tbody></table>
      <section data-panel="pmh"><h2>Background</h2><ul><li>Hypertension</li></ul></section>
      <div class="meds-panel"><ul><li>Ramipril</li></ul></div>
      <div id="clinical-summary"><h2>Summary</h2><p>Treated with IV antibiotics.</p></div>`;
    const r = extractSections(document, { profile: parseSiteProfile(acme) });
    expect(
      r.sections.map((s) => [s.via, s.kind, s.heading, s.items.map((i) => `${i.label ?? ''}|${i.text}`)]),
    ).toEqual([
      ['profile', 'diagnoses', 'Diagnoses', ['Primary|Sepsis', 'Secondary|Urinary tract infection']],
      ['profile', 'history', 'Background', ['|Hypertension']],
      ['profile', 'free-text', 'Summary', ['|Treated with IV antibiotics.']],
    ]);
  });

  it('falls back to heuristics when the profile finds nothing, or always when asked', () => {
    document.body.innerHTML = `<h2>Diagnoses</h2><ul><li>Gout</li></ul>
      <div data-field="findings"><textarea>Normal appendix</textarea></div>`;
    const fallback = extractSections(document, { profile: parseSiteProfile(acme) });
    expect(fallback.sections.map((s) => [s.via, s.kind])).toEqual([['heuristic', 'diagnoses']]);
    const always = extractSections(document, { profile: parseSiteProfile(theatre) });
    expect(always.sections.map((s) => [s.via, s.kind, s.items[0]?.text])).toEqual([
      ['profile', 'findings', 'Normal appendix'],
      ['heuristic', 'diagnoses', 'Gout'],
    ]);
  });
});

describe('fingerprint / sameSections', () => {
  const s: ExtractedSection = {
    kind: 'diagnoses',
    heading: 'Dx',
    items: [{ text: 'Gout', nodeId: 1 }],
    via: 'heuristic',
  };
  it('ignores node ids but notices text, label and heading changes', () => {
    expect(fingerprint({ ...s, items: [{ text: 'Gout', nodeId: 7 }] })).toBe(fingerprint(s));
    expect(fingerprint({ ...s, items: [{ text: 'Gout', label: 'Primary' }] })).not.toBe(fingerprint(s));
    expect(fingerprint({ ...s, heading: 'Diagnoses' })).not.toBe(fingerprint(s));
    expect(sameSections([s], [{ ...s, items: [{ text: 'Gout' }] }])).toBe(true);
    expect(sameSections([s], [{ ...s, items: [{ text: 'Gouty' }] }])).toBe(false);
    expect(sameSections([s], [])).toBe(false);
  });
});
