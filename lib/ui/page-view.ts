/**
 * What the side panel's "This page" tab shows of a page's mentions: sections in page order, chip
 * labels, the roles of suggested codes and the read statistics. Pure; extension pages.
 */
import type { SectionKind } from '@/lib/extract/types';
import type { StoredPageMentions, SuggestedMention } from '@/lib/messaging/protocol';
import type { SuggestionRole } from '@/lib/suggest/types';
import type { MentionLaterality, MentionStatus } from '@/lib/text/types';

export const SECTION_LABELS: Record<SectionKind, string> = {
  diagnoses: 'Diagnoses',
  comorbidities: 'Comorbidities',
  history: 'Past history',
  'family-history': 'Family history',
  procedures: 'Procedures',
  findings: 'Findings',
  'free-text': 'Notes',
};

/** Chip text for each status: shown on every mention so status never rests on colour alone. */
export const STATUS_LABELS: Record<MentionStatus, string> = {
  affirmed: 'Affirmed',
  negated: 'Negated',
  uncertain: 'Uncertain',
  history: 'History',
  family: 'Family history',
};

export const LATERALITY_LABELS: Record<MentionLaterality, string> = {
  left: 'Left',
  right: 'Right',
  bilateral: 'Bilateral',
};

/** A label for codes that are not the mention's own code (none for 'main'). */
export const ROLE_LABELS: Record<SuggestionRole, string | null> = {
  main: null,
  history: 'Personal history code',
  family: 'Family history code',
  laterality: 'Supplementary: laterality',
  approach: 'Supplementary: approach',
};

/** Codes shown per mention. */
export const CODES_PER_MENTION = 3;

export interface MentionRef {
  mention: SuggestedMention;
  /** The mention's index in the stored page (what highlightMention takes). */
  index: number;
}

export interface SectionGroup {
  kind: SectionKind;
  label: string;
  mentions: MentionRef[];
}

/**
 * Mentions grouped by section kind, groups in the order their first mention appears on the page and
 * mentions in page order within each (the stored list is already in page order).
 */
export function groupBySection(mentions: readonly SuggestedMention[]): SectionGroup[] {
  const groups = new Map<SectionKind, SectionGroup>();
  mentions.forEach((mention, index) => {
    let g = groups.get(mention.section);
    if (!g) {
      g = { kind: mention.section, label: SECTION_LABELS[mention.section], mentions: [] };
      groups.set(mention.section, g);
    }
    g.mentions.push({ mention, index });
  });
  return [...groups.values()];
}

/**
 * The codes to show for a mention: none when negated, else its own codes (at most three) followed by
 * the supplementary laterality/approach codes the suggester adds after them.
 */
export function codesToShow(m: SuggestedMention): SuggestedMention['suggestions'] {
  if (m.status === 'negated') return [];
  const own = m.suggestions.filter((s) => s.role !== 'laterality' && s.role !== 'approach');
  const supplementary = m.suggestions.filter((s) => s.role === 'laterality' || s.role === 'approach');
  return [...own.slice(0, CODES_PER_MENTION), ...supplementary];
}

/** "2 MB", "640 kB": a character count as the size a coder recognises (1 character ≈ 1 byte). */
export function formatSize(chars: number): string {
  if (chars >= 1_000_000) return `${Number((chars / 1_000_000).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(chars / 1000))} kB`;
}

/** "48 mentions read in 6 ms · page text cut at 2 MB": the read statistics, shown subtly. */
export function statsLine(page: Pick<StoredPageMentions, 'mentions' | 'stats'>): string {
  const n = page.mentions.length;
  const count = `${n} mention${n === 1 ? '' : 's'} read`;
  const parts = [page.stats ? `${count} in ${Math.round(page.stats.ms)} ms` : count];
  if (page.stats?.truncated) parts.push(`page text cut at ${formatSize(page.stats.chars)}`);
  return parts.join(' · ');
}
