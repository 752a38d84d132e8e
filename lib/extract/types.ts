/**
 * What the EPR page readers produce: sections of a record, as plain text items. Pure types and the
 * list of section kinds; any context (content script, background, command-line tools).
 */

/** The kinds of section coders care about; everything else on the page is ignored. */
export const SECTION_KINDS = [
  'diagnoses',
  'comorbidities',
  'history',
  'family-history',
  'procedures',
  'findings',
  'free-text',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface SectionItem {
  /** The item's text exactly as shown (whitespace collapsed); never HTML. */
  text: string;
  /** A label the layout gives the item: a table's type column ("Primary"), a form field's label. */
  label?: string;
  /**
   * Where the item is on the page, so the UI can scroll to and highlight it: an index into the
   * extractor's node registry for this page (content script only; absent in the CLI).
   */
  nodeId?: number;
}

export interface ExtractedSection {
  kind: SectionKind;
  /** The heading or label that identified the section ("Past medical history", "Dx"). */
  heading: string;
  /** Items when the layout gives them (list items, table rows, lines); one item for a paragraph. */
  items: SectionItem[];
  /** A site profile's selector found it, or the generic heuristics did. */
  via: 'profile' | 'heuristic';
}

export interface ExtractionResult {
  sections: ExtractedSection[];
  /** Characters of page text read; reading stops at the cap (see `truncated`). */
  chars: number;
  truncated: boolean;
  ms: number;
}
