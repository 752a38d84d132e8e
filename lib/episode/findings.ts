/**
 * The rule engine's shapes as the episode consumes them, taken from lib/rules so the two cannot drift;
 * the engine itself comes in by injection (`check`, `applyFix`), so the episode and its UI can be
 * tested with stand-in rules. Pure types; any context.
 */
import type { Finding, Fix, RuleEpisode } from '@/lib/rules/types';

export type { CodeLookup, Finding, Fix, RuleEpisode, Severity } from '@/lib/rules/types';

/** Runs the rules over an episode (the panel binds it to `validateEpisode` and the lookup). */
export type CheckEpisode = (episode: RuleEpisode) => Finding[];
export type ApplyFix = (episode: RuleEpisode, fix: Fix) => RuleEpisode;

/** A rule's citation and title for a finding's rule id (lib/rules' `ruleById`). */
export type DescribeRule = (id: string) => { citation: string; title: string } | undefined;
