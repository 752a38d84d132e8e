import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeBundledRelease } from './bundle';
import { detectFormat, parseReleaseText } from './detect-format';
import type { Release } from './model';
import { ReleaseParseError } from './parse-error';

const R = 'tests/fixtures/releases';
const bytes = (path: string) => new Uint8Array(readFileSync(`${R}/${path}`));
const ICD = 'trud-icd10/ICD10_Edition5_CodesAndTitlesAndMetadata_GB_20160401';

const release: Release = {
  meta: {
    id: 'icd10/test',
    system: 'icd10',
    version: 'Test release',
    effectiveFrom: '2026-04-01',
    source: 'bundled',
    formatVersion: 1,
    builtAt: '2026-01-01T00:00:00Z',
    counts: { codes: 1, terms: 0 },
  },
  codes: [
    { system: 'icd10', code: 'I10', kind: 'category', title: 'Essential hypertension', validForCoding: true },
  ],
  terms: [],
};

describe('detectFormat from content', () => {
  it.each([
    [`${ICD}.txt`, 'trud-icd10-tsv'],
    [`${ICD}.xml`, 'trud-icd10-xml'],
    ['trud-opcs/OPCS410 CodesAndTitles Nov 2022 V1.0.txt', 'trud-opcs-tsv'],
    ['trud-opcs/OPCS411 CodesAndTitles Nov 2025 V1.0.txt', 'trud-opcs-tsv'],
    ['trud-opcs/OPCS411 CodesAndTitles Nov 2025 V1.0.xml', 'trud-opcs-xml'],
    ['trud-opcs/OPCS411 Metadata Nov 2025 V1.0.txt', 'trud-opcs-metadata'],
    ['ukb-coding19-good.tsv', 'ukb-icd10'],
    ['ukb-coding240-good.tsv', 'ukb-opcs4'],
  ])('%s -> %s, even when renamed', (path, format) => {
    expect(detectFormat(path, bytes(path))).toBe(format);
    expect(detectFormat('upload.dat', bytes(path))).toBe(format);
  });

  it('recognises a bundled release, gzipped or plain', () => {
    const json = JSON.stringify(encodeBundledRelease(release));
    expect(detectFormat('x.bin', new Uint8Array(gzipSync(json)))).toBe('bundled-release');
    expect(detectFormat('x', json)).toBe('bundled-release');
  });
});

describe('detectFormat from the name when the content says nothing', () => {
  it.each([
    ['ICD10_Edition5_CodesAndTitlesAndMetadata_GB_20160401.txt', 'trud-icd10-tsv'],
    ['ICD10_Edition5_CodesAndTitlesAndMetadata_GB_20160401.xml', 'trud-icd10-xml'],
    ['OPCS411 Metadata Nov 2025 V1.0.txt', 'trud-opcs-metadata'],
    ['OPCS411 CodesAndTitles Nov 2025 V1.0.txt', 'trud-opcs-tsv'],
    ['ukb-coding19.tsv', 'ukb-icd10'],
    ['icd10.json.gz', 'bundled-release'],
    ['notes.txt', null],
  ])('empty %s -> %s', (name, format) => {
    expect(detectFormat(name, new Uint8Array())).toBe(format);
  });

  it('does not call binary content a text format', () => {
    expect(detectFormat('x.txt', bytes('trud-icd10/malformed/binary.txt'))).toBeNull();
  });
});

describe('parseReleaseText', () => {
  it('runs the TRUD parser for the format', () => {
    const p = parseReleaseText(
      'trud-icd10-tsv',
      readFileSync(`${R}/${ICD}.txt`, 'utf8'),
      'ICD10_Edition5_x_20160401.txt',
    );
    expect(p).toMatchObject({
      system: 'icd10',
      format: 'trud-icd10-tsv',
      version: 'ICD-10 5th Edition 2016-04-01',
    });
  });

  it('wraps the UK Biobank parsers with no version', () => {
    const p = parseReleaseText('ukb-opcs4', readFileSync(`${R}/ukb-coding240-good.tsv`, 'utf8'), 'c240.tsv');
    expect(p).toMatchObject({ system: 'opcs4', format: 'ukb-opcs4', version: null, terms: [] });
    expect(p.codes.length).toBeGreaterThan(0);
  });

  it('decodes a bundled release and takes its version from the metadata', () => {
    const p = parseReleaseText(
      'bundled-release',
      JSON.stringify(encodeBundledRelease(release)),
      'icd10.json',
    );
    expect(p).toMatchObject({ system: 'icd10', version: 'Test release', effectiveFrom: '2026-04-01' });
    expect(p.codes.map((c) => c.code)).toEqual(['I10']);
  });

  it('refuses JSON that does not parse', () => {
    expect(() => parseReleaseText('bundled-release', '{"meta": ', 'b.json')).toThrow(ReleaseParseError);
  });
});
