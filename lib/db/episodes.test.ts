import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEpisode, type Episode } from '@/lib/episode/model';
import { EpisodesFileError } from '@/lib/episode/transfer';
import { createEpisodeStore, EpisodeValidationError } from './episodes';
import { SidecoderDb } from './schema';

let db: SidecoderDb;
beforeEach(() => {
  db = new SidecoderDb(`episodes-test-${Math.random()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

let n = 0;
function episode(patch: Partial<Episode> = {}): Episode {
  n++;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return { ...createEpisode(new Date('2026-01-01T00:00:00Z'), id), ref: `EP-${n}`, ...patch };
}
const store = () => createEpisodeStore(db, () => new Date('2026-03-01T12:00:00Z'));

describe('episode store', () => {
  it('saves, gets and deletes an episode', async () => {
    const s = store();
    const e = episode({ diagnoses: [{ code: 'J18.9', source: 'typed', title: 'Pneumonia' }] });
    await s.save(e);
    expect(await s.get(e.id)).toEqual(e);
    await s.delete(e.id);
    expect(await s.get(e.id)).toBeUndefined();
  });

  it('refuses an invalid episode with the field and reason, storing nothing', async () => {
    const s = store();
    const bad = episode({ ref: '943 476 5919' });
    await expect(s.save(bad)).rejects.toThrow(EpisodeValidationError);
    await expect(s.save(bad)).rejects.toThrow(/^ref: .*NHS number/);
    await expect(s.save(episode({ age: 140 }))).rejects.toThrow(/^age:/);
    expect(await db.episodes.count()).toBe(0);
  });

  it('lists newest first, filtered by status, leaving out damaged rows', async () => {
    const s = store();
    const a = episode({ status: 'coded', updatedAt: '2026-01-03T00:00:00.000Z' });
    const b = episode({ status: 'queried', updatedAt: '2026-01-05T00:00:00.000Z' });
    const c = episode({ status: 'coded', updatedAt: '2026-01-04T00:00:00.000Z' });
    for (const e of [a, b, c]) await s.save(e);
    await db.episodes.put({ ...episode(), age: 'old' } as never); // written by something else
    expect((await s.list()).map((e) => e.id)).toEqual([b.id, c.id, a.id]);
    expect((await s.list('coded')).map((e) => e.id)).toEqual([c.id, a.id]);
    expect(await s.list('in-progress')).toEqual([]);
  });

  it('exports a versioned envelope that imports into an empty store', async () => {
    const s = store();
    const a = episode({ status: 'coded' });
    await s.save(a);
    const text = await s.exportJson();
    expect(JSON.parse(text)).toEqual({
      format: 'sidecoder-episodes',
      version: 1,
      exported: '2026-03-01T12:00:00.000Z',
      episodes: [a],
    });
    await s.delete(a.id);
    expect(await s.importJson(text)).toEqual({ added: 1, updated: 0, unchanged: 0, problems: [] });
    expect(await s.get(a.id)).toEqual(a);
  });

  it('never overwrites a newer episode with an older one, and lists bad episodes', async () => {
    const s = store();
    const stored = episode({ ref: 'EP-NEW1', updatedAt: '2026-02-01T00:00:00.000Z' });
    const older = { ...stored, ref: 'EP-OLD1', updatedAt: '2026-01-15T00:00:00.000Z' };
    const other = episode({ updatedAt: '2026-01-01T00:00:00.000Z' });
    const newerOther = { ...other, status: 'coded' as const, updatedAt: '2026-02-02T00:00:00.000Z' };
    await s.save(stored);
    await s.save(other);
    const file = {
      format: 'sidecoder-episodes',
      version: 1,
      exported: '2026-03-01T00:00:00.000Z',
      episodes: [older, newerOther, { ...episode(), sex: 'x' }, episode()],
    };
    const result = await s.importJson(JSON.stringify(file));
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(result.problems).toEqual([{ index: 2, message: expect.stringMatching(/^sex:/) }]);
    expect((await s.get(stored.id))?.ref).toBe('EP-NEW1');
    expect((await s.get(other.id))?.status).toBe('coded');
  });

  it('refuses a file with a wrong envelope whole', async () => {
    const s = store();
    const file = {
      format: 'sidecoder-episodes',
      version: 9,
      exported: '2026-03-01T00:00:00.000Z',
      episodes: [episode()],
    };
    await expect(s.importJson(JSON.stringify(file))).rejects.toThrow(EpisodesFileError);
    await expect(s.importJson('[]')).rejects.toThrow(/not a Sidecoder episodes file/);
    expect(await db.episodes.count()).toBe(0);
  });
});
