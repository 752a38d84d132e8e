import { describe, expect, it } from 'vitest';
import type { SuggestedMention } from '@/lib/messaging/protocol';
import type { Suggestion } from '@/lib/suggest/types';
import { codesToShow, formatSize, groupBySection, statsLine } from './page-view';

const s = (code: string, role: Suggestion['role'] = 'main'): Suggestion => ({
  code,
  system: 'icd10',
  title: code,
  score: 0.5,
  reason: 'r',
  role,
});

function mention(text: string, over: Partial<SuggestedMention> = {}): SuggestedMention {
  return {
    text,
    original: text,
    kind: 'diagnosis',
    status: 'affirmed',
    section: 'diagnoses',
    cues: [],
    qualifiers: [],
    expansions: [],
    item: 0,
    start: 0,
    end: text.length,
    suggestions: [],
    ...over,
  };
}

describe('This page view logic', () => {
  it('groups mentions by section kind in page order, keeping each mention’s page index', () => {
    const groups = groupBySection([
      mention('a', { section: 'diagnoses' }),
      mention('b', { section: 'procedures' }),
      mention('c', { section: 'diagnoses' }),
      mention('d', { section: 'history' }),
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Diagnoses', 'Procedures', 'Past history']);
    expect(groups[0]!.mentions.map((m) => [m.mention.text, m.index])).toEqual([
      ['a', 0],
      ['c', 2],
    ]);
    expect(groupBySection([])).toEqual([]);
  });

  it('shows no codes for negated mentions and three own codes plus supplementary ones', () => {
    const many = [s('A'), s('B'), s('C'), s('D'), s('Z94.2', 'laterality'), s('Y75.2', 'approach')];
    expect(codesToShow(mention('x', { suggestions: many })).map((c) => c.code)).toEqual([
      'A',
      'B',
      'C',
      'Z94.2',
      'Y75.2',
    ]);
    expect(codesToShow(mention('x', { status: 'negated', suggestions: many }))).toEqual([]);
  });

  it('says how much was read, and when the page text was cut', () => {
    const mentions = Array.from({ length: 48 }, (_, i) => mention(`m${i}`));
    expect(statsLine({ mentions, stats: { ms: 6.4, chars: 9000, truncated: false } })).toBe(
      '48 mentions read in 6 ms',
    );
    expect(statsLine({ mentions: [mention('x')] })).toBe('1 mention read');
    expect(statsLine({ mentions, stats: { ms: 40, chars: 2_000_000, truncated: true } })).toBe(
      '48 mentions read in 40 ms · page text cut at 2 MB',
    );
    expect(formatSize(640_200)).toBe('640 kB');
    expect(formatSize(2_500_000)).toBe('2.5 MB');
  });
});
