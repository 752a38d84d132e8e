// @vitest-environment happy-dom
// The page session with site profiles: extraction follows the stored profile for this page, a change
// of the profiles setting re-reads, and episode details and Fill go through the same profile.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageMentionsData } from '@/lib/messaging/protocol';
import { SETTINGS_KEYS } from '@/lib/sites/settings';
import { createPageSession, type PageSession } from './page-session';
import { localAnalyse } from './testing/local-analyse';
import { createManualClock, type ManualClock } from './testing/manual-clock';

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

let clock: ManualClock;
let sent: PageMentionsData[];
let session: PageSession;
let invalid: unknown[];

const profile = (extra: object = {}) => ({
  id: 'ward-epr',
  name: 'Ward EPR',
  match: { origins: [location.origin] },
  sections: [{ kind: 'diagnoses', selector: '.blk-7', itemSelector: '.r' }],
  heuristics: 'never',
  episode: { ref: '.hdr .k1', fill: { diagnoses: ['#c1', '#c2'], format: 'undotted' } },
  ...extra,
});

function start(): Promise<void> {
  session = createPageSession({
    doc: document,
    win: window,
    clock,
    analyse: localAnalyse,
    send: async (data) => {
      sent.push(structuredClone(data));
      return { ok: true, data: { stored: true, mentions: 0, suggested: true, suggestions: [] } };
    },
    storage: { get: (keys) => fakeBrowser.storage.local.get(keys), onChanged: fakeBrowser.storage.onChanged },
    onInvalidProfiles: (list) => invalid.push(...list),
  });
  return session.start().then(tick);
}

const texts = (i: number) => sent[i]!.mentions.map((m) => m.text);

beforeEach(() => {
  // Headings the heuristics would read; the profile points at the unlabelled block instead.
  document.body.innerHTML = `
    <div class="hdr"><span class="k1">EP-2026-00417</span></div>
    <section><h2>Diagnoses</h2><ul><li>Gout</li></ul></section>
    <div class="blk-7"><div class="r">Community acquired pneumonia</div><div class="r">Atrial fibrillation</div></div>
    <input id="c1"><input id="c2">`;
  clock = createManualClock();
  sent = [];
  invalid = [];
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => session?.stop());

describe('page session with site profiles', () => {
  it('reads with the heuristics when no stored profile matches', async () => {
    await start();
    expect(texts(0)).toEqual(['Gout']);
    expect(session.episodeDetails()).toEqual({ profile: null, details: null, fillable: false });
  });

  it("extracts the stored profile's sections and answers details and Fill through it", async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEYS.profiles]: [profile()] });
    await start();
    expect(texts(0)).toEqual(['Community acquired pneumonia', 'Atrial fibrillation']);
    expect(session.episodeDetails()).toEqual({
      profile: 'ward-epr',
      details: { ref: 'EP-2026-00417' },
      fillable: true,
    });
    expect(session.fillEpisode({ diagnoses: [{ code: 'J18.9' }], procedures: [] }).filled).toBe(2);
    expect((document.getElementById('c1') as HTMLInputElement).value).toBe('J189');
  });

  it('re-reads when the profiles setting changes, and reports invalid stored profiles', async () => {
    await start();
    clock.advance(2000);
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEYS.profiles]: [profile(), { id: 'broken', sections: [] }],
    });
    await tick();
    clock.advance(5000);
    await tick();
    expect(sent).toHaveLength(2);
    expect(texts(1)).toEqual(['Community acquired pneumonia', 'Atrial fibrillation']);
    expect(invalid).toEqual([expect.objectContaining({ index: 1, id: 'broken' })]);
    expect(JSON.stringify(invalid)).not.toContain('pneumonia');
  });

  it('answers no profile and refuses Fill while the site is switched off', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEYS.profiles]: [profile()],
      [SETTINGS_KEYS.sites]: { enabled: [], disabled: [location.origin] },
    });
    await start();
    expect(session.episodeDetails().profile).toBeNull();
    expect(() => session.fillEpisode({ diagnoses: [{ code: 'I10' }], procedures: [] })).toThrow(
      /no coding fields/,
    );
    expect((document.getElementById('c1') as HTMLInputElement).value).toBe('');
  });
});
