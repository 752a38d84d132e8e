import { describe, expect, it } from 'vitest';
import { createEpisode } from './model';
import { EpisodesFileError, isNewer, readEpisodesFile, toEpisodesFile } from './transfer';

const at = (iso: string) => new Date(iso);
const ep = createEpisode(at('2026-01-01T00:00:00Z'), '0b7b1a8e-7a39-4c43-9f0a-3c1d2f0e9a11');

describe('episodes file', () => {
  it('round-trips through the versioned envelope', () => {
    const file = toEpisodesFile([ep], at('2026-02-01T00:00:00Z'));
    expect(file).toMatchObject({
      format: 'sidecoder-episodes',
      version: 1,
      exported: '2026-02-01T00:00:00.000Z',
    });
    expect(readEpisodesFile(JSON.stringify(file))).toEqual({ episodes: [ep], problems: [] });
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 1, exported: ep.createdAt, episodes: [] }),
      /not a Sidecoder episodes file/,
    ],
    [
      'a future version',
      JSON.stringify({ format: 'sidecoder-episodes', version: 2, exported: ep.createdAt, episodes: [] }),
      /version 2/,
    ],
    [
      'episodes not a list',
      JSON.stringify({ format: 'sidecoder-episodes', version: 1, exported: ep.createdAt, episodes: {} }),
      /malformed: episodes/,
    ],
    ['null', 'null', /not a Sidecoder/],
  ])('refuses %s whole', (_, text, message) => {
    expect(() => readEpisodesFile(text)).toThrow(EpisodesFileError);
    expect(() => readEpisodesFile(text)).toThrow(message);
  });

  it('lists bad episodes by position and keeps the good ones', () => {
    const file = toEpisodesFile([ep, { ...ep, ref: '943 476 5919' }, { ...ep, age: 200 }] as never);
    const { episodes, problems } = readEpisodesFile(JSON.stringify(file));
    expect(episodes).toEqual([ep]);
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
    expect(problems[0]!.message).toMatch(/^ref: .*NHS number/);
    expect(problems[0]!.message).not.toContain('943');
    expect(problems[1]!.message).toMatch(/^age:/);
  });

  it('replaces only with a newer copy', () => {
    const newer = { ...ep, updatedAt: '2026-01-02T00:00:00.000Z' };
    expect(isNewer(newer, ep)).toBe(true);
    expect(isNewer(ep, newer)).toBe(false);
    expect(isNewer(ep, ep)).toBe(false);
    expect(isNewer(ep, undefined)).toBe(true);
  });
});
