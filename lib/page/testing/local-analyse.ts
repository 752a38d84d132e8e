/**
 * The background's `analyseSections` answer, computed in place: the real lib/text analysis, for unit
 * tests of the page reader and session (no background to send to). Contexts: tests.
 */
import type { Response, SectionsForAnalysis } from '@/lib/messaging/protocol';
import { analyseSections } from '../analyse-sections';

export async function localAnalyse(sections: SectionsForAnalysis): Promise<Response<'analyseSections'>> {
  return { ok: true, data: { ...analyseSections(sections), ms: 0 } };
}
