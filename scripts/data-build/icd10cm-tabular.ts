/**
 * Node-only (data build): ICD-10-CM tabular (`icd10cm-tabular-2021.xml`): inclusion terms as synonyms
 * of the UK code each CM code maps to, and "code first" notes of asterisk-style codes as
 * dagger/asterisk partner pairs (the CM code names the underlying disease to sequence first).
 * A tag scanner is enough here: the file is regular and machine-written.
 */
import type { CodeEntry, TermEntry } from '@/lib/classification/model';
import type { CmMapper } from './cm-map';
import { cleanIndexText } from './icd10cm-index';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

export interface TabularResult {
  terms: TermEntry[];
  /** [dagger (underlying disease), asterisk (manifestation)] */
  pairs: [string, string][];
}

/** Scan the tabular XML. `codes` supplies the UK asterisk marks that make a code-first note a pair. */
export function buildTabularTerms(xml: string, map: CmMapper, codes: CodeEntry[]): TabularResult {
  const asterisk = new Set(codes.filter((c) => c.asterisk).map((c) => c.code));
  const terms: TermEntry[] = [];
  const pairs: [string, string][] = [];
  const stack: string[] = [];
  let section: 'inclusionTerm' | 'codeFirst' | null = null;
  let expectName = false;
  const re = /<(\/?)(diag|name|inclusionTerm|codeFirst|note)>([^<]*)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [, close, tag, body] = m;
    if (tag === 'diag') {
      if (close) stack.pop();
      else expectName = true;
    } else if (tag === 'name' && !close && expectName) {
      stack.push(body!.trim());
      expectName = false;
    } else if (tag === 'inclusionTerm' || tag === 'codeFirst') {
      section = close ? null : tag;
    } else if (tag === 'note' && !close && section && stack.length) {
      const cm = stack[stack.length - 1]!;
      const uk = map(cm);
      if (!uk) continue;
      const note = decode(body!);
      if (section === 'inclusionTerm') {
        const text = cleanIndexText(note);
        if (text.length >= 3 && text.split(' ').length <= 12)
          terms.push({ system: 'icd10', code: uk, text, source: 'icd10cm-inclusion' });
      } else if (asterisk.has(uk)) {
        for (const ref of note.matchAll(/\(([A-Z]\d{2}(?:\.[0-9A-Z-]+)?)\)/g)) {
          const d = map(ref[1]!.replace(/\.?-$/, ''));
          if (d && !asterisk.has(d)) pairs.push([d, uk]);
        }
      }
    }
  }
  return { terms, pairs };
}
