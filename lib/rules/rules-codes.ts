/**
 * Rules about each code on its own: it exists in the release in force, is valid for coding, and
 * suits the patient's sex and age. Pure; any context. Written once for both classifications.
 */
import type { System } from '@/lib/classification/model';
import { SYSTEM_LABELS } from '@/lib/classification/model';
import { codeSet } from './code-range';
import { codesOf, eachItem } from './combinators';
import { replaceFix } from './fixes';
import { inherited } from './context';
import { OPCS_SEX_FALLBACK } from './tables/opcs-sex';
import type { CodedItem, RuleContext, Rule } from './types';

// External-cause activity 5th characters (V01-Y34) are optional (WHO ICD-10 Vol.1 note before
// V01) and NHS data sets carry 4 characters, so a 4-character external cause code is complete.
const ACTIVITY_OPTIONAL = codeSet(['V01-Y34']);
// Ranges where the UK 5th character is required (NCCS: S-chapter fractures, open/closed and
// open wound of intracranial/intrathoracic/intra-abdominal injury; chapter XIII site).
const UK_FIFTH_REQUIRED = codeSet(['S00-T98', 'M00-M99']);
// Place of occurrence is the 4th character of W00-Y34, except Y06 and Y07 (WHO ICD-10 Vol.1).
export const PLACE_OF_OCCURRENCE = codeSet(['W00-Y05', 'Y08-Y34']);

const OPCS_SEX = OPCS_SEX_FALLBACK.map((r) => ({ match: codeSet(r.codes), sex: r.sex }));

/** Subdivisions of a code that exist in the release (`J18` -> `J18.0 … J18.9`), for messages. */
function subdivisions(ctx: RuleContext, system: System, code: string): string[] {
  const stems = [...'0123456789'].map((d) => (code.includes('.') ? code + d : `${code}.${d}`));
  return stems.filter((c) => ctx.lookup.get(system, c));
}

function example(list: string[]): string {
  return list.length > 1 ? ` (${list[0]}–${list[list.length - 1]})` : list.length ? ` (${list[0]})` : '';
}

function when(ctx: RuleContext): string {
  return ctx.episode.endDate ? ` for ${ctx.episode.endDate}` : '';
}

function codeExists(system: System): Rule['check'] {
  return eachItem(system, (item, ctx) => {
    if (item.entry) return null;
    const what = item.code ?? item.raw;
    const shape = item.code ? '' : ' It does not look like a code.';
    return {
      codes: [what],
      message: `${what} is not a code in the ${SYSTEM_LABELS[system]} release in force${when(ctx)}.${shape}`,
    };
  });
}

function sexLimit(system: System): Rule['check'] {
  return eachItem(system, (item: CodedItem, ctx) => {
    const sex = ctx.episode.sex;
    if (!sex || !item.entry) return null;
    let limit = inherited(ctx, item.entry, 'sex');
    let source = inherited(ctx, item.entry, 'limitSource');
    if (!limit && system === 'opcs4') {
      limit = OPCS_SEX.find((r) => r.match(item.entry!.code))?.sex;
      source = 'OPCS-4 chapter/category title (curated)';
    }
    if (!limit || limit === sex) return null;
    return {
      codes: [item.entry.code],
      message: `${item.entry.code} is for ${limit} patients only; this episode's patient is ${sex}.${source ? ` (${source})` : ''}`,
    };
  });
}

function ageLimit(system: System): Rule['check'] {
  return eachItem(system, (item, ctx) => {
    const age = ctx.episode.age;
    if (age === null || age === undefined || !item.entry) return null;
    const min = inherited(ctx, item.entry, 'minAge');
    const max = inherited(ctx, item.entry, 'maxAge');
    if ((min === undefined || age >= min) && (max === undefined || age <= max)) return null;
    const range =
      min !== undefined && max !== undefined
        ? `${min}–${max}`
        : min !== undefined
          ? `${min} or over`
          : `${max} or under`;
    return {
      codes: [item.entry.code],
      message: `${item.entry.code} is limited to ages ${range}; this patient is ${age}.`,
    };
  });
}

function needsFourth(system: System): Rule['check'] {
  return eachItem(system, (item, ctx) => {
    const e = item.entry;
    if (!e || e.validForCoding || e.kind !== 'category') return null;
    if (system === 'icd10' && PLACE_OF_OCCURRENCE(e.code)) return null; // its own rule says why
    return {
      codes: [e.code],
      message: `${e.code} has subdivisions: code to the 4th character${example(subdivisions(ctx, system, e.code))}.`,
    };
  });
}

export const CODE_RULES: readonly Rule[] = [
  {
    id: 'icd10.code-exists',
    citation:
      'NCCS ICD-10: classification in force (DGCS introduction; ICD-10 5th Edition mandatory since 1 April 2016)',
    severity: 'error',
    title: 'Diagnosis code exists in the ICD-10 release in force',
    appliesTo: 'icd10',
    check: codeExists('icd10'),
  },
  {
    id: 'opcs4.code-exists',
    citation: 'NCCS OPCS-4: version in force for the episode end date',
    severity: 'error',
    title: 'Procedure code exists in the OPCS-4 release in force',
    appliesTo: 'opcs4',
    check: codeExists('opcs4'),
  },
  {
    id: 'icd10.needs-4th-character',
    citation:
      'ICD-10 Vol.2 (WHO 2016) structure of the classification: four-character subcategories; NHS Data Dictionary ICD-10 code format',
    severity: 'error',
    title: 'A category with subdivisions needs its 4th character',
    appliesTo: 'icd10',
    check: needsFourth('icd10'),
  },
  {
    id: 'opcs4.needs-4th-character',
    citation:
      'NCCS OPCS-4 rules: codes are recorded at four characters (PRule section; exact number unverified)',
    severity: 'error',
    title: 'An OPCS-4 category needs its 4th character',
    appliesTo: 'opcs4',
    check: needsFourth('opcs4'),
  },
  {
    id: 'icd10.needs-5th-character',
    citation:
      'NCCS ICD-10 chapter XIII (site 5th characters) and chapter XIX (fracture open/closed 5th characters)',
    severity: 'error',
    title: 'UK 5th character required (chapter XIII site, chapter XIX fractures and injuries)',
    appliesTo: 'icd10',
    check: eachItem('icd10', (item, ctx) => {
      const e = item.entry;
      if (!e || e.validForCoding || e.kind !== 'code' || !UK_FIFTH_REQUIRED(e.code)) return null;
      const what = e.code.startsWith('M') ? 'the site' : 'open/closed (or with/without open wound)';
      // ICD-10 Vol.1 chapter XIX: a fracture not stated as open or closed is classified as closed
      // (and an injury not stated as with an open wound, as without), so that default is mechanical.
      const closed = ctx.lookup.get('icd10', `${e.code}0`);
      const byDefault = closed && /\(closed\)|without open/i.test(closed.title) ? closed.code : undefined;
      return {
        codes: [e.code],
        message: `${e.code} needs a UK 5th character for ${what}${example(subdivisions(ctx, 'icd10', e.code))}.`,
        fix: byDefault ? replaceFix('icd10', codesOf(ctx.diagnoses), item.index, byDefault) : undefined,
      };
    }),
  },
  {
    id: 'icd10.fifth-character-listed',
    citation:
      'ICD-10 5th Edition: optional 5th characters outside chapters XIII and XIX (local PAS practice)',
    severity: 'info',
    title: 'The release lists 5th characters for this code',
    appliesTo: 'icd10',
    check: eachItem('icd10', (item, ctx) => {
      const e = item.entry;
      if (
        !e ||
        e.validForCoding ||
        e.kind !== 'code' ||
        UK_FIFTH_REQUIRED(e.code) ||
        ACTIVITY_OPTIONAL(e.code)
      )
        return null;
      return {
        codes: [e.code],
        message: `The release lists 5th characters under ${e.code}${example(subdivisions(ctx, 'icd10', e.code))}; check whether your data set expects one.`,
      };
    }),
  },
  {
    id: 'icd10.place-of-occurrence',
    citation:
      'ICD-10 Vol.1 chapter XX place-of-occurrence 4th character (W00–Y34 except Y06, Y07); NCCS chapter XX',
    severity: 'error',
    title: 'External cause codes W00–Y34 need the place-of-occurrence 4th character',
    appliesTo: 'icd10',
    check: eachItem('icd10', (item, ctx) => {
      const e = item.entry;
      if (!e || e.validForCoding || e.kind !== 'category' || !PLACE_OF_OCCURRENCE(e.code)) return null;
      const unspecified = ctx.lookup.get('icd10', `${e.code}.9`);
      return {
        codes: [e.code],
        message: `${e.code} needs a 4th character for the place of occurrence${example(subdivisions(ctx, 'icd10', e.code))}; use .9 when the place is not stated.`,
        fix: unspecified
          ? replaceFix('icd10', codesOf(ctx.diagnoses), item.index, unspecified.code)
          : undefined,
      };
    }),
  },
  {
    id: 'icd10.sex-limit',
    citation:
      'ICD-10 Vol.2 (WHO 2016) list of codes restricted to one sex; TRUD GENDER_MASK when a TRUD release is loaded',
    severity: 'error',
    title: 'Diagnosis suits the patient’s sex',
    appliesTo: 'icd10',
    check: sexLimit('icd10'),
  },
  {
    id: 'opcs4.sex-limit',
    citation: 'OPCS-4 sex scrutiny (TRUD metadata); OPCS-4 chapter titles for the curated fallback',
    severity: 'error',
    title: 'Procedure suits the patient’s sex',
    appliesTo: 'opcs4',
    check: sexLimit('opcs4'),
  },
  {
    id: 'icd10.age-limit',
    citation: 'TRUD ICD-10 metadata MIN_AGE/MAX_AGE (when a TRUD release is loaded)',
    severity: 'error',
    title: 'Diagnosis suits the patient’s age',
    appliesTo: 'icd10',
    check: ageLimit('icd10'),
  },
  {
    id: 'opcs4.age-limit',
    citation: 'TRUD OPCS-4 metadata age scrutiny (when a TRUD release is loaded)',
    severity: 'error',
    title: 'Procedure suits the patient’s age',
    appliesTo: 'opcs4',
    check: ageLimit('opcs4'),
  },
];
