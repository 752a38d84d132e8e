import { describe, expect, it, vi } from 'vitest';
import { NO_FILL_ERROR } from '@/lib/messaging/content-protocol';
import { answerContentMessage, ContentMessageError, type ContentHandlers } from './content-messages';

const handlers = (): ContentHandlers => ({
  highlightMention: vi.fn(() => ({ found: true })),
  getSelection: vi.fn(() => ({ text: 'gout' })),
  getEpisodeDetails: vi.fn(() => ({ profile: 'ward-epr', details: { ref: 'EP-1' }, fillable: true })),
  fillEpisode: vi.fn(() => ({ filled: 2, overflow: [], missing: [] })),
});

const fill = (diagnoses: unknown[], procedures: unknown[] = []) => ({
  type: 'fillEpisode',
  data: { diagnoses, procedures },
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

  it('answers getEpisodeDetails and fillEpisode', () => {
    const h = handlers();
    expect(answerContentMessage({ type: 'getEpisodeDetails', data: {} }, { id: 'ext' }, 'ext', h)).toEqual({
      ok: true,
      data: { profile: 'ward-epr', details: { ref: 'EP-1' }, fillable: true },
    });
    const ok = fill([{ code: 'A39.0', dagger: true }, { code: 'I10' }], [{ code: 'W37.1' }]);
    expect(answerContentMessage(ok, { id: 'ext' }, 'ext', h)).toEqual({
      ok: true,
      data: { filled: 2, overflow: [], missing: [] },
    });
    expect(h.fillEpisode).toHaveBeenCalledWith(ok.data);
  });

  it('refuses fills that are not canonical codes or too long, without filling', () => {
    const h = handlers();
    const fifty = Array.from({ length: 51 }, () => ({ code: 'I10' }));
    for (const bad of [
      fill([{ code: 'j18.9' }]),
      fill([{ code: 'J189' }]),
      fill([{ code: 'J18.9<b>' }]),
      fill([{ code: 'J18.9', extra: 1 }]),
      fill([], [{ code: 'W37.1', dagger: true }]),
      fill(fifty),
      fill([], fifty),
      { type: 'fillEpisode', data: { diagnoses: [] } },
    ])
      expect(answerContentMessage(bad, { id: 'ext' }, 'ext', h)).toEqual({
        ok: false,
        error: 'invalid message',
      });
    expect(answerContentMessage(fill([{ code: 'I10' }]), { id: 'other' }, 'ext', h).ok).toBe(false);
    expect(h.fillEpisode).not.toHaveBeenCalled();
  });

  it("passes a coder-facing error's message on, but only the name of other errors", () => {
    const h = handlers();
    h.fillEpisode = () => {
      throw new ContentMessageError(NO_FILL_ERROR);
    };
    h.getEpisodeDetails = () => {
      throw new TypeError('page text that must not travel');
    };
    expect(answerContentMessage(fill([]), { id: 'ext' }, 'ext', h)).toEqual({
      ok: false,
      error: NO_FILL_ERROR,
    });
    expect(answerContentMessage({ type: 'getEpisodeDetails', data: {} }, { id: 'ext' }, 'ext', h)).toEqual({
      ok: false,
      error: 'TypeError',
    });
  });
});
