/**
 * Node-only debugging aid: `npx tsx scripts/fixture-eval/suggest-text.ts KIND "TEXT"...` analyses
 * each text as one item of a section of KIND and prints each mention's suggestions.
 */
import type { SectionKind } from '@/lib/extract/types';
import { buildSearchIndex } from '@/lib/search';
import { suggestForMention } from '@/lib/suggest/suggest';
import { analyseText } from '@/lib/text/analyse';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';

const [kind, ...texts] = process.argv.slice(2);
const index = buildSearchIndex(await loadBundledReleases());
for (const t of texts) {
  for (const m of analyseText(t, kind as SectionKind)) {
    const s = suggestForMention(index, m).map((x) => `${x.code}${x.role === 'main' ? '' : `(${x.role})`}`);
    console.log(`${m.status} ${m.kind} "${m.text}" → ${s.join(', ')}`);
  }
}
