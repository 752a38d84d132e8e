/**
 * The rule engine's entry point. Pure; any context (the side panel runs it on the in-memory search
 * index; `npm run validate` runs it on the bundled releases).
 */
import { buildContext } from './context';
import { RULES } from './rules';
import type { CodeLookup, Finding, Rule, RuleEpisode, Severity } from './types';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Check an episode against every rule. Findings come errors first, then warnings, then info, each
 * in rule-table order. `rules` defaults to the whole table (tests pass one rule).
 */
export function validateEpisode(
  episode: RuleEpisode,
  lookup: CodeLookup,
  rules: readonly Rule[] = RULES,
): Finding[] {
  const ctx = buildContext(episode, lookup);
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const hit of rule.check(ctx)) {
      const f: Finding = { rule: rule.id, severity: rule.severity, codes: hit.codes, message: hit.message };
      if (hit.fix) f.fix = hit.fix;
      findings.push(f);
    }
  }
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}
