/**
 * Public surface of the coding-standards rule engine. Pure; any context.
 */
export type { CodeLookup, Finding, Fix, Rule, RuleEpisode, RuleMention, Severity } from './types';
export { validateEpisode } from './validate';
export { applyFix } from './fixes';
export { RULES, ruleById } from './rules';
export { lookupFromIndex, lookupFromReleases, withCuratedPairs, withOverrides } from './lookup';
