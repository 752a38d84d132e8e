/**
 * Node-only debugging aid: `npx tsx scripts/fixture-eval/analyse-text.ts "TEXT" [section-kind]` prints
 * the mentions lib/text reads in one item of text (status, kind, text, laterality, original, cues).
 */
import type { SectionKind } from '@/lib/extract/types';
import { analyseText } from '@/lib/text/analyse';

const kind = (process.argv[3] ?? 'free-text') as SectionKind;
for (const m of analyseText(process.argv[2] ?? '', kind)) {
  const parts = [m.status, m.kind, JSON.stringify(m.text), m.laterality ?? '-', JSON.stringify(m.original)];
  console.log(`${parts.join(' ')} cues=[${m.cues.join('|')}] quals=[${m.qualifiers.join('|')}]`);
}
