import { describe, expect, it } from 'vitest';
import { createEpisodeInbox, type IncomingCode } from './inbox';

const code = (c: string): IncomingCode => ({ system: 'icd10', code: c, source: 'search' });

describe('episode inbox', () => {
  it('queues codes until a listener comes, then delivers directly', () => {
    const inbox = createEpisodeInbox();
    inbox.addCodes([code('J18.9')]);
    const got: string[][] = [];
    const stop = inbox.listen((codes) => got.push(codes.map((c) => c.code)));
    expect(got).toEqual([['J18.9']]);
    inbox.addCodes([code('I10'), code('E11.9')]);
    expect(got).toEqual([['J18.9'], ['I10', 'E11.9']]);
    stop();
    inbox.addCodes([code('G01')]);
    expect(got).toHaveLength(2);
    inbox.listen((codes) => got.push(codes.map((c) => c.code)));
    expect(got.at(-1)).toEqual(['G01']);
  });
});
