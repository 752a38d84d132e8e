/**
 * Clinical text analysis: an extracted section (or free text) in, mentions with status, kind,
 * laterality, qualifiers and expansions out. Pure; any context (content script, background,
 * extension pages, Node command-line tools).
 *
 * Per item: clauses (split.ts) → head and qualifiers → cues (cues.ts) → list pieces (list.ts) → status
 * per mention (context.ts) → mention text, kind, laterality, expansions (mention.ts).
 */
import type { ExtractedSection, SectionItem, SectionKind } from '@/lib/extract/types';
import type { Mention } from './types';
import { findCues, type Cue } from './cues';
import { cuesFor } from './context';
import { isLabel, readLabel, sectionForLabel, splitGluedChip } from './labels';
import { isInvestigation, isSkipLabel } from './nonmention';
import { isListSection, splitHead, type Piece } from './list';
import { buildMention } from './mention';
import { readQualifiers } from './qualifiers';
import { splitClauses, splitQualifiers, type Span } from './split';
import { hasClinicalWord } from './vocab';
import { foldCase } from './words';

// Narrative kinds, where "Walking: with a frame" or "CT head (26/04): ..." has a label for a head.
const PROSE_KINDS = new Set<SectionKind>(['free-text', 'findings']);

const STATUS_TYPES = new Set(['negated', 'uncertain', 'history', 'family', 'resolved']);

// A trailing ", likely viral" / ", probably mechanical": one descriptor word after an uncertainty word.
const CAUSE_TAIL =
  /,\s*((?:most |very )?(?:likely|probably|possibly|presumed|query|\?)\s*[\p{L}-]+(?:\s+(?:origin|cause|aetiology|in origin))?)\s*$/iu;

// Every CAUSE_TAIL match has a comma and one of these (folded as flags `iu` fold): most heads have
// neither, and skip compiling it.
const CAUSE_WORDS = ['likely', 'probably', 'possibly', 'presumed', 'query', '?'];
function mayHaveCauseTail(head: string): boolean {
  if (!head.includes(',')) return false;
  const lower = foldCase(head);
  return CAUSE_WORDS.some((w) => lower.includes(w));
}

// Sections whose entries are coded titles: "without X" there is the title's wording ("Recurrent
// depressive disorder, current episode severe without psychotic symptoms"), not a negation.
const TITLE_WITHOUT = new Set(['diagnoses', 'comorbidities', 'history', 'family-history', 'procedures']);

function isTitleWithout(masked: string, from: number, cue: Cue): boolean {
  if (cue.type !== 'negated' || !/^without$/i.test(cue.text)) return false;
  return /\p{L}{2}/u.test(masked.slice(from, cue.start));
}

function analyseClause(
  text: string,
  masked: string[],
  clause: Span,
  item: number,
  section: SectionKind,
): Mention[] {
  const parts = splitQualifiers(text, clause, masked);
  let head = parts.head;
  let qualifiers = parts.qualifiers;
  let maskedText = masked.join('');
  let labelCues: Cue[] = [];
  // "PMH: ...", "Father - MI", "FH: ...": the head is only a label or cues, the content follows it.
  const headCues = findCues(maskedText, head.start, head.end);
  const [headStart, headEnd, headMasked] = [head.start, head.end, maskedText];
  const headRest = headCues.reduceRight(
    (s, c) => s.slice(0, c.start - head.start) + s.slice(c.end - head.start),
    text.slice(head.start, head.end),
  );
  const next = qualifiers.find((q) => !q.bracket && q.start >= head.end);
  // "Triage category: 2", "Clinician: Dr ...", "Presenting complaint: ...": never coded.
  if (next && isSkipLabel(text.slice(head.start, head.end))) return [];
  // "TTE: moderate LVSD": an investigation's name heads its findings, like a label. Bracketed
  // details ("CT head (26/04)") are not part of the name. In narrative, a head naming no condition
  // ("Lying/standing BP: ...") is a label too.
  const headText = maskedText.slice(head.start, head.end).replace(/\s+/g, ' ').trim();
  const proseLabel = PROSE_KINDS.has(section) && !hasClinicalWord(headText);
  if (next && (isLabel(headText) || isInvestigation(headText) || proseLabel || !/\p{L}{2}/u.test(headRest))) {
    section = sectionForLabel(text.slice(head.start, head.end)) ?? section;
    labelCues = headCues.filter((c) => STATUS_TYPES.has(c.type));
    head = next;
    qualifiers = qualifiers.filter((q) => q !== next);
    const again = splitQualifiers(text, head, masked);
    head = again.head;
    qualifiers = [...again.qualifiers, ...qualifiers];
    maskedText = masked.join('');
  }
  const listMode = isListSection(section);
  // "Gastroenteritis, likely viral": the cause qualifies the diagnosis, which stays affirmed.
  const cause = mayHaveCauseTail(maskedText.slice(head.start, head.end))
    ? CAUSE_TAIL.exec(maskedText.slice(head.start, head.end))
    : null;
  const causeText: { text: string; start: number }[] = [];
  if (cause) {
    causeText.push({ text: cause[1]!, start: head.start + cause.index });
    head = { start: head.start, end: head.start + cause.index };
  }
  // The head's cues were found already unless a label or a cause tail moved the head.
  const sameHead = head.start === headStart && head.end === headEnd && maskedText === headMasked;
  const cues = (sameHead ? headCues : findCues(maskedText, head.start, head.end)).filter(
    (c) => !(TITLE_WITHOUT.has(section) && isTitleWithout(maskedText, head.start, c)),
  );
  const pieces: Piece[] = [
    ...labelCues.map((cue) => ({
      kind: 'cue' as const,
      cue: { ...cue, dir: 'pre' as const, scope: 'clause' as const },
    })),
    ...splitHead(maskedText, head, cues, !PROSE_KINDS.has(section)),
  ];
  const spans = pieces.flatMap((p, i) => (p.kind === 'span' ? [{ span: p.span, index: i }] : []));
  const reading = readQualifiers(
    text,
    maskedText,
    qualifiers,
    // The heads' own words: a bracket inside a head's span is a qualifier, not what it names.
    spans.map((s) => maskedText.slice(s.span.start, s.span.end)),
  );
  const context = text.slice(clause.start, clause.end);
  const single = spans.length === 1;
  const mentions: Mention[] = [];
  // With several mentions in a clause, a qualifier belongs to the mention it follows.
  const owns = (k: number, at: number): boolean =>
    single || (at >= spans[k]!.span.start && (k === spans.length - 1 || at < spans[k + 1]!.span.start));
  for (const [k, { span, index }] of spans.entries()) {
    const m = buildMention({
      text,
      masked: maskedText,
      item,
      span,
      range: single ? clause : span,
      section,
      context,
      cues: cuesFor(pieces, index, listMode),
      qualifierCues: reading.cues.filter((c) => owns(k, c.start)),
      qualifiers: [...causeText, ...reading.texts].filter((q) => owns(k, q.start)).map((q) => q.text),
    });
    if (!m) continue;
    // "Arthroscopy + SAD", "OGD + clips": what is added to a procedure with "+" is a procedure too.
    const prev = mentions[mentions.length - 1];
    if (prev?.kind === 'procedure' && k > 0 && /\+/.test(text.slice(spans[k - 1]!.span.end, span.start))) {
      m.kind = 'procedure';
    }
    mentions.push(m);
  }
  for (const extra of reading.extra) {
    const m = buildMention({
      text,
      masked: maskedText,
      item,
      span: extra.span,
      range: extra.span,
      section,
      context,
      cues: extra.cues,
      qualifierCues: [],
      qualifiers: [],
    });
    if (m) mentions.push(m);
  }
  return mentions;
}

/**
 * In narrative, a mention must name a condition, symptom or procedure (mention.ts), and a mention's
 * words are the clause's own (with cues, sides and dates blanked or removed), except that "#" and
 * capitalised short forms are expanded. A clause without a clinical word, "#" or a label that names
 * a section of its own ("FH: ...") so yields no mention, and most narrative sentences are skipped
 * without being analysed.
 */
function mayHoldProseMention(clause: string): boolean {
  return (
    clause.includes('#') || hasClinicalWord(clause) || sectionForLabel(proseLabelOf(clause)) !== undefined
  );
}

// The words before a clause's first colon or dash, as splitQualifiers cuts the head ("FH: ...", "Past
// history - ..."): the only place a label that switches the section can be; '' when there is none.
// "The family were updated by telephone" names no section.
const LABEL_HEAD = /^(.*?)(?:\s[-–—]+\s|[–—]|:\s)/s;
function proseLabelOf(clause: string): string {
  return LABEL_HEAD.exec(clause)?.[1] ?? '';
}

function analyseItem(item: SectionItem, index: number, kind: SectionKind): Mention[] {
  if (item.label && isSkipLabel(item.label)) return [];
  const [text, chip] = splitGluedChip(item.text);
  const section = sectionForLabel(item.label) ?? kind;
  const prose = PROSE_KINDS.has(section);
  // Each clause is analysed on its own text, so the work stays linear in the item's length.
  const mentions = splitClauses(text).flatMap((clause) => {
    const local = text.slice(clause.start, clause.end);
    if (prose && !mayHoldProseMention(local)) return [];
    const found = analyseClause(local, local.split(''), { start: 0, end: local.length }, index, section);
    return found.map((m) => ({ ...m, start: m.start + clause.start, end: m.end + clause.start }));
  });
  return [item.label, chip].reduce((ms, label) => applyLabel(ms, label), mentions);
}

/**
 * A label's status and side (a Status column, a chip, a dl term): "Excluded" negates every mention of
 * the item, "Provisional"/"Suspected" makes it uncertain, "Family history" family, "Past" history;
 * "Confirmed"/"Resolved"/"Active" leave the text's own status. A side value sets missing laterality.
 */
function applyLabel(mentions: Mention[], label: string | undefined): Mention[] {
  const reading = readLabel(label);
  if (!reading.status && !reading.laterality) return mentions;
  return mentions.map((m) => {
    let status = m.status;
    const r = reading.status;
    if (r === 'negated') status = 'negated';
    else if (r === 'uncertain' && status !== 'negated') status = 'uncertain';
    else if (r === 'family' && status !== 'negated') status = 'family';
    else if (r === 'history' && status === 'affirmed') status = 'history';
    const changed = status !== m.status;
    return {
      ...m,
      status,
      ...(m.laterality === undefined && reading.laterality ? { laterality: reading.laterality } : {}),
      cues: changed && reading.cue ? [...m.cues, reading.cue] : m.cues,
    };
  });
}

/** Splits a section's items into mentions and sets each one's status, kind, laterality and qualifiers. */
export function analyseSection(section: Pick<ExtractedSection, 'kind' | 'items'>): Mention[] {
  return section.items.flatMap((item, i) => analyseItem(item, i, section.kind));
}

/** Analyses free text (a selection, a `.txt` file) as one item of a section of `kind`. */
export function analyseText(text: string, kind: SectionKind = 'free-text'): Mention[] {
  return analyseSection({ kind, items: [{ text }] });
}
