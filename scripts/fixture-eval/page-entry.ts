/**
 * Browser entry for the fixture evaluation: bundled into one IIFE and injected into each fixture
 * page, so extraction and analysis run on the real, script-built DOM in Chromium.
 */
import { extractSections } from '@/lib/extract/extract';
import { analyseSection } from '@/lib/text/analyse';

declare global {
  interface Window {
    __sidecoderExtract?: () => unknown;
  }
}

window.__sidecoderExtract = () => {
  const t0 = performance.now();
  const result = extractSections(document);
  const extractMs = performance.now() - t0;
  const mentions = result.sections.flatMap((s) => analyseSection(s));
  // Plain JSON only: Playwright serialises the return value back to Node.
  return {
    sections: result.sections.map((s) => ({
      kind: s.kind,
      heading: s.heading,
      items: s.items.length,
      texts: s.items.map((i) => ({ text: i.text, ...(i.label ? { label: i.label } : {}) })),
    })),
    mentions,
    chars: result.chars,
    truncated: result.truncated,
    ms: performance.now() - t0,
    extractMs,
  };
};
