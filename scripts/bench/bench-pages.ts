// The pages `npm run bench` reads in the extension: the synthetic discharge summary fixture (issue 3:
// suggestions for all its mentions ≤ 300 ms) and a generated 5,000-word page (read ≤ 50 ms).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { syntheticDischargeHtml } from '../../lib/page/testing/synthetic-discharge';
import type { BenchPage } from './pages';

export function benchPages(): BenchPage[] {
  return [
    {
      name: 'discharge-table.html',
      html: readFileSync(resolve('tests/fixtures/epr/discharge-table.html'), 'utf8'),
    },
    { name: 'synthetic-5000-words.html', html: syntheticDischargeHtml({ words: 5000, seed: 1 }) },
  ];
}
