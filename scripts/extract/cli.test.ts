import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';

async function extract(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/extract.ts', ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

interface JsonMention {
  text: string;
  kind: string;
  status: string;
  laterality: string | null;
  section: string;
  suggestions: { code: string; system: string; title: string; score: number; reason: string }[];
}
const lastLine = (s: string): { mentions: JsonMention[] } => JSON.parse(s.trim().split('\n').at(-1)!);

describe('npm run extract', () => {
  it('codes an HTML discharge summary, with the JSON contract on the last line', async () => {
    const r = await extract('--input', 'tests/fixtures/discharge-summary.html', '--json');
    expect(r.code).toBe(0);
    const { mentions } = lastLine(r.stdout);
    for (const m of mentions) {
      expect(Object.keys(m)).toEqual(['text', 'kind', 'status', 'laterality', 'section', 'suggestions']);
      for (const s of m.suggestions)
        expect(Object.keys(s)).toEqual(['code', 'system', 'title', 'score', 'reason']);
    }
    const mi = mentions.find((m) => m.status === 'history' && /MI/.test(m.text));
    expect(mi?.suggestions.map((s) => s.code)).toContain('I25.2');
    const lap = mentions.find((m) => m.kind === 'procedure');
    expect(lap?.suggestions.map((s) => s.code)).toEqual(expect.arrayContaining(['J18.3', 'Y75.2']));
    const pneumonia = mentions.find((m) => /pneumonia/i.test(m.text));
    expect(pneumonia).toMatchObject({ laterality: 'right', section: 'diagnoses' });
    expect(mentions.filter((m) => !m.laterality).every((m) => m.laterality === null)).toBe(true);
  }, 60_000);

  it('reads a .txt file as one free-text section and prints a readable summary', async () => {
    const json = await extract('--input', 'tests/fixtures/text/clinic-note.txt', '--json');
    const { mentions } = lastLine(json.stdout);
    expect(mentions.every((m) => m.section === 'free-text')).toBe(true);
    const pe = mentions.find((m) => /embolism/i.test(m.text));
    expect(pe).toMatchObject({ status: 'negated', suggestions: [] });
    const fh = mentions.find((m) => m.status === 'family');
    expect(fh?.suggestions[0]?.code).toBe('Z80.3');
    const text = await extract('--input', 'tests/fixtures/text/clinic-note.txt');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/I25\.2\s+Old myocardial infarction/);
  }, 60_000);

  it('exits 1 with a one-line error for a missing file or an unknown extension', async () => {
    const missing = await extract('--input', 'tests/fixtures/text/no-such-file.txt');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe('error: no such file: tests/fixtures/text/no-such-file.txt');
    const pdf = await extract('--input', 'README.md');
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toMatch(/^error: unsupported file type/);
    expect(pdf.stderr).not.toMatch(/\n\s+at /);
    const none = await extract();
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^error: --input FILE is required/);
  }, 60_000);
});
