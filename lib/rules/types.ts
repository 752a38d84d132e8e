/**
 * Types of the coding-standards rule engine. Pure; any context (background, extension pages,
 * command-line tools). The content script has no use for it but could import it safely.
 */
import type { CodeEntry, System } from '@/lib/classification/model';

export type MentionStatus = 'affirmed' | 'negated' | 'uncertain' | 'history' | 'family';

/** What the page said, as lib/text reads it; used by checks that compare the record with the codes. */
export interface RuleMention {
  text: string;
  status: MentionStatus;
  kind: 'diagnosis' | 'procedure';
}

/**
 * The episode as the rules see it. Codes are in sequence order (primary first), canonical
 * (`J18.9`) or as typed (`j189`, `I10X`): the engine normalises them first.
 */
export interface RuleEpisode {
  id?: string;
  sex: 'male' | 'female' | null;
  /** Age in whole years at the start of the episode. */
  age: number | null;
  /** `YYYY-MM-DD`: picks the classification release in force. */
  endDate?: string;
  diagnoses: string[];
  procedures: string[];
  mentions?: RuleMention[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A mechanical change to the episode; `applyFix` performs it. Indexes count within one list. */
export type Fix =
  | { kind: 'move'; system: System; code: string; toIndex: number; label: string }
  | { kind: 'insert'; system: System; code: string; atIndex: number; label: string }
  | { kind: 'remove'; system: System; index: number; label: string }
  | { kind: 'replace'; system: System; index: number; code: string; label: string };

export interface Finding {
  /** Rule id (`icd10.asterisk-not-primary`); the rule table gives its citation and title. */
  rule: string;
  severity: Severity;
  /** The code or codes the finding is about (canonical form). */
  codes: string[];
  message: string;
  fix?: Fix;
}

/** What a rule's check reports; the engine adds the rule's id and severity. */
export interface RuleHit {
  codes: string[];
  message: string;
  fix?: Fix;
}

/** Where the engine finds classification metadata: a search index or loaded releases. */
export interface CodeLookup {
  get(system: System, code: string): CodeEntry | undefined;
}

/** One code of the episode after normalisation. */
export interface CodedItem {
  /** Position in its list (0 = primary). */
  index: number;
  /** As given. */
  raw: string;
  /** Canonical dotted form, or null when the input is not code-shaped. */
  code: string | null;
  /** The release entry; undefined when the code is not in the release in force. */
  entry?: CodeEntry;
}

/** Everything a check may read; built once per validation. */
export interface RuleContext {
  episode: RuleEpisode;
  lookup: CodeLookup;
  diagnoses: CodedItem[];
  procedures: CodedItem[];
}

export type RuleScope = 'icd10' | 'opcs4' | 'episode';

/** One row of the rule table. Adding a rule = adding one of these. */
export interface Rule {
  id: string;
  /** The standard it enforces, as the reference books name it (see docs/rules.md for certainty). */
  citation: string;
  severity: Severity;
  title: string;
  appliesTo: RuleScope;
  check: (ctx: RuleContext) => RuleHit[];
}
