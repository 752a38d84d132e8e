import { describe, expect, it } from 'vitest';
import { parseFailure as failure } from '@/tests/support/parse-failure';
import { readText, textLines, tsvFields } from './read-text';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readText', () => {
  it('decodes UTF-8, drops the BOM and turns CRLF and CR into LF', () => {
    const text = readText(
      new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('A01\tMénière\r\nA02\tx\rA03\ty')]),
      'f.txt',
    );
    expect(text).toBe('A01\tMénière\nA02\tx\nA03\ty');
  });

  it('refuses NUL bytes, naming the line', () => {
    const e = failure(() => readText(new Uint8Array([...bytes('a\nb\n'), 0, 1, 2]), 'f.txt'));
    expect(e.message).toBe('f.txt, line 3: binary content (NUL byte); is this a text file?');
  });

  it('refuses invalid UTF-8 (e.g. a Latin-1 export), naming the line', () => {
    const e = failure(() => readText(new Uint8Array([...bytes('ok\n'), 0x43, 0xe9, 0x74]), 'f.txt'));
    expect(e.line).toBe(2);
    expect(e.problem).toMatch(/not UTF-8/);
  });

  it('refuses UTF-16 and gzip with a hint', () => {
    expect(failure(() => readText(new Uint8Array([0xff, 0xfe, 0x41, 0]), 'f.txt')).problem).toMatch(/UTF-16/);
    expect(failure(() => readText(new Uint8Array([0x1f, 0x8b, 8, 0]), 'f.gz')).problem).toMatch(/gzip/);
  });
});

describe('textLines', () => {
  it('keeps original line numbers and skips blank lines', () => {
    expect(textLines('a\n\nb\n\n', 'f')).toEqual([
      { line: 1, text: 'a' },
      { line: 3, text: 'b' },
    ]);
  });

  it('refuses an empty file and control characters', () => {
    expect(failure(() => textLines(' \n\n', 'f')).problem).toBe('the file is empty');
    expect(failure(() => textLines('a\nb\u0002c', 'f')).line).toBe(2);
  });

  it('tsvFields insists on the field count', () => {
    expect(failure(() => tsvFields({ line: 4, text: 'a\tb' }, 3, 'f')).message).toBe(
      'f, line 4: expected 3 tab-separated fields, found 2',
    );
  });
});
