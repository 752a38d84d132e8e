import { describe, expect, it, vi } from 'vitest';
import { askContent, UNREACHABLE, UNREADABLE, type TabsMessenger } from './ask-content';
import { SELECTION_MAX_CHARS } from './protocol';

const answering = (answer: unknown): TabsMessenger & { sent: unknown[][] } => {
  const sent: unknown[][] = [];
  return {
    sent,
    tabs: {
      sendMessage: vi.fn(async (...args: unknown[]) => {
        sent.push(args);
        return answer;
      }),
    },
  };
};
const HIGHLIGHT = { type: 'highlightMention', data: { revision: 3, index: 1 } } as const;

describe('askContent', () => {
  it('returns a well-formed answer, sent to the frame asked for', async () => {
    const api = answering({ ok: true, data: { text: 'Acute cholecystitis' } });
    const r = await askContent(api, 7, { type: 'getSelection', data: {} }, { frameId: 0 });
    expect(r).toEqual({ ok: true, data: { text: 'Acute cholecystitis' } });
    expect(api.sent).toEqual([[7, { type: 'getSelection', data: {} }, { frameId: 0 }]]);
  });

  it('says the page cannot be reached when no content script answers', async () => {
    const api: TabsMessenger = { tabs: { sendMessage: () => Promise.reject(new Error('No receiver')) } };
    expect(await askContent(api, 7, HIGHLIGHT)).toEqual({ ok: false, unreachable: true, error: UNREACHABLE });
  });

  it('refuses answers of the wrong shape, including an oversized selection', async () => {
    for (const answer of [
      undefined,
      'found',
      { ok: true, data: { found: 'yes' } },
      { ok: true },
      { ok: false, error: 'x'.repeat(501) },
    ]) {
      expect(await askContent(answering(answer), 7, HIGHLIGHT)).toEqual({
        ok: false,
        unreachable: false,
        error: UNREADABLE,
      });
    }
    const long = answering({ ok: true, data: { text: 'x'.repeat(SELECTION_MAX_CHARS + 1) } });
    expect((await askContent(long, 7, { type: 'getSelection', data: {} })).ok).toBe(false);
  });

  it("passes on the content script's own refusal", async () => {
    const r = await askContent(
      answering({ ok: false, error: 'Sidecoder is switched off on this site' }),
      7,
      HIGHLIGHT,
    );
    expect(r).toEqual({ ok: false, unreachable: false, error: 'Sidecoder is switched off on this site' });
  });
});
