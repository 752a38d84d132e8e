// Runs the real command as a child process: exit codes, stderr and the JSON last line are the contract.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const GOOD = 'tests/fixtures/releases/trud-icd10/ICD10_Edition5_CodesAndTitlesAndMetadata_GB_20160401.txt';
const BAD = 'tests/fixtures/releases/trud-icd10/malformed/wrong-field-count.txt';

function release(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/release.ts', ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lastLine = (s: string) => s.trimEnd().split('\n').pop() ?? '';

// Each run starts tsx afresh (~3 s on a 2-core machine).
describe('npm run release -- check', { timeout: 60_000 }, () => {
  it('exits 0 with a summary and the JSON object on the last line for a good file', () => {
    const r = release('check', '--input', GOOD, '--json');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/format: +trud-icd10-tsv/);
    expect(r.stdout).toMatch(/valid for coding: +\d+/);
    expect(JSON.parse(lastLine(r.stdout))).toEqual({
      system: 'icd10',
      format: 'trud-icd10-tsv',
      version: 'ICD-10 5th Edition 2016-04-01',
      codes: 197,
    });
  });

  it('exits 1 with an error line naming file, line and problem, and no stack trace, for a bad file', () => {
    const r = release('check', '--input', BAD, '--json');
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(`error: ${BAD}, line 7: expected 12 tab-separated fields, found 9`);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['check', '--input', 'no/such/file.txt'], 'error: cannot read no/such/file.txt: no such file'],
    [['check'], 'error: no --input FILE'],
    [['check', '--input', GOOD, '--verbose'], 'error: unknown option --verbose'],
    [['check', '--input', 'tests/fixtures/releases/trud-icd10/malformed/binary.txt'], /binary content/],
  ])('exits 1 for %j', (args, message) => {
    const r = release(...args);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
