/**
 * The XML twin of the TRUD ICD-10 5th Edition `CodesAndTitlesAndMetadata` file, and the small strict
 * XML reader the OPCS-4 XML parser shares. Pure; any context (no DOMParser: it does not exist in Node
 * or in the service worker).
 *
 * Accepted shape: one root element holding flat records, one per code, whose fields are attributes
 * (`<CLASS CODE="A00.0" ALT_CODE="A000" USAGE="DEFAULT" .../>`) or child elements with text
 * (`<ROW><CODE>A00.0</CODE>...</ROW>`), with the TSV's column names. Namespace prefixes are
 * ignored. Anything else (deeper nesting, text between records, a DTD with entities, a file that
 * stops before the root closes) refuses the file.
 */
import { ReleaseParseError } from './parse-error';
import type { ParsedFile } from './parsed-file';
import { normaliseText } from './read-text';
import { buildTrudIcd10, TRUD_ICD10_COLUMNS, type RawRow } from './trud-icd10';

/** One flat record: its element name, the line it starts on and its fields. */
export interface XmlRecord {
  name: string;
  line: number;
  fields: Record<string, string>;
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const SPACE = /\s*/y;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** A cursor over the text that knows line numbers and throws ReleaseParseError. */
class Cursor {
  i = 0;
  private readonly lineStarts: number[] = [0];
  constructor(
    readonly s: string,
    readonly file: string,
  ) {
    for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 10) this.lineStarts.push(k + 1);
  }
  line(at = this.i): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  fail(problem: string, at = this.i): never {
    throw new ReleaseParseError(this.file, problem, this.line(at));
  }
  eof(what: string): never {
    this.fail(`the file ends inside ${what}: truncated XML`, this.s.length);
  }
  skipSpace(): void {
    SPACE.lastIndex = this.i;
    SPACE.test(this.s);
    this.i = SPACE.lastIndex;
  }
  starts(t: string): boolean {
    return this.s.startsWith(t, this.i);
  }
  /** Skip whitespace, comments and processing instructions; refuse anything else but markup. */
  skipMisc(allowDoctype = false): void {
    for (;;) {
      this.skipSpace();
      if (this.starts('<!--')) this.skipTo('-->', 'a comment');
      else if (this.starts('<?')) this.skipTo('?>', 'a processing instruction');
      else if (allowDoctype && this.starts('<!DOCTYPE')) {
        const end = this.s.indexOf('>', this.i);
        if (end < 0) this.eof('the DOCTYPE');
        if (this.s.slice(this.i, end).includes('['))
          this.fail('a DOCTYPE with an internal subset is not accepted');
        this.i = end + 1;
      } else return;
    }
  }
  skipTo(end: string, what: string): void {
    const at = this.s.indexOf(end, this.i);
    if (at < 0) this.eof(what);
    this.i = at + end.length;
  }
  name(): string {
    NAME.lastIndex = this.i;
    const m = NAME.exec(this.s);
    if (!m) this.fail(this.i >= this.s.length ? 'truncated XML' : 'expected an element or attribute name');
    this.i += m[0].length;
    return m[0].replace(/^.*:/, '');
  }
  /** Attributes up to `>` or `/>`; returns them and whether the element closed itself. */
  attributes(): { attrs: Record<string, string>; selfClosing: boolean } {
    const attrs: Record<string, string> = {};
    for (;;) {
      this.skipSpace();
      if (this.i >= this.s.length) this.eof('a tag');
      if (this.starts('/>')) return ((this.i += 2), { attrs, selfClosing: true });
      if (this.starts('>')) return ((this.i += 1), { attrs, selfClosing: false });
      const start = this.i;
      const key = this.name();
      const raw = this.s.slice(start, this.i);
      if (this.s[this.i] !== '=') this.fail(`attribute ${key} has no value`);
      const q = this.s[this.i + 1];
      if (q !== '"' && q !== "'") this.fail(`attribute ${key}: value must be quoted`);
      const end = this.s.indexOf(q, this.i + 2);
      if (end < 0) this.eof('an attribute value');
      const value = this.decode(this.s.slice(this.i + 2, end));
      this.i = end + 1;
      if (raw === 'xmlns' || raw.startsWith('xmlns:')) continue;
      if (key in attrs) this.fail(`attribute ${key} appears twice`);
      attrs[key] = value;
    }
  }
  decode(raw: string): string {
    if (raw.includes('<')) this.fail('"<" inside an attribute value');
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;\s]*);?/g, (whole, ent: string) => {
      if (!whole.endsWith(';')) this.fail(`bare "&" (write &amp;)`);
      if (ent in ENTITIES) return ENTITIES[ent]!;
      const num = /^#(?:x([0-9a-fA-F]+)|(\d+))$/.exec(ent);
      if (num) return String.fromCodePoint(num[1] ? parseInt(num[1], 16) : Number(num[2]));
      return this.fail(`unknown entity &${ent};`);
    });
  }
  /** Text content of a field element up to its closing tag (CDATA allowed). */
  fieldText(name: string): string {
    let out = '';
    for (;;) {
      if (this.i >= this.s.length) this.eof(`<${name}>`);
      if (this.starts('<![CDATA[')) {
        const end = this.s.indexOf(']]>', this.i);
        if (end < 0) this.eof('a CDATA section');
        out += this.s.slice(this.i + 9, end);
        this.i = end + 3;
      } else if (this.starts('<!--')) this.skipTo('-->', 'a comment');
      else if (this.starts('</')) {
        this.closeTag(name);
        return out;
      } else if (this.starts('<')) this.fail(`<${name}> holds an element; records must be flat`);
      else {
        const next = this.s.indexOf('<', this.i);
        const end = next < 0 ? this.s.length : next;
        out += this.decode(this.s.slice(this.i, end));
        this.i = end;
      }
    }
  }
  closeTag(name: string): void {
    const at = this.i;
    this.i += 2;
    const got = this.name();
    this.skipSpace();
    if (this.s[this.i] !== '>') this.eof(`</${got}>`);
    this.i++;
    if (got !== name) this.fail(`</${got}> closes <${name}>`, at);
  }
  /** Whitespace and comments only, until the next tag. */
  expectTag(inside: string): void {
    for (;;) {
      this.skipSpace();
      if (this.i >= this.s.length) this.eof(`<${inside}>`);
      if (this.starts('<!--')) this.skipTo('-->', 'a comment');
      else if (this.s[this.i] !== '<') this.fail(`text directly inside <${inside}>`);
      else return;
    }
  }
}

function readRecord(c: Cursor): XmlRecord {
  const line = c.line();
  c.i++;
  const name = c.name();
  const { attrs, selfClosing } = c.attributes();
  const fields = { ...attrs };
  if (selfClosing) return { name, line, fields };
  for (;;) {
    c.expectTag(name);
    if (c.starts('</')) {
      c.closeTag(name);
      return { name, line, fields };
    }
    c.i++;
    const field = c.name();
    const child = c.attributes();
    if (Object.keys(child.attrs).length) c.fail(`field <${field}> has attributes; records must be flat`);
    if (field in fields) c.fail(`field ${field} appears twice in <${name}>`);
    fields[field] = child.selfClosing ? '' : c.fieldText(field);
  }
}

/**
 * Read a flat XML file: a root element whose children are records of attribute or child-element
 * fields. Throws ReleaseParseError (with the line) on anything outside that shape.
 */
export function readFlatXml(text: string, file: string): { root: string; records: XmlRecord[] } {
  const c = new Cursor(normaliseText(text), file);
  if (c.s.trim() === '') throw new ReleaseParseError(file, 'the file is empty');
  c.skipMisc(true);
  if (c.s[c.i] !== '<') c.fail('not XML: expected a root element');
  c.i++;
  const root = c.name();
  const records: XmlRecord[] = [];
  if (!c.attributes().selfClosing) {
    for (;;) {
      c.expectTag(root);
      if (c.starts('</')) {
        c.closeTag(root);
        break;
      }
      records.push(readRecord(c));
    }
  }
  c.skipMisc();
  if (c.i < c.s.length) c.fail('content after the root element');
  return { root, records };
}

/**
 * Parse the TRUD ICD-10 `CodesAndTitlesAndMetadata` XML: each record carries the TSV's columns
 * (CODE, ALT_CODE, USAGE, DESCRIPTION required; the rest default to empty; other fields ignored).
 */
export function parseTrudIcd10Xml(text: string, file: string): ParsedFile {
  const { root, records } = readFlatXml(text, file);
  if (records.length === 0) throw new ReleaseParseError(file, `<${root}> holds no code records`);
  const recordName = records[0]!.name;
  const rows: RawRow[] = records.map((r) => {
    if (r.name !== recordName) {
      throw new ReleaseParseError(file, `<${r.name}> among <${recordName}> records`, r.line);
    }
    const f = { ...r.fields };
    if (f.CODE === undefined && f.ICD10_CODE !== undefined) f.CODE = f.ICD10_CODE;
    for (const need of ['CODE', 'ALT_CODE', 'USAGE', 'DESCRIPTION']) {
      if (f[need] === undefined) throw new ReleaseParseError(file, `<${r.name}> has no ${need}`, r.line);
    }
    return { line: r.line, fields: Object.fromEntries(TRUD_ICD10_COLUMNS.map((col) => [col, f[col] ?? ''])) };
  });
  return buildTrudIcd10(rows, file, 'trud-icd10-xml');
}
