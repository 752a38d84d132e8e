import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFailure as failure } from '@/tests/support/parse-failure';
import { parseTrudIcd10 } from './trud-icd10';
import { parseTrudIcd10Xml, readFlatXml } from './trud-icd10-xml';

const DIR = 'tests/fixtures/releases/trud-icd10';
const NAME = 'ICD10_Edition5_CodesAndTitlesAndMetadata_GB_20160401';

describe('parseTrudIcd10Xml', () => {
  it('gives the same entries as the TSV it twins', () => {
    const xml = parseTrudIcd10Xml(readFileSync(`${DIR}/${NAME}.xml`, 'utf8'), `${NAME}.xml`);
    const tsv = parseTrudIcd10(readFileSync(`${DIR}/${NAME}.txt`, 'utf8'), `${NAME}.txt`);
    expect(xml.format).toBe('trud-icd10-xml');
    expect(xml.version).toBe('ICD-10 5th Edition 2016-04-01');
    expect(xml.codes).toEqual(tsv.codes);
  });

  it('reads child-element records, entities and CDATA', () => {
    const text = `<?xml version="1.0"?>
<ns:ROOT xmlns:ns="urn:x">
  <!-- a comment -->
  <ns:ROW>
    <ns:CODE>E10.0</ns:CODE><ALT_CODE>E100</ALT_CODE><USAGE>DEFAULT</USAGE>
    <DESCRIPTION>Type 1 diabetes &amp; mellitus</DESCRIPTION>
    <MODIFIER_4><![CDATA[With <coma>]]></MODIFIER_4><GENDER_MASK/>
  </ns:ROW>
</ns:ROOT>`;
    const p = parseTrudIcd10Xml(text, 'f.xml');
    expect(p.codes).toEqual([
      expect.objectContaining({
        code: 'E10.0',
        title: 'Type 1 diabetes & mellitus: with <coma>',
        validForCoding: true,
      }),
    ]);
  });

  it.each([
    ['<R><C CODE="A00" ALT_CODE="A00X" USAGE="DEFAULT" DESCRIPTION="x"/>\n<C CODE="A01"', /truncated XML/, 2],
    ['<R>\n<C CODE="A00" ALT_CODE="A00X" USAGE="DEFAULT"/></R>', /<C> has no DESCRIPTION/, 2],
    [
      '<R>\n<C CODE="A0" ALT_CODE="A0" USAGE="DEFAULT" DESCRIPTION="x"/></R>',
      /CODE: not a dotted ICD-10 code/,
      2,
    ],
    [
      '<R><C CODE="A00" ALT_CODE="A00X" USAGE="DEFAULT" DESCRIPTION="x"/>\n<D CODE="A01"/></R>',
      /<D> among <C>/,
      2,
    ],
    ['<R>stray text<C/></R>', /text directly inside <R>/, 1],
    ['<R><C><CODE><b>A00</b></CODE></C></R>', /records must be flat/, 1],
    ['<R><C DESCRIPTION="a & b"/></R>', /bare "&"/, 1],
    ['<R><C DESCRIPTION="&nbsp;"/></R>', /unknown entity/, 1],
    ['<!DOCTYPE R [<!ENTITY x "y">]><R/>', /internal subset/, 1],
    ['<R></S>', /<\/S> closes <R>/, 1],
    ['<R/>', /<R> holds no code records/, undefined],
    ['<R/><R/>', /content after the root element/, 1],
    ['not xml', /expected a root element/, 1],
    ['', /the file is empty/, undefined],
  ])('refuses %j', (text, problem, line) => {
    const e = failure(() => parseTrudIcd10Xml(text, 'f.xml'));
    expect(e.problem).toMatch(problem);
    expect(e.line).toBe(line);
  });

  it('readFlatXml reports the line each record starts on', () => {
    const { root, records } = readFlatXml('<a>\n  <r x="1"/>\n\n  <r>\n<x>2</x></r>\n</a>', 'f');
    expect(root).toBe('a');
    expect(records).toEqual([
      { name: 'r', line: 2, fields: { x: '1' } },
      { name: 'r', line: 4, fields: { x: '2' } },
    ]);
  });
});
