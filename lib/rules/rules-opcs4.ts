/**
 * OPCS-4 sequencing rules: chapter Y and Z codes, laterality, duplicates. Pure; any context.
 * Citations name the reference-book section; see docs/rules.md for which ids are verified.
 */
import { codesOf } from './combinators';
import { isSubsidiary, lateralityOf } from './context';
import { moveFix, removeFix } from './fixes';
import { isBilateral, lateralityCodes, procedureGroups } from './opcs-groups';
import type { Rule, RuleContext, RuleHit } from './types';

const yzNotPrimary = (ctx: RuleContext): RuleHit[] => {
  const items = ctx.procedures;
  const first = items[0];
  const main = items.find((i) => !isSubsidiary(i));
  if (!first || !isSubsidiary(first) || !main) return []; // all Y/Z: the "alone" rule reports it
  const codes = codesOf(items);
  return [
    {
      codes: [codes[0]!],
      message: `${codes[0]} is a chapter ${codes[0]![0]} code and is never the primary procedure; the procedure it qualifies comes first.`,
      fix: moveFix('opcs4', codes, main.index, 0),
    },
  ];
};

const yzAlone = (ctx: RuleContext): RuleHit[] => {
  const items = ctx.procedures;
  if (!items.length || items.some((i) => !isSubsidiary(i))) return [];
  const codes = codesOf(items);
  return [
    {
      codes,
      message: `${codes.join(', ')}: chapter Y and Z codes only qualify another procedure and are never coded alone.`,
    },
  ];
};

const yAfterMain = (ctx: RuleContext): RuleHit[] => {
  const items = ctx.procedures;
  const codes = codesOf(items);
  const hits: RuleHit[] = [];
  for (const group of procedureGroups(items)) {
    if (!group.main) continue;
    // P-Y-Z: every Y code comes before the group's first Z code.
    const firstZ = group.qualifiers.find((q) => q.code?.startsWith('Z'));
    const late = group.qualifiers.filter((q) => q.code?.startsWith('Y') && firstZ && q.index > firstZ.index);
    for (const y of late) {
      hits.push({
        codes: [y.code!, group.main.code ?? group.main.raw],
        message: `${y.code} qualifies ${group.main.code} and goes directly after it, before site and laterality codes (P-Y-Z).`,
        fix: moveFix('opcs4', codes, y.index, firstZ!.index),
      });
      break; // one move at a time: the next validation reports any other
    }
  }
  return hits;
};

const lateralityOnce = (ctx: RuleContext): RuleHit[] => {
  const codes = codesOf(ctx.procedures);
  return procedureGroups(ctx.procedures).flatMap((g) => {
    const lat = lateralityCodes(g);
    const mixed = lat.some(isBilateral) && lat.some((l) => !isBilateral(l));
    if (lat.length < 2 || mixed) return [];
    return [
      {
        codes: [lat[1]!.code!],
        message: `Laterality is coded once after the procedures on a site; ${lat.map((l) => l.code).join(', ')} repeat it.`,
        fix: removeFix('opcs4', codes, lat[1]!.index),
      },
    ];
  });
};

const lateralityPosition = (ctx: RuleContext): RuleHit[] => {
  const codes = codesOf(ctx.procedures);
  return procedureGroups(ctx.procedures).flatMap((g) => {
    const lat = lateralityCodes(g)[0];
    const after = g.qualifiers.filter((q) => lat && q.index > lat.index && lateralityOf(q) === undefined);
    if (!lat || after.length === 0) return []; // a repeated Z94 is the "once" rule's finding
    return [
      {
        codes: [lat.code!],
        message: `${lat.code} (laterality) comes last, after the approach and site codes of the procedure it qualifies.`,
        fix: moveFix('opcs4', codes, lat.index, g.end),
      },
    ];
  });
};

const lateralityConflict = (ctx: RuleContext): RuleHit[] => {
  // Same site = same main code category (e.g. C71 on both sides); the public data has no finer site key.
  const bySite = new Map<string, { bilateral: string[]; sided: string[]; mains: string[] }>();
  for (const g of procedureGroups(ctx.procedures)) {
    if (!g.main?.code) continue;
    const site = g.main.code.slice(0, 3);
    const s = bySite.get(site) ?? { bilateral: [], sided: [], mains: [] };
    for (const l of lateralityCodes(g)) (isBilateral(l) ? s.bilateral : s.sided).push(l.code!);
    s.mains.push(g.main.code);
    bySite.set(site, s);
  }
  return [...bySite.values()]
    .filter((s) => s.bilateral.length && s.sided.length)
    .map((s) => ({
      codes: [...new Set([...s.mains, ...s.bilateral, ...s.sided])],
      message: `${s.mains[0]} is coded both bilateral (${s.bilateral[0]}) and one-sided (${s.sided.join(', ')}); one site has one laterality.`,
    }));
};

const duplicateGroups = (ctx: RuleContext): RuleHit[] => {
  const seen = new Set<string>();
  const hits: RuleHit[] = [];
  for (const g of procedureGroups(ctx.procedures)) {
    if (!g.main?.code) continue;
    const key = [g.main.code, ...g.qualifiers.map((q) => q.code)].join(' ');
    if (seen.has(key)) {
      hits.push({
        codes: [g.main.code],
        message: `${key} is coded twice; a procedure done once is coded once (a repeat on another site needs its own site or laterality code).`,
      });
    }
    seen.add(key);
  }
  return hits;
};

export const OPCS4_RULES: readonly Rule[] = [
  {
    id: 'opcs4.yz-not-primary',
    citation: 'NCCS OPCS-4 chapters Y and Z: subsidiary codes are only ever in a secondary position',
    severity: 'error',
    title: 'Chapter Y and Z codes are never the primary procedure',
    appliesTo: 'opcs4',
    check: yzNotPrimary,
  },
  {
    id: 'opcs4.yz-alone',
    citation: 'NCCS OPCS-4 chapters Y and Z: subsidiary codes qualify a main procedure code',
    severity: 'error',
    title: 'Chapter Y and Z codes are never coded alone',
    appliesTo: 'opcs4',
    check: yzAlone,
  },
  {
    id: 'opcs4.y-after-main',
    citation:
      'NCCS OPCS-4 PGCS sequencing of procedure, approach and site (P-Y-Z); section name, id unverified',
    severity: 'warning',
    title: 'Approach and method (Y) codes directly follow the code they qualify',
    appliesTo: 'opcs4',
    check: yAfterMain,
  },
  {
    id: 'opcs4.laterality-once',
    citation:
      'NCCS OPCS-4 chapter Z: laterality (Z94) is coded once after the procedures on that site (PCSZ section; number unverified)',
    severity: 'error',
    title: 'Laterality is coded once per site',
    appliesTo: 'opcs4',
    check: lateralityOnce,
  },
  {
    id: 'opcs4.laterality-position',
    citation:
      'NCCS OPCS-4 chapter Z: laterality follows the procedure, approach and site codes (PCSZ section; number unverified)',
    severity: 'warning',
    title: 'Laterality comes after the codes it qualifies',
    appliesTo: 'opcs4',
    check: lateralityPosition,
  },
  {
    id: 'opcs4.laterality-conflict',
    citation:
      'NCCS OPCS-4 chapter Z: Z94.1 bilateral versus Z94.2–Z94.4 one-sided (PCSZ section; number unverified)',
    severity: 'error',
    title: 'A site is not both bilateral and one-sided',
    appliesTo: 'opcs4',
    check: lateralityConflict,
  },
  {
    id: 'opcs4.duplicate',
    citation: 'NCCS OPCS-4 PGCS: a procedure performed once is coded once',
    severity: 'warning',
    title: 'No duplicate procedure (same code and qualifiers twice)',
    appliesTo: 'opcs4',
    check: duplicateGroups,
  },
];
