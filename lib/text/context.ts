/**
 * ConText-style status rules: which cues reach which mention, and what status they add up to.
 * Pure; any context (content script, background, extension pages, Node).
 *
 * Scope: a pre-trigger reaches forward to the next terminator ("but", "however", an affirming verb)
 * or clause end; "previous"/"old" reach only the next mention. A post-trigger reaches back to the
 * mention before it and any mentions joined to that one by "and"/"or" ("PE and DVT excluded"). In
 * list sections (history, comorbidities, family history) a comma is a hard boundary too.
 *
 * Precedence: negated > family > uncertain > history > affirmed. A conclusion in a qualifier ("?PE -
 * PE excluded") overrides the head's cues: see analyse.ts.
 *
 * Sections: every mention in a past-history section (PMH, past medical history, background, past
 * problems) is `history`, chronic or not, and qualifiers such as "well controlled", "in remission",
 * "treated" or "on apixaban" do not change that; only a negation, family or uncertainty cue does. In a
 * comorbidities section (co-morbidities, active problems, problem list) mentions stay `affirmed`; a
 * family-history section gives `family`. Coders still get a chronic condition's code: lib/suggest gives
 * a history mention the condition code first and then the personal-history code.
 *
 * Cues outside a history section: "history of"/"h/o" leave a chronic condition (diabetes, COPD, CKD
 * ...) affirmed as a current comorbidity (DGCS.3); an explicit past cue ("previous", "old", "past",
 * "years ago") makes it history.
 */
import type { MentionStatus } from './types';
import type { Cue } from './cues';
import type { Piece } from './list';

/** The cues that reach the span at `index` in `pieces`. */
export function cuesFor(pieces: Piece[], index: number, listMode: boolean): Cue[] {
  const found: Cue[] = [];
  let spansBetween = 0;
  for (let i = index - 1; i >= 0; i--) {
    const p = pieces[i]!;
    if (p.kind === 'sep') {
      if (p.comma && listMode) break;
      continue;
    }
    if (p.kind === 'span') {
      spansBetween++;
      continue;
    }
    const { cue } = p;
    if (cue.type === 'terminate') break;
    if (!isPre(pieces, i)) continue;
    if (cue.scope === 'next' && spansBetween > 0) continue;
    found.push(cue);
  }
  for (let i = index + 1; i < pieces.length; i++) {
    const p = pieces[i]!;
    if (p.kind === 'sep') {
      if (p.comma) break;
      continue;
    }
    if (p.kind === 'span') continue;
    if (p.cue.type === 'terminate' || (isPre(pieces, i) && p.cue.dir !== 'around')) break;
    found.push(p.cue);
  }
  return found;
}

/** A `both` cue reads forward when a mention follows it before any terminator or boundary. */
function isPre(pieces: Piece[], i: number): boolean {
  const cue = (pieces[i] as { cue: Cue }).cue;
  if (cue.dir === 'around') return true;
  if (cue.dir !== 'both') return cue.dir === 'pre';
  for (let j = i + 1; j < pieces.length; j++) {
    const p = pieces[j]!;
    if (p.kind === 'span') return true;
    if (p.kind === 'sep' && p.comma) return false;
    if (p.kind === 'cue' && p.cue.type === 'terminate') return false;
  }
  return false;
}

/** The section's status for a mention with no cues. */
export function defaultStatus(section: string): MentionStatus {
  if (section === 'family-history') return 'family';
  if (section === 'history') return 'history';
  return 'affirmed';
}

/** Combines the cues reaching a mention into its status (precedence in the header). */
export function statusFrom(cues: Cue[], section: string, chronic: boolean): MentionStatus {
  const has = (type: string): boolean => cues.some((c) => c.type === type);
  if (has('negated')) return 'negated';
  if (has('family')) return 'family';
  if (has('uncertain')) return 'uncertain';
  // A past-history section makes every mention history, whatever its qualifiers say.
  if (section === 'history') return 'history';
  const history = cues.filter((c) => c.type === 'history');
  // "previous", "old", "years ago": past even for a chronic condition; "history of" is not.
  if (history.some((c) => c.scope === 'next' || c.dir === 'post')) return 'history';
  if (history.length > 0) return chronic ? 'affirmed' : 'history';
  if (has('resolved') && section !== 'family-history') return 'affirmed';
  return defaultStatus(section);
}
