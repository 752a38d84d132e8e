/**
 * Node-only debugging aid: `npx tsx scripts/fixture-eval/search-text.ts icd10|opcs4 "query"...` prints
 * the top 5 search results on the bundled release for each query.
 */
import type { System } from '@/lib/classification/model';
import { buildSearchIndex, search } from '@/lib/search';
import { loadBundledReleases } from '@/scripts/lib/load-bundled';

const [system, ...queries] = process.argv.slice(2);
const index = buildSearchIndex(await loadBundledReleases());
for (const q of queries) {
  const rs = search(index, q, { system: system as System, limit: 5 });
  console.log(`${q}:`);
  for (const r of rs) console.log(`   ${r.code} ${r.score.toFixed(3)} ${r.title} [${r.matched.text}]`);
}
