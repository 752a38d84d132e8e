/**
 * The rule engine's shapes as the episode consumes them (structurally the same as lib/rules'
 * `RuleEpisode`, `Finding` and `Fix`), so the episode and its UI take the engine by injection and do
 * not depend on its module. Pure types; any context.
 */
import type { CodeEntry, System } from '@/lib/classification/model';

/** An episode as the rule engine reads it: codes in sequence order, primary first. */
export interface RuleEpisode {
  id?: string;
  sex: 'male' | 'female' | null;
  age: number | null;
  /** The discharge date (picks the release in force). */
  endDate?: string;
  diagnoses: string[];
  procedures: string[];
  mentions?: { text: string; status: string; kind: string }[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A mechanical fix a finding offers; `label` is the button's text. */
export type Fix =
  | { kind: 'move'; system: System; code: string; toIndex: number; label: string }
  | { kind: 'insert'; system: System; code: string; atIndex: number; label: string }
  | { kind: 'remove'; system: System; index: number; label: string }
  | { kind: 'replace'; system: System; index: number; code: string; label: string };

export interface Finding {
  /** Rule id and citation, e.g. `DCS.II.2`, `PCSZ2`. */
  rule: string;
  severity: Severity;
  /** The code or codes the finding is about. */
  codes: string[];
  message: string;
  fix?: Fix;
}

/** Runs the rules over an episode (the panel binds it to `validateEpisode` and the lookup). */
export type CheckEpisode = (episode: RuleEpisode) => Finding[];
export type ApplyFix = (episode: RuleEpisode, fix: Fix) => RuleEpisode;

/** Reads a code's entry (flags, partners, title) from the classification in use. */
export interface CodeLookup {
  get(system: System, code: string): CodeEntry | undefined;
}
