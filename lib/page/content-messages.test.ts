import { describe, expect, it, vi } from 'vitest';
import { answerContentMessage, type ContentHandlers } from './content-messages';

const handlers = (): ContentHandlers => ({
  highlightMention: vi.fn(() => ({ found: true })),
  getSelection: vi.fn(() => ({ text: 'gout' })),
});

describe('content-script messages', () => {
  it('answers valid messages from this extension', () => {
    const h = handlers();
    expect(
      answerContentMessage(
        { type: 'highlightMention', data: { revision: 2, index: 1 } },
        { id: 'ext' },
        'ext',
        h,
      ),
    ).toEqual({ ok: true, data: { found: true } });
    expect(h.highlightMention).toHaveBeenCalledWith({ revision: 2, index: 1 });
    expect(answerContentMessage({ type: 'getSelection', data: {} }, { id: 'ext' }, 'ext', h)).toEqual({
      ok: true,
      data: { text: 'gout' },
    });
  });

  it('refuses other senders and malformed messages without acting', () => {
    const h = handlers();
    const msg = { type: 'highlightMention', data: { revision: 2, index: 1 } };
    expect(answerContentMessage(msg, { id: 'other' }, 'ext', h).ok).toBe(false);
    expect(answerContentMessage(msg, undefined, 'ext', h).ok).toBe(false);
    expect(
      answerContentMessage({ type: 'highlightMention', data: { index: -1 } }, { id: 'ext' }, 'ext', h).ok,
    ).toBe(false);
    expect(
      answerContentMessage({ type: 'getSelection', data: { extra: 1 } }, { id: 'ext' }, 'ext', h).ok,
    ).toBe(false);
    expect(answerContentMessage({ type: 'reseed', data: {} }, { id: 'ext' }, 'ext', h).ok).toBe(false);
    expect(h.highlightMention).not.toHaveBeenCalled();
    expect(h.getSelection).not.toHaveBeenCalled();
  });
});
