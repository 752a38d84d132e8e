/** `npm run validate`: the issue 4 §3 contract, run as a real process. */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = 'node_modules/.bin/tsx';

async function validate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/validate.ts', ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

function input(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'validate-')), 'episodes.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const EPISODES = [
  '{"id":"ep-1","sex":"female","age":84,"endDate":"2024-05-01","diagnoses":["F009","G309"],"procedures":[]}',
  '{"id":"ep-2","sex":"male","age":58,"diagnoses":["K40.9"],"procedures":["T20.2","Y75.2","Z94.2"],"bed":"12"}',
  'not json',
];

describe('npm run validate', () => {
  it('prints the JSON contract on the last line and reports malformed lines on stderr', async () => {
    const r = await validate('--input', input(EPISODES), '--json');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/:3: skipped: not valid JSON/);
    const out = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as {
      id: string;
      findings: Record<string, unknown>[];
    }[];
    expect(out.map((e) => e.id)).toEqual(['ep-1', 'ep-2']);
    expect(Object.keys(out[0]!)).toEqual(['id', 'findings']);
    const first = out[0]!.findings[0]!;
    expect(first).toMatchObject({ rule: 'icd10.asterisk-not-primary', severity: 'error', codes: ['F00.9'] });
    expect(Object.keys(first)).toEqual(['rule', 'severity', 'codes', 'message', 'fix']);
    expect(first.fix).toMatchObject({
      kind: 'move',
      code: 'G30.9',
      toIndex: 0,
      label: 'Move G30.9 before F00.9',
    });
    expect(out[1]!.findings).toEqual([]);
  }, 60_000);

  it('prints a readable report and exits 0 when nothing is wrong', async () => {
    const r = await validate('--input', input([EPISODES[1]!]));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ep-2 \(line 1\): no findings/);
    expect(r.stdout).toMatch(/1 episode\(s\): 0 with errors/);
  }, 60_000);

  it('names the rule, fix and citation in the readable report', async () => {
    const r = await validate('--input', input([EPISODES[0]!]));
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/error\s+icd10\.asterisk-not-primary \[F00\.9\]/);
    expect(r.stdout).toMatch(/fix: Move G30\.9 before F00\.9/);
    expect(r.stdout).toMatch(/rule: NCCS ICD-10 conventions: dagger and asterisk/);
  }, 60_000);

  it('exits 1 with a one-line error for a missing file or bad arguments', async () => {
    const missing = await validate('--input', 'no/such/file.jsonl');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error: no such file: no/such/file.jsonl\n');
    const bad = await validate('--frobnicate');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error: unknown argument "--frobnicate"/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('documents the exit codes in --help', async () => {
    const r = await validate('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Exit status:\n\s+0 .*\n\s+1 .*\n\s+2 /);
  }, 60_000);
});
