// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { profileFor, SiteProfileError } from '@/lib/extract/profile';
import { SETTINGS_KEYS } from './settings';
import {
  loadSiteProfiles,
  MAX_STORED_PROFILES,
  readSiteProfiles,
  removeSiteProfile,
  saveSiteProfile,
} from './profiles';

const local = fakeBrowser.storage.local;
const ORIGIN = 'http://127.0.0.1:4173';
const profile = (id: string, extra: object = {}) => ({
  id,
  name: `Profile ${id}`,
  match: { origins: [ORIGIN] },
  sections: [{ kind: 'diagnoses', selector: '.dx' }],
  ...extra,
});

async function issuesOf(promise: Promise<unknown>): Promise<string[]> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(SiteProfileError);
    return (e as SiteProfileError).issues;
  }
  throw new Error('expected a SiteProfileError');
}

describe('site profile source', () => {
  it('lists the bundled profiles as built-in when nothing is stored', async () => {
    const loaded = await loadSiteProfiles(local);
    expect(loaded.entries.map((e) => [e.profile.id, e.builtIn])).toEqual([
      ['acme-epr', true],
      ['theatre-notes', true],
    ]);
    expect(loaded.invalid).toEqual([]);
  });

  it('adds, replaces by id and removes a profile; added ones come first', async () => {
    await saveSiteProfile(JSON.stringify(profile('ward-epr')), local);
    await saveSiteProfile(profile('ward-epr', { name: 'Renamed' }), local);
    const loaded = await loadSiteProfiles(local);
    expect(loaded.entries.map((e) => [e.profile.id, e.builtIn])).toEqual([
      ['ward-epr', false],
      ['acme-epr', true],
      ['theatre-notes', true],
    ]);
    expect(loaded.entries[0]!.profile.name).toBe('Renamed');
    // Stored as plain JSON with the defaults filled in.
    const stored = (await local.get(SETTINGS_KEYS.profiles))[SETTINGS_KEYS.profiles] as object[];
    expect(stored).toEqual([expect.objectContaining({ id: 'ward-epr', heuristics: 'fallback', ignore: [] })]);
    expect(profileFor(`${ORIGIN}/a`, loaded.profiles)?.id).toBe('ward-epr');

    expect(await removeSiteProfile('ward-epr', local)).toBe(true);
    expect(await removeSiteProfile('acme-epr', local)).toBe(false);
    expect((await loadSiteProfiles(local)).entries.map((e) => e.profile.id)).toEqual([
      'acme-epr',
      'theatre-notes',
    ]);
  });

  it('refuses invalid JSON, a bad selector and a built-in id, storing nothing', async () => {
    expect((await issuesOf(saveSiteProfile('{"id":', local)))[0]).toMatch(/^not JSON/);
    const bad = profile('bad-one', { sections: [{ kind: 'diagnoses', selector: 'div[[[' }] });
    expect(await issuesOf(saveSiteProfile(bad, local))).toEqual([
      'sections.0.selector: invalid CSS selector "div[[["',
    ]);
    expect(await issuesOf(saveSiteProfile(profile('acme-epr'), local))).toEqual([
      'id: "acme-epr" is a built-in profile; choose another id',
    ]);
    expect(await issuesOf(saveSiteProfile('x'.repeat(100_001), local))).toHaveLength(1);
    expect(await local.get(SETTINGS_KEYS.profiles)).toEqual({});
  });

  it('skips invalid stored entries and reports their issues and ids', () => {
    const loaded = readSiteProfiles([
      profile('good'),
      { id: 'typo', name: 'x', match: { origins: [ORIGIN] }, sections: [], extra: 1 },
      'not an object',
      profile('good'),
      profile('acme-epr'),
    ]);
    expect(loaded.entries.filter((e) => !e.builtIn).map((e) => e.profile.id)).toEqual(['good']);
    expect(loaded.invalid.map((i) => [i.index, i.id])).toEqual([
      [1, 'typo'],
      [2, undefined],
      [3, 'good'],
      [4, 'acme-epr'],
    ]);
    expect(loaded.invalid[0]!.issues).toContain('sections: needs at least one section');
    expect(loaded.invalid[2]!.issues[0]).toMatch(/already used/);
  });

  it('treats a malformed stored value as empty and caps an over-long list', () => {
    expect(readSiteProfiles({ not: 'a list' }).entries).toHaveLength(2);
    const many = Array.from({ length: MAX_STORED_PROFILES + 5 }, (_, i) => profile(`p-${i}`));
    const loaded = readSiteProfiles(many);
    expect(loaded.entries.filter((e) => !e.builtIn)).toHaveLength(MAX_STORED_PROFILES);
  });

  it('removes an invalid stored entry by its id', async () => {
    await local.set({ [SETTINGS_KEYS.profiles]: [{ id: 'broken' }, profile('ok')] });
    expect(await removeSiteProfile('broken', local)).toBe(true);
    expect((await loadSiteProfiles(local)).invalid).toEqual([]);
  });
});
