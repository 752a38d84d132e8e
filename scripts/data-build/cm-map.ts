/**
 * Node-only (data build): map a US ICD-10-CM code to the WHO/UK code it falls under: truncate to four
 * characters; if that code is not in the UK list, fall back to the 3-character category. Codes the UK
 * list does not have (CM-only categories such as C4A) map to nothing.
 */
import type { CodeEntry } from '@/lib/classification/model';

export type CmMapper = (cmCode: string) => string | undefined;

/** Build a mapper over the UK ICD-10 codes (categories and 4/5-character codes). */
export function createCmMapper(codes: CodeEntry[]): CmMapper {
  const known = new Set(codes.filter((c) => c.kind === 'category' || c.kind === 'code').map((c) => c.code));
  return (raw) => {
    const c = raw
      .trim()
      .toUpperCase()
      .replace(/[.-]+$/, '')
      .replace(/\.-$/, '');
    const m = /^([A-Z]\d{2})(?:\.?([0-9A-Z]))?/.exec(c);
    if (!m) return undefined;
    const cat = m[1]!;
    const four = m[2] ? `${cat}.${m[2]}` : undefined;
    if (four && known.has(four)) return four;
    return known.has(cat) ? cat : undefined;
  };
}
