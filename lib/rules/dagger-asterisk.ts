/**
 * Dagger/asterisk logic shared by the asterisk rules: which codes may stand before an asterisk
 * code, and which asterisk a dagger expects. Pure; any context. Release metadata (asterisk flag,
 * dagger flag, partner lists) is combined with the curated table in tables/dagger-asterisk.ts.
 */
import { codeSet, type CodeMatcher } from './code-range';
import { inherited, isAsterisk } from './context';
import { ASTERISK_PAIRS } from './tables/dagger-asterisk';
import type { CodedItem, RuleContext } from './types';

interface CompiledPair {
  asterisk: CodeMatcher;
  aetiology: CodeMatcher;
  requiredAfter: CodeMatcher;
  asteriskCodes: readonly string[];
  pairs: Readonly<Record<string, string>>;
  /** asterisk -> dagger, only where that is 1:1. */
  reverse: Readonly<Record<string, string>>;
}

function invertUnique(pairs: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  const count = new Map<string, number>();
  for (const a of Object.values(pairs)) count.set(a, (count.get(a) ?? 0) + 1);
  for (const [d, a] of Object.entries(pairs)) if (count.get(a) === 1) out[a] = d;
  return out;
}

const COMPILED: readonly CompiledPair[] = ASTERISK_PAIRS.map((p) => ({
  asterisk: codeSet(p.asterisk),
  aetiology: codeSet(p.aetiology),
  requiredAfter: codeSet(p.requiredAfter),
  asteriskCodes: p.asterisk,
  pairs: p.pairs ?? {},
  reverse: invertUnique(p.pairs ?? {}),
}));

function curatedFor(asteriskCode: string): CompiledPair | undefined {
  return COMPILED.find((p) => p.asterisk(asteriskCode));
}

function startsWithAny(code: string, prefixes: readonly string[] | undefined): boolean {
  return !!prefixes?.some((p) => code === p || code.startsWith(p.length === 3 ? `${p}.` : p));
}

/**
 * Is `candidate` a known aetiology for the asterisk code: named by the curated table, by either
 * code's partner list in the release, or flagged as a dagger whose partners include the asterisk?
 */
export function isKnownAetiology(ctx: RuleContext, candidate: CodedItem, asterisk: CodedItem): boolean {
  if (!candidate.code || !candidate.entry || isAsterisk(candidate) || !asterisk.code || !asterisk.entry)
    return false;
  const curated = curatedFor(asterisk.code);
  if (curated?.aetiology(candidate.code)) return true;
  if (startsWithAny(candidate.code, inherited(ctx, asterisk.entry, 'partners'))) return true;
  return startsWithAny(asterisk.code, inherited(ctx, candidate.entry, 'partners'));
}

/** True when the curated table pins down which codes the asterisk must follow. */
export function hasCuratedAetiology(asteriskCode: string): boolean {
  return curatedFor(asteriskCode) !== undefined;
}

/** The dagger to insert before a lone asterisk, when the pairing is 1:1. */
export function daggerFor(asteriskCode: string): string | undefined {
  return curatedFor(asteriskCode)?.reverse[asteriskCode];
}

/** For a dagger that always takes an asterisk: the asterisk codes it takes, and the 1:1 one if any. */
export function requiredAsterisk(
  daggerCode: string,
): { codes: readonly string[]; suggest?: string } | undefined {
  const pair = COMPILED.find((p) => p.requiredAfter(daggerCode));
  return pair ? { codes: pair.asteriskCodes, suggest: pair.pairs[daggerCode] } : undefined;
}

/** True when the asterisk code belongs to the curated pair the dagger requires. */
export function satisfiesRequired(daggerCode: string, asteriskCode: string): boolean {
  return COMPILED.some((p) => p.requiredAfter(daggerCode) && p.asterisk(asteriskCode));
}

/**
 * The aetiology item an asterisk code should follow: walking back over asterisk codes directly
 * before it (a dagger may be followed by several), the first other code.
 */
export function codeBefore(items: readonly CodedItem[], asterisk: CodedItem): CodedItem | undefined {
  for (let i = asterisk.index - 1; i >= 0; i--) if (!isAsterisk(items[i]!)) return items[i];
  return undefined;
}
