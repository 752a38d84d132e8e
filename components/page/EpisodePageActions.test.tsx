// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, type Harness } from '@/components/episode/test-helpers';
import { createEpisode, type Episode } from '@/lib/episode/model';
import { createTestLookup } from '@/lib/episode/test-lookup';
import type { EpisodeDetailsAnswer, FillEpisodeAnswer } from '@/lib/messaging/content-protocol';
import type { EpisodePageApi, Outcome } from './episode-page';
import { EpisodePageActions } from './EpisodePageActions';

const lookup = createTestLookup();
const codes = (list: string[]) => list.map((code) => ({ code, source: 'typed' as const }));
const EPISODE: Episode = {
  ...createEpisode(new Date('2026-03-01T12:00:00Z'), '4b3f7a52-2f0e-4d67-9a1c-0d5e8c9b7a10'),
  diagnoses: codes(['A17.0', 'G01', 'J18.9']),
  procedures: codes(['J18.3', 'Y75.2']),
};
const DETAILS: EpisodeDetailsAnswer = {
  profile: 'kestrel-pas',
  details: { ref: 'EP-2026-00417', sex: 'female', age: 67, admitted: '2026-03-03', discharged: '2026-03-12' },
  fillable: true,
};

function fakeApi(details: Outcome<EpisodeDetailsAnswer>, fill?: Outcome<FillEpisodeAnswer>) {
  return {
    details: vi.fn(async () => details),
    fill: vi.fn(async () => fill ?? { ok: false as const, error: 'not expected' }),
  } satisfies EpisodePageApi;
}

let h: Harness | undefined;
afterEach(() => h?.unmount());

async function show(api: EpisodePageApi, tabId: number | null = 7, episode = EPISODE) {
  const onApply = vi.fn();
  h = await mount(
    <EpisodePageActions api={api} tabId={tabId} episode={episode} lookup={lookup} onApply={onApply} />,
  );
  await h.wait(0);
  return onApply;
}

describe('EpisodePageActions', () => {
  it('takes the page details into the episode on the press', async () => {
    const api = fakeApi({ ok: true, data: DETAILS });
    const onApply = await show(api);
    await h!.click(h!.$('episode-use-page-details'));
    expect(onApply).toHaveBeenCalledWith({
      ref: 'EP-2026-00417',
      sex: 'female',
      age: 67,
      admitted: '2026-03-03',
      discharged: '2026-03-12',
    });
    expect(h!.$('episode-page-status')!.textContent).toBe(
      'From the page: reference, sex, age, admitted, discharged',
    );
    // Asked once on show and again on the press (the page may have changed).
    expect(api.details).toHaveBeenCalledTimes(2);
    expect(api.fill).not.toHaveBeenCalled();
  });

  it('says why a reference was refused and takes the rest', async () => {
    const refused = {
      ...DETAILS,
      details: { sex: 'male' as const, refRefused: 'It looks like an NHS number' },
    };
    const onApply = await show(fakeApi({ ok: true, data: refused }));
    await h!.click(h!.$('episode-use-page-details'));
    expect(onApply).toHaveBeenCalledWith({ sex: 'male' });
    expect(h!.$('episode-page-status')!.textContent).toBe('From the page: sex. It looks like an NHS number');
    expect(h!.$('episode-page-status')!.className).toContain('copy-status--error');
  });

  it('fills the codes in sequence with the dagger and asterisk marked, and reports what did not fit', async () => {
    const api = fakeApi(
      { ok: true, data: DETAILS },
      { ok: true, data: { filled: 6, overflow: ['Y75.2'], missing: [] } },
    );
    await show(api);
    await h!.click(h!.$('episode-fill'));
    expect(api.fill).toHaveBeenCalledWith(7, {
      diagnoses: [{ code: 'A17.0', dagger: true }, { code: 'G01', asterisk: true }, { code: 'J18.9' }],
      procedures: [{ code: 'J18.3' }, { code: 'Y75.2' }],
    });
    expect(h!.$('episode-page-status')!.textContent).toBe(
      'Filled 4 codes into the page; no field left for Y75.2',
    );
  });

  it('offers Fill only where the profile names coding fields, and not for an empty episode', async () => {
    await show(fakeApi({ ok: true, data: { ...DETAILS, fillable: false } }));
    expect(h!.$('episode-use-page-details')).not.toBeNull();
    expect(h!.$('episode-fill')).toBeNull();
    h!.unmount();
    await show(fakeApi({ ok: true, data: DETAILS }), 7, { ...EPISODE, diagnoses: [], procedures: [] });
    expect(h!.$<HTMLButtonElement>('episode-fill')!.disabled).toBe(true);
  });

  it('shows nothing without a profile, an unreachable page or a followed tab', async () => {
    await show(fakeApi({ ok: true, data: { profile: null, details: null, fillable: false } }));
    expect(h!.$('episode-page-actions')).toBeNull();
    h!.unmount();
    await show(fakeApi({ ok: false, error: 'The page cannot be reached' }));
    expect(h!.$('episode-page-actions')).toBeNull();
    h!.unmount();
    const api = fakeApi({ ok: true, data: DETAILS });
    await show(api, null);
    expect(h!.$('episode-page-actions')).toBeNull();
    expect(api.details).not.toHaveBeenCalled();
  });

  it('asks again when the page is read again, so a content script that was not ready is found', async () => {
    const answers: Outcome<EpisodeDetailsAnswer>[] = [
      { ok: false, error: 'The page cannot be reached' },
      { ok: true, data: DETAILS },
    ];
    const api = { details: vi.fn(async () => answers.shift()!), fill: vi.fn() } satisfies EpisodePageApi;
    let pageRead: (() => void) | undefined;
    const stop = vi.fn();
    const watchPage = vi.fn((tabId: number, onChange: () => void) => {
      expect(tabId).toBe(7);
      pageRead = onChange;
      return stop;
    });
    h = await mount(
      <EpisodePageActions
        api={api}
        tabId={7}
        episode={EPISODE}
        lookup={lookup}
        onApply={vi.fn()}
        watchPage={watchPage}
      />,
    );
    await h.wait(0);
    expect(h.$('episode-page-actions')).toBeNull();
    pageRead!();
    await h.wait(0);
    expect(h.$('episode-use-page-details')).not.toBeNull();
    expect(api.details).toHaveBeenCalledTimes(2);
    h.unmount();
    expect(stop).toHaveBeenCalled();
  });
});
