/**
 * Node-only check: analysis time for a synthetic ~5,000-word narrative page (free text, the slowest
 * kind), cold (first call) and warm.
 */
import { analyseSection } from '@/lib/text/analyse';

const sentences = [
  'Lives alone in a bungalow with a twice-daily package of care.',
  'A CT last week ruled out pneumonia but showed a small left pleural effusion.',
  'She denies chest pain, palpitations or syncope.',
  'Started on NIV at 02:15 for T2RF, tolerating the mask well.',
  'Her NT-proBNP is 2,100 ng/L and I am concerned about possible heart failure.',
  'Known COPD and type 2 diabetes; previous MI 2015.',
];
const items = Array.from({ length: 80 }, (_, i) => ({
  text: Array.from({ length: 6 }, (_, j) => sentences[(i + j) % sentences.length]).join(' '),
}));
const words = items.reduce((n, it) => n + it.text.split(/\s+/).length, 0);
const section = { kind: 'free-text' as const, heading: 'Notes', items, via: 'heuristic' as const };
let t = performance.now();
const n = analyseSection(section).length;
const cold = performance.now() - t;
t = performance.now();
for (let i = 0; i < 5; i++) analyseSection(section);
console.log(
  `${words} words, ${n} mentions: cold ${cold.toFixed(1)} ms, warm ${((performance.now() - t) / 5).toFixed(1)} ms`,
);
