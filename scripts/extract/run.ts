/**
 * Node-only: sections → mentions → suggestions for `npm run extract`, and its two output forms.
 */
import type { ExtractedSection } from '@/lib/extract/types';
import type { SearchIndex } from '@/lib/search';
import { suggestForMention, type Suggestion } from '@/lib/suggest/suggest';
import { analyseSection } from '@/lib/text/analyse';
import type { Mention } from '@/lib/text/types';

export interface CodedMention {
  mention: Mention;
  heading: string;
  suggestions: Suggestion[];
}

/** Analyses every section and suggests codes for each mention; `ms` times the suggestions only. */
export function codeSections(
  index: SearchIndex,
  sections: ExtractedSection[],
): { mentions: CodedMention[]; ms: number } {
  const found = sections.flatMap((s) =>
    analyseSection(s).map((mention) => ({ mention, heading: s.heading })),
  );
  const t0 = performance.now();
  const mentions = found.map((f) => ({ ...f, suggestions: suggestForMention(index, f.mention) }));
  return { mentions, ms: performance.now() - t0 };
}

/** The `--json` line: exactly the documented keys, laterality null when none. */
export function toJson(mentions: CodedMention[]): string {
  return JSON.stringify({
    mentions: mentions.map(({ mention: m, suggestions }) => ({
      text: m.original.trim(),
      kind: m.kind,
      status: m.status,
      laterality: m.laterality ?? null,
      section: m.section,
      suggestions: suggestions.map((s) => ({
        code: s.code,
        system: s.system,
        title: s.title,
        score: Math.round(s.score * 1000) / 1000,
        reason: s.reason,
      })),
    })),
  });
}

/** A readable summary: each section's mentions with status, laterality and codes. */
export function toText(mentions: CodedMention[], notes: string[]): string {
  const lines: string[] = [...notes];
  let heading: string | undefined;
  for (const { mention: m, heading: h, suggestions } of mentions) {
    if (h !== heading) {
      heading = h;
      lines.push('', `${h || '(text)'} [${m.section}]`);
    }
    const chips = [m.kind, m.status, m.laterality].filter(Boolean).join(', ');
    lines.push(`  - ${m.original.trim()}  (${chips})`);
    if (m.status === 'negated') lines.push('      no codes: negated');
    for (const s of suggestions) {
      const role = s.role === 'main' ? '' : ` [${s.role}]`;
      lines.push(`      ${s.code.padEnd(6)} ${s.title}${role} (${s.score.toFixed(2)}): ${s.reason}`);
    }
  }
  if (!mentions.length) lines.push('', 'no mentions found');
  return lines.join('\n');
}
