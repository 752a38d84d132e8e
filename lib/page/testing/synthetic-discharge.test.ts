// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectPageMentions } from '../analyse-sections';
import { syntheticDischargeHtml } from './synthetic-discharge';

describe('synthetic discharge page', () => {
  it('is deterministic and about the asked length', () => {
    const a = syntheticDischargeHtml({ words: 5000 });
    expect(syntheticDischargeHtml({ words: 5000 })).toBe(a);
    expect(syntheticDischargeHtml({ words: 5000, seed: 2 })).not.toBe(a);
    const words = a
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(5000);
    expect(words).toBeLessThan(5100);
  });

  it('reads as a discharge summary with coded sections', () => {
    document.documentElement.innerHTML = syntheticDischargeHtml({ words: 1000 });
    const data = collectPageMentions(document, location, 1);
    const texts = data.mentions.map((m) => m.text.toLowerCase());
    expect(texts.some((t) => t.includes('pneumonia'))).toBe(true);
    expect(data.mentions.some((m) => m.status === 'negated')).toBe(true);
    expect(data.mentions.some((m) => m.kind === 'procedure')).toBe(true);
  });
});
