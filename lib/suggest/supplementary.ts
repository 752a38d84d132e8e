/**
 * OPCS-4 supplementary codes for a procedure mention: laterality (Z94.x) and approach (Y codes).
 * Pure; any context.
 */
import type { MentionLaterality } from '@/lib/text/types';

/** OPCS-4 Z94: "Bilateral operation", "Right sided operation", "Left sided operation". */
export const LATERALITY_CODES: Record<MentionLaterality, string> = {
  bilateral: 'Z94.1',
  right: 'Z94.2',
  left: 'Z94.3',
};

export interface Approach {
  code: string;
  /** The word in the mention that names the approach, for the reason. */
  word: string;
}

/** Chapters whose operations are on the abdominal cavity (robotic → Y75.3 rather than Y76.5). */
const ABDOMINAL_CHAPTERS = /^[GHJMQT]/;

// Order matters: "laparoscopically assisted" before "laparoscopic", "robotic" before both.
const APPROACHES: { re: RegExp; code: (main: string) => string }[] = [
  {
    re: /\brobot(?:ic(?:ally)?|-assisted)?\b/i,
    code: (m) => (ABDOMINAL_CHAPTERS.test(m) ? 'Y75.3' : 'Y76.5'),
  },
  { re: /\blaparoscopic(?:ally)?[\s-]+assisted\b/i, code: () => 'Y75.1' },
  { re: /\b(?:laparoscopic(?:ally)?|lap)\b/i, code: () => 'Y75.2' },
  { re: /\barthroscopic(?:ally)?\b/i, code: () => 'Y76.7' },
  { re: /\bthoracoscopic(?:ally)?\b|\bvats\b/i, code: () => 'Y74.1' },
  { re: /\bendoscopic(?:ally)?\b/i, code: () => 'Y76.3' },
];

/** OPCS-4 titles that already carry a minimal-access approach (W82.2 "Endoscopic resection of meniscus"). */
const SCOPED_TITLE = /scop(?:ic|y)|robot/i;

/**
 * The approach Y code the mention's wording asks for, unless the main code's title already names
 * that approach (OPCS-4 codes such as "Endoscopic …" carry it, and a Y code would repeat it).
 */
export function approachFor(text: string, mainCode: string, mainTitle: string): Approach | undefined {
  for (const a of APPROACHES) {
    const m = a.re.exec(text);
    if (!m) continue;
    if (SCOPED_TITLE.test(mainTitle)) return undefined;
    return { code: a.code(mainCode), word: m[0] };
  }
  return undefined;
}
