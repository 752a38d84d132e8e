/**
 * A tiny in-memory `CodeSource` over a handful of real-shaped codes, for component tests and for
 * reasoning about the UI without the bundled release. Pure; any context. Not used in production.
 */
import { canonicalCode } from '@/lib/classification/code-format';
import type { CodeEntry, System, TermEntry } from '@/lib/classification/model';
import type { PathNode, SearchResult } from '@/lib/search/types';
import type { CodeSource } from './code-source';

const CODES: CodeEntry[] = [
  {
    system: 'icd10',
    code: 'X',
    kind: 'chapter',
    title: 'Diseases of the respiratory system',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'J09-J18',
    kind: 'block',
    title: 'Influenza and pneumonia',
    parent: 'X',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'J18',
    kind: 'category',
    title: 'Pneumonia, organism unspecified',
    parent: 'J09-J18',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'J18.0',
    kind: 'code',
    title: 'Bronchopneumonia, unspecified',
    parent: 'J18',
    validForCoding: true,
    usage: 40210,
  },
  {
    system: 'icd10',
    code: 'J18.9',
    kind: 'code',
    title: 'Pneumonia, unspecified',
    parent: 'J18',
    validForCoding: true,
    usage: 250123,
  },
  {
    system: 'icd10',
    code: 'IX',
    kind: 'chapter',
    title: 'Diseases of the circulatory system',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'I10-I15',
    kind: 'block',
    title: 'Hypertensive diseases',
    parent: 'IX',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'I10',
    kind: 'category',
    title: 'Essential (primary) hypertension',
    parent: 'I10-I15',
    validForCoding: true,
    usage: 1500000,
  },
  {
    system: 'icd10',
    code: 'I',
    kind: 'chapter',
    title: 'Certain infectious and parasitic diseases',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'A15-A19',
    kind: 'block',
    title: 'Tuberculosis',
    parent: 'I',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'A17',
    kind: 'category',
    title: 'Tuberculosis of nervous system',
    parent: 'A15-A19',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'A17.0',
    kind: 'code',
    title: 'Tuberculous meningitis',
    parent: 'A17',
    validForCoding: true,
    dagger: true,
    partners: ['G01'],
  },
  {
    system: 'icd10',
    code: 'VI',
    kind: 'chapter',
    title: 'Diseases of the nervous system',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'G00-G09',
    kind: 'block',
    title: 'Inflammatory diseases of the central nervous system',
    parent: 'VI',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'G01',
    kind: 'category',
    title: 'Meningitis in bacterial diseases classified elsewhere',
    parent: 'G00-G09',
    validForCoding: true,
    asterisk: true,
    secondaryOnly: true,
    partners: ['A17.0'],
  },
  {
    system: 'icd10',
    code: 'XV',
    kind: 'chapter',
    title: 'Pregnancy, childbirth and the puerperium',
    validForCoding: false,
  },
  { system: 'icd10', code: 'O80-O84', kind: 'block', title: 'Delivery', parent: 'XV', validForCoding: false },
  {
    system: 'icd10',
    code: 'O80',
    kind: 'category',
    title: 'Single spontaneous delivery',
    parent: 'O80-O84',
    validForCoding: false,
  },
  {
    system: 'icd10',
    code: 'O80.0',
    kind: 'code',
    title: 'Single spontaneous delivery: spontaneous vertex delivery',
    parent: 'O80',
    validForCoding: true,
    sex: 'female',
    minAge: 12,
    maxAge: 55,
    limitSource: 'WHO ICD-10 Vol.2 4.2.5',
  },
  {
    system: 'opcs4',
    code: 'J',
    kind: 'chapter',
    title: 'Other abdominal organs, principally digestive',
    validForCoding: false,
  },
  {
    system: 'opcs4',
    code: 'J18',
    kind: 'category',
    title: 'Excision of gall bladder',
    parent: 'J',
    validForCoding: false,
  },
  {
    system: 'opcs4',
    code: 'J18.3',
    kind: 'code',
    title: 'Total cholecystectomy NEC',
    parent: 'J18',
    validForCoding: true,
    usage: 60000,
  },
  {
    system: 'opcs4',
    code: 'Y',
    kind: 'chapter',
    title: 'Subsidiary classification of methods of operation',
    validForCoding: false,
  },
  {
    system: 'opcs4',
    code: 'Y75',
    kind: 'category',
    title: 'Minimal access approach to abdominal cavity',
    parent: 'Y',
    validForCoding: false,
  },
  {
    system: 'opcs4',
    code: 'Y75.2',
    kind: 'code',
    title: 'Laparoscopic approach to abdominal cavity NEC',
    parent: 'Y75',
    validForCoding: true,
    secondaryOnly: true,
  },
];

const TERMS: TermEntry[] = [
  { system: 'opcs4', code: 'J18.3', text: 'lap chole', source: 'abbreviation' },
  { system: 'opcs4', code: 'J18.3', text: 'cholecystectomy', source: 'uk-synonym' },
  { system: 'icd10', code: 'J18.9', text: 'pneumonia NOS', source: 'icd10cm-index' },
  { system: 'icd10', code: 'J18.9', text: 'CAP', source: 'abbreviation' },
  { system: 'icd10', code: 'J18.9', text: 'Pneumonia NOS', source: 'icd10cm-inclusion' },
  { system: 'icd10', code: 'I10', text: 'HTN', source: 'abbreviation' },
];

const key = (system: System, code: string) => `${system}:${code}`;

export function createSyntheticSource(): CodeSource & { codes: CodeEntry[] } {
  const byKey = new Map(CODES.map((c) => [key(c.system, c.code), c]));
  const pathOf = (system: System, code: string): PathNode[] => {
    const out: PathNode[] = [];
    let cur = byKey.get(key(system, code))?.parent;
    while (cur) {
      const e = byKey.get(key(system, cur));
      if (!e) break;
      out.unshift({ code: e.code, title: e.title, kind: e.kind });
      cur = e.parent;
    }
    return out;
  };
  const toResult = (e: CodeEntry, matched: SearchResult['matched'], score: number): SearchResult => ({
    system: e.system,
    code: e.code,
    kind: e.kind,
    title: e.title,
    path: pathOf(e.system, e.code),
    matched,
    validForCoding: e.validForCoding,
    flags: {
      dagger: e.dagger,
      asterisk: e.asterisk,
      partners: e.partners,
      secondaryOnly: e.secondaryOnly,
      laterality: e.laterality,
      sex: e.sex,
      minAge: e.minAge,
      maxAge: e.maxAge,
    },
    usage: e.usage,
    score,
  });

  return {
    codes: CODES,
    search(query, opts = {}) {
      const q = query.trim().toLowerCase();
      if (!q) return [];
      const pool = CODES.filter((c) => (!opts.system || c.system === opts.system) && c.kind !== 'chapter');
      const out: SearchResult[] = [];
      const canon = canonicalCode(q);
      for (const c of pool) {
        if (canon && c.code.startsWith(canon)) out.push(toResult(c, { text: c.code, source: 'code' }, 10));
        else if (c.title.toLowerCase().includes(q))
          out.push(toResult(c, { text: c.title, source: 'title' }, 5));
        else {
          const t = TERMS.find(
            (t) => t.system === c.system && t.code === c.code && t.text.toLowerCase().includes(q),
          );
          if (t) out.push(toResult(c, { text: t.text, source: t.source }, 8));
        }
      }
      // A deliberately simple misspelling, so the "corrections" display has something to show.
      if (!out.length && q === 'pnuemonia') {
        const e = byKey.get(key('icd10', 'J18.9'))!;
        out.push(toResult(e, { text: e.title, source: 'title', corrections: ['pnuemonia → pneumonia'] }, 4));
      }
      return out.sort((a, b) => b.score - a.score).slice(0, opts.limit ?? 20);
    },
    getEntry: (system, code) => byKey.get(key(system, code)),
    childrenOf: (system, parent) =>
      CODES.filter((c) => c.system === system && (parent === null ? !c.parent : c.parent === parent)),
    pathOf,
    getTerms: async (system, code) => TERMS.filter((t) => t.system === system && t.code === code),
  };
}
