/**
 * ICD-10 sequencing and combination rules. Pure; any context.
 * Citations name the reference-book section; see docs/rules.md for which ids are verified.
 */
import {
  codesOf,
  mutuallyExclusive,
  needsCompanion,
  neverPrimary,
  noDuplicates,
  positionAtMost,
  symptomWithDefinitive,
} from './combinators';
import { inherited, isAsterisk } from './context';
import {
  codeBefore,
  daggerFor,
  hasCuratedAetiology,
  isKnownAetiology,
  requiredAsterisk,
  satisfiesRequired,
} from './dagger-asterisk';
import { insertFix, moveFix } from './fixes';
import { SYMPTOM_PAIRS } from './tables/symptom-pairs';
import type { CodedItem, Rule, RuleContext, RuleHit } from './types';

type Placement = { kind: 'ok' } | { kind: 'alone' } | { kind: 'elsewhere'; aetiology: CodedItem };

/** Where an asterisk code stands relative to the aetiology code it belongs after. */
function placement(ctx: RuleContext, asterisk: CodedItem): Placement {
  const items = ctx.diagnoses;
  const known = items.filter((c) => c !== asterisk && isKnownAetiology(ctx, c, asterisk));
  const curated = hasCuratedAetiology(asterisk.code!);
  const before = codeBefore(items, asterisk);
  // Without curated or release knowledge of the pair, any code may be the aetiology.
  const lenient = !curated && known.length === 0;
  if (before && (lenient || known.includes(before))) return { kind: 'ok' };
  if (known.length > 0) return { kind: 'elsewhere', aetiology: known[0]! };
  if (lenient && items.some((c) => !isAsterisk(c))) return { kind: 'ok' };
  return { kind: 'alone' };
}

function asterisks(ctx: RuleContext): CodedItem[] {
  return ctx.diagnoses.filter((i) => isAsterisk(i) && i.code);
}

const asteriskNotPrimary = (ctx: RuleContext): RuleHit[] => {
  const first = ctx.diagnoses[0];
  if (!first || !isAsterisk(first)) return [];
  const codes = codesOf(ctx.diagnoses);
  const p = placement(ctx, first);
  const lead =
    p.kind === 'elsewhere'
      ? p.aetiology
      : p.kind === 'ok'
        ? ctx.diagnoses.find((i) => !isAsterisk(i))
        : undefined;
  return [
    {
      codes: [first.code!],
      message: `${first.code} is an asterisk (manifestation) code and cannot be the primary diagnosis; its aetiology (dagger) code comes first.`,
      fix: lead ? moveFix('icd10', codes, lead.index, 0) : undefined,
    },
  ];
};

const asteriskAlone = (ctx: RuleContext): RuleHit[] =>
  asterisks(ctx)
    .filter((a) => placement(ctx, a).kind === 'alone')
    .map((a) => {
      const dagger = daggerFor(a.code!);
      return {
        codes: [a.code!],
        message: `${a.code} is an asterisk (manifestation) code and is never coded without its aetiology (dagger) code${dagger ? ` (${dagger})` : ''}.`,
        fix: dagger ? insertFix('icd10', dagger, a.index, `Add ${dagger} before ${a.code}`) : undefined,
      };
    });

const asteriskAfterDagger = (ctx: RuleContext): RuleHit[] => {
  const codes = codesOf(ctx.diagnoses);
  return asterisks(ctx).flatMap((a) => {
    const p = placement(ctx, a);
    if (a.index === 0 || p.kind !== 'elsewhere') return [];
    const d = p.aetiology.index;
    return [
      {
        codes: [a.code!, p.aetiology.code!],
        message: `${a.code} should directly follow its dagger code ${p.aetiology.code}.`,
        // Removing the asterisk first shifts a later dagger up by one.
        fix: moveFix('icd10', codes, a.index, d < a.index ? d + 1 : d),
      },
    ];
  });
};

const daggerNeedsAsterisk = (ctx: RuleContext): RuleHit[] => {
  const items = ctx.diagnoses;
  return items.flatMap((d) => {
    const need = d.code && !isAsterisk(d) ? requiredAsterisk(d.code) : undefined;
    if (!need || items.some((a) => isAsterisk(a) && satisfiesRequired(d.code!, a.code!))) return [];
    return [
      {
        codes: [d.code!],
        message: `${d.code} takes an asterisk code for its manifestation (${need.codes.join(', ')}); add it directly after ${d.code}.`,
        fix: need.suggest
          ? insertFix('icd10', need.suggest, d.index + 1, `Add ${need.suggest} after ${d.code}`)
          : undefined,
      },
    ];
  });
};

const daggerPartnerPrompt = (ctx: RuleContext): RuleHit[] => {
  const items = ctx.diagnoses;
  return items.flatMap((d) => {
    if (!d.entry || isAsterisk(d) || requiredAsterisk(d.code!) || !inherited(ctx, d.entry, 'dagger'))
      return [];
    const partners = inherited(ctx, d.entry, 'partners') ?? [];
    const starred = partners.filter((p) => ctx.lookup.get('icd10', p)?.asterisk);
    const present = items.some((i) => starred.some((p) => i.code === p || i.code?.startsWith(`${p}.`)));
    if (!starred.length || present) return [];
    return [
      {
        codes: [d.code!],
        message: `If a manifestation is documented, ${d.code} is its aetiology (dagger) code and the asterisk code (${starred.join(', ')}) follows it.`,
      },
    ];
  });
};

const EXTERNAL_CAUSE = ['V01-Y98'];
const INJURY = ['S00-T98'];

export const ICD10_RULES: readonly Rule[] = [
  {
    id: 'icd10.duplicate',
    citation:
      'NCCS ICD-10 general coding standards: each condition is coded once (section name; id unverified)',
    severity: 'error',
    title: 'No duplicate diagnosis codes',
    appliesTo: 'icd10',
    check: noDuplicates('icd10'),
  },
  {
    id: 'icd10.asterisk-not-primary',
    citation: 'NCCS ICD-10 conventions: dagger and asterisk (asterisk codes never in the primary position)',
    severity: 'error',
    title: 'An asterisk code is never the primary diagnosis',
    appliesTo: 'icd10',
    check: asteriskNotPrimary,
  },
  {
    id: 'icd10.asterisk-alone',
    citation:
      'NCCS ICD-10 conventions: dagger and asterisk; ICD-10 Vol.2 (WHO 2016) dagger and asterisk system (an asterisk code is never used alone)',
    severity: 'error',
    title: 'An asterisk code is never coded alone',
    appliesTo: 'icd10',
    check: asteriskAlone,
  },
  {
    id: 'icd10.asterisk-after-dagger',
    citation: 'NCCS ICD-10 conventions: dagger and asterisk (the asterisk code directly follows its dagger)',
    severity: 'error',
    title: 'An asterisk code directly follows its dagger code',
    appliesTo: 'icd10',
    check: asteriskAfterDagger,
  },
  {
    id: 'icd10.dagger-needs-asterisk',
    citation: 'ICD-10 Vol.1 dagger entries (G30†/F00*, E10–E14 .2–.5†); NCCS chapters IV and V',
    severity: 'warning',
    title: 'A dagger code that takes an asterisk code has it',
    appliesTo: 'icd10',
    check: daggerNeedsAsterisk,
  },
  {
    id: 'icd10.dagger-partner-prompt',
    citation: 'NCCS ICD-10 conventions: dagger and asterisk; partners from the release',
    severity: 'info',
    title: 'A dagger code with a known asterisk partner',
    appliesTo: 'icd10',
    check: daggerPartnerPrompt,
  },
  {
    id: 'icd10.external-cause-not-primary',
    citation: 'NCCS ICD-10 chapter XX: external cause codes are never in the primary position',
    severity: 'error',
    title: 'External cause codes (V01–Y98) are never primary',
    appliesTo: 'icd10',
    check: neverPrimary(
      'icd10',
      EXTERNAL_CAUSE,
      (c) =>
        `${c} is an external cause code and is never the primary diagnosis; the condition it caused comes first.`,
    ),
  },
  {
    id: 'icd10.injury-needs-external-cause',
    citation: 'NCCS ICD-10 chapters XIX and XX: an external cause code is assigned with every S00–T98 code',
    severity: 'error',
    title: 'Injury and poisoning codes (S00–T98) need an external cause code',
    appliesTo: 'icd10',
    check: needsCompanion(
      'icd10',
      INJURY,
      EXTERNAL_CAUSE,
      (c) =>
        `${c} is an injury, poisoning or complication code and needs an external cause code (V01–Y98) to say how it happened.`,
    ),
  },
  {
    id: 'icd10.secondary-neoplasm-needs-primary',
    citation:
      'NCCS ICD-10 chapter II: secondary neoplasms are coded with the primary site, C80.- or Z85.- (section name; id unverified)',
    severity: 'error',
    title: 'A secondary neoplasm (C77–C79) needs its primary',
    appliesTo: 'icd10',
    check: needsCompanion(
      'icd10',
      ['C77-C79'],
      ['C00-C76', 'C80-C97', 'D00-D09', 'Z85'],
      (c) =>
        `${c} is a secondary neoplasm; code the primary site too, or C80.- when it is unknown, or Z85.- when it was treated before.`,
    ),
  },
  {
    id: 'icd10.c97-primary',
    citation: 'ICD-10 Vol.1 note at C97; NCCS chapter II (multiple independent primaries)',
    severity: 'error',
    title: 'C97 is the primary diagnosis',
    appliesTo: 'icd10',
    check: positionAtMost(
      'icd10',
      ['C97'],
      0,
      (c) => `${c} (independent multiple primaries) goes first, followed by each primary site.`,
    ),
  },
  {
    id: 'icd10.organism-not-primary',
    citation: 'ICD-10 Vol.1 note at B95–B98 (supplementary codes, never primary); NCCS chapter I',
    severity: 'error',
    title: 'Organism codes (B95–B98) are never primary',
    appliesTo: 'icd10',
    check: neverPrimary(
      'icd10',
      ['B95-B98'],
      (c) =>
        `${c} identifies the organism and is never the primary diagnosis; the infection it caused comes first.`,
    ),
  },
  {
    id: 'icd10.u07-exclusive',
    citation: 'WHO emergency use of U07.1/U07.2; NCCS COVID-19 guidance (U07.2 only when not confirmed)',
    severity: 'error',
    title: 'U07.1 and U07.2 are not coded together',
    appliesTo: 'icd10',
    check: mutuallyExclusive(
      'icd10',
      [['U07.1'], ['U07.2']],
      () => 'U07.1 (virus identified) and U07.2 (virus not identified) exclude each other; keep U07.1.',
      0,
    ),
  },
  {
    id: 'icd10.diabetes-exclusive',
    citation: 'NCCS ICD-10 chapter IV: diabetes mellitus type (E10, E11, E14 are not combined)',
    severity: 'error',
    title: 'E10, E11 and E14 are mutually exclusive in one episode',
    appliesTo: 'icd10',
    check: mutuallyExclusive(
      'icd10',
      [['E10'], ['E11'], ['E14']],
      (codes) => `${codes.join(', ')}: one episode records one type of diabetes; check the documented type.`,
    ),
  },
  {
    id: 'icd10.symptom-with-definitive',
    citation: 'NCCS ICD-10 chapter XVIII: symptoms integral to a confirmed diagnosis are not coded',
    severity: 'warning',
    title: 'Symptom code with the definitive diagnosis it belongs to',
    appliesTo: 'icd10',
    check: symptomWithDefinitive(SYMPTOM_PAIRS),
  },
  {
    id: 'icd10.z38-position',
    citation:
      'NCCS ICD-10 chapter XXI: Z38.- is the primary diagnosis, or the first secondary when the baby has a condition',
    severity: 'error',
    title: 'Z38 is primary or first secondary',
    appliesTo: 'icd10',
    check: positionAtMost(
      'icd10',
      ['Z38'],
      1,
      (c) => `${c} (liveborn infant) is coded first, or directly after the baby's condition.`,
    ),
  },
];
