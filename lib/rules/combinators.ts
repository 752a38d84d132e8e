/**
 * Small reusable checks the rule table is built from. Pure; any context. Each returns a `check`
 * function for a Rule; code sets are compiled once, when the table is built.
 */
import type { System } from '@/lib/classification/model';
import { codeSet, type CodeMatcher } from './code-range';
import { itemsOf } from './context';
import { moveFix, removeFix } from './fixes';
import type { CodedItem, RuleContext, RuleHit } from './types';

export type Check = (ctx: RuleContext) => RuleHit[];
/** Which items a check is about: a list of code ranges, or a predicate on the item. */
export type ItemMatch = readonly string[] | ((item: CodedItem, ctx: RuleContext) => boolean);

function compileMatch(match: ItemMatch): (item: CodedItem, ctx: RuleContext) => boolean {
  if (typeof match === 'function') return match;
  const set: CodeMatcher = codeSet(match as readonly string[]);
  return (item) => item.code !== null && set(item.code);
}

/** Canonical codes of a list, falling back to the input for codes that did not normalise. */
export function codesOf(items: readonly CodedItem[]): string[] {
  return items.map((i) => i.code ?? i.raw);
}

/** One hit per item that fails `test`; `test` returns the hit or null. */
export function eachItem(system: System, test: (item: CodedItem, ctx: RuleContext) => RuleHit | null): Check {
  return (ctx) => itemsOf(ctx, system).flatMap((item) => test(item, ctx) ?? []);
}

/**
 * A matching code must not be first. The fix moves the first code that may be primary to the front
 * (`mayLead`, default: any code that does not match).
 */
export function neverPrimary(
  system: System,
  match: ItemMatch,
  message: (code: string) => string,
  mayLead?: ItemMatch,
): Check {
  const is = compileMatch(match);
  const leads = mayLead ? compileMatch(mayLead) : (i: CodedItem, ctx: RuleContext) => !is(i, ctx);
  return (ctx) => {
    const items = itemsOf(ctx, system);
    const first = items[0];
    if (!first || !is(first, ctx)) return [];
    const lead = items.find((i) => i.index > 0 && leads(i, ctx));
    const codes = codesOf(items);
    return [
      {
        codes: [codes[0]!],
        message: message(codes[0]!),
        fix: lead ? moveFix(system, codes, lead.index, 0) : undefined,
      },
    ];
  };
}

/** A matching code must stand at position `maxIndex` or earlier (0 = primary). */
export function positionAtMost(
  system: System,
  match: ItemMatch,
  maxIndex: number,
  message: (code: string) => string,
): Check {
  const is = compileMatch(match);
  return (ctx) => {
    const items = itemsOf(ctx, system);
    const codes = codesOf(items);
    return items
      .filter((i) => i.index > maxIndex && is(i, ctx))
      .map((i) => ({
        codes: [codes[i.index]!],
        message: message(codes[i.index]!),
        fix: moveFix(system, codes, i.index, Math.min(maxIndex, items.length - 1)),
      }));
  };
}

/** When a matching code is present, a code from `companion` must be present too. */
export function needsCompanion(
  system: System,
  match: ItemMatch,
  companion: ItemMatch,
  message: (code: string) => string,
): Check {
  const is = compileMatch(match);
  const partner = compileMatch(companion);
  return (ctx) => {
    const items = itemsOf(ctx, system);
    if (items.some((i) => partner(i, ctx))) return [];
    const first = items.find((i) => is(i, ctx));
    return first ? [{ codes: [first.code!], message: message(first.code!) }] : [];
  };
}

/**
 * At most one of the groups may be present. `keep` names the group whose codes stay when a
 * mechanical fix exists (the others' codes are removed one at a time); without it there is no fix.
 */
export function mutuallyExclusive(
  system: System,
  groups: readonly (readonly string[])[],
  message: (codes: string[]) => string,
  keep?: number,
): Check {
  const sets = groups.map((g) => codeSet(g));
  return (ctx) => {
    const items = itemsOf(ctx, system);
    const hitGroups = sets.map((set) => items.filter((i) => i.code !== null && set(i.code)));
    if (hitGroups.filter((g) => g.length > 0).length < 2) return [];
    const involved = hitGroups.flat().sort((a, b) => a.index - b.index);
    const codes = codesOf(items);
    const drop = keep === undefined ? undefined : hitGroups.find((g, gi) => gi !== keep && g.length > 0)?.[0];
    return [
      {
        codes: involved.map((i) => i.code!),
        message: message(involved.map((i) => i.code!)),
        fix: drop ? removeFix(system, codes, drop.index) : undefined,
      },
    ];
  };
}

export interface SymptomPair {
  symptom: readonly string[];
  definitive: readonly string[];
}

/** A symptom code is not coded alongside the definitive diagnosis it is integral to. */
export function symptomWithDefinitive(pairs: readonly SymptomPair[]): Check {
  const compiled = pairs.map((p) => ({ symptom: codeSet(p.symptom), definitive: codeSet(p.definitive) }));
  return (ctx) => {
    const items = ctx.diagnoses;
    const codes = codesOf(items);
    const hits: RuleHit[] = [];
    for (const pair of compiled) {
      const definitive = items.find((i) => i.code !== null && pair.definitive(i.code));
      if (!definitive) continue;
      for (const s of items) {
        if (s.code === null || !pair.symptom(s.code)) continue;
        hits.push({
          codes: [s.code, definitive.code!],
          message: `${s.code} is a symptom of ${definitive.code}; a symptom integral to a definitive diagnosis is not coded separately.`,
          fix: removeFix('icd10', codes, s.index),
        });
      }
    }
    return hits;
  };
}

/** The same code twice in a list (`allow` exempts codes that may repeat). */
export function noDuplicates(system: System, allow?: ItemMatch): Check {
  const exempt = allow ? compileMatch(allow) : () => false;
  return (ctx) => {
    const items = itemsOf(ctx, system);
    const codes = codesOf(items);
    const seen = new Set<string>();
    const hits: RuleHit[] = [];
    for (const item of items) {
      if (item.code === null || exempt(item, ctx)) continue;
      if (seen.has(item.code)) {
        hits.push({
          codes: [item.code],
          message: `${item.code} is coded more than once; each code is recorded once.`,
          fix: removeFix(system, codes, item.index),
        });
      }
      seen.add(item.code);
    }
    return hits;
  };
}
