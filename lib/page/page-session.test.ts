// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageMentionsData, Response } from '@/lib/messaging/protocol';
import { SETTINGS_KEYS } from '@/lib/sites/settings';
import { BADGE_HOST_TAG } from './badge-layer';
import { createPageSession, type PageSession, type PageSessionDeps } from './page-session';
import { localAnalyse } from './testing/local-analyse';
import { createManualClock, type ManualClock } from './testing/manual-clock';

type Answer = Response<'pageMentions'>;
const tick = () => new Promise<void>((r) => setTimeout(r, 0)); // MutationObserver callbacks, promises

const suggestion = (code: string) => ({
  code,
  system: 'icd10' as const,
  title: `Title of ${code}`,
  reason: 'matched the title',
  role: 'main' as const,
});

let clock: ManualClock;
let sent: PageMentionsData[];
let answer: (data: PageMentionsData) => Answer;
let session: PageSession;
let analyse: PageSessionDeps['analyse'];

function start(): Promise<void> {
  session = createPageSession({
    doc: document,
    win: window,
    clock,
    analyse: (sections) => analyse(sections),
    send: async (data) => {
      sent.push(structuredClone(data));
      return answer(data);
    },
    storage: { get: (keys) => fakeBrowser.storage.local.get(keys), onChanged: fakeBrowser.storage.onChanged },
    retryDelaysMs: [1000, 2000, 4000],
  });
  return session.start().then(tick);
}

beforeEach(() => {
  document.body.innerHTML = '<h2>Diagnoses</h2><ul id="dx"><li>Community acquired pneumonia</li></ul>';
  clock = createManualClock();
  sent = [];
  analyse = localAnalyse;
  answer = (data) => ({
    ok: true,
    data: {
      stored: true,
      mentions: data.mentions.length,
      suggested: true,
      suggestions: data.mentions.map(() => [suggestion('J18.9'), suggestion('J15.9')]),
    },
  });
  Element.prototype.scrollIntoView = vi.fn();
});

afterEach(() => session?.stop());

const addDiagnosis = (text: string) => {
  const li = document.createElement('li');
  li.textContent = text;
  document.getElementById('dx')!.append(li);
};

describe('page session', () => {
  it('reads an enabled page on start and sends its mentions with revision 1', async () => {
    await start();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.revision).toBe(1);
    expect(sent[0]!.url).toBe(`${location.origin}${location.pathname}`);
    expect(sent[0]!.mentions.map((m) => m.text)).toEqual(['Community acquired pneumonia']);
    expect(sent[0]!.stats?.truncated).toBe(false);
  });

  it('does nothing on a site the user switched off', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEYS.sites]: { enabled: [], disabled: [location.origin] },
    });
    await start();
    addDiagnosis('Gout');
    await tick();
    clock.advance(10_000);
    expect(sent).toHaveLength(0);
    expect(session.active).toBe(false);
  });

  it('re-reads after a debounced change and sends a higher revision', async () => {
    await start();
    clock.advance(2000);
    addDiagnosis('Gout');
    await tick();
    clock.advance(399);
    await tick();
    expect(sent).toHaveLength(1);
    clock.advance(1);
    await tick(); // the background's analysis
    expect(sent).toHaveLength(2);
    expect(sent[1]!.revision).toBe(2);
    expect(sent[1]!.mentions.map((m) => m.text)).toContain('Gout');
  });

  it('skips sending when a change leaves the sections as they were', async () => {
    await start();
    clock.advance(2000);
    const nav = document.createElement('nav');
    nav.textContent = 'Worklist';
    document.body.prepend(nav);
    await tick();
    clock.advance(5000);
    expect(session.reader!.counts.reads).toBe(2);
    expect(sent).toHaveLength(1);
  });

  it('sends when the route (path) changes even if the sections look the same', async () => {
    await start();
    clock.advance(2000);
    history.pushState({}, '', '/patients/2');
    document.getElementById('dx')!.firstElementChild!.textContent = 'Community acquired pneumonia';
    await tick();
    clock.advance(5000);
    await tick();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.url).toMatch(/\/patients\/2$/);
    history.pushState({}, '', '/');
  });

  it("ignores mutations of Sidecoder's own UI", async () => {
    await start();
    clock.advance(2000);
    const own = document.createElement(BADGE_HOST_TAG);
    document.documentElement.append(own);
    own.remove();
    await tick();
    clock.advance(5000);
    expect(session.reader!.counts.reads).toBe(1);
  });

  it('reads a constantly mutating page at most about once a second', async () => {
    await start();
    const clockEl = document.createElement('div');
    document.body.append(clockEl);
    for (let t = 0; t < 10_000; t += 100) {
      clockEl.textContent = String(t);
      await tick();
      clock.advance(100);
    }
    const reads = session.reader!.counts.reads;
    expect(reads).toBeGreaterThan(1);
    expect(reads).toBeLessThanOrEqual(6); // nothing new each time: the gap backs off
  });

  it('sends again with back-off while the store is still seeding', async () => {
    let seeding = 2;
    const real = answer;
    answer = (data) =>
      seeding-- > 0
        ? { ok: true, data: { stored: true, mentions: 1, suggested: false, suggestions: [[]] } }
        : real(data);
    await start();
    expect(sent).toHaveLength(1);
    clock.advance(1000);
    await tick();
    expect(sent).toHaveLength(2);
    clock.advance(1999);
    await tick();
    expect(sent).toHaveLength(2);
    clock.advance(1);
    await tick();
    expect(sent).toHaveLength(3);
    expect(sent.map((s) => s.revision)).toEqual([1, 1, 1]);
    clock.advance(60_000);
    await tick();
    expect(sent).toHaveLength(3); // suggested: no more retries
  });

  it('makes its first read once the page is idle, and not after it was stopped', async () => {
    const idle: (() => void)[] = [];
    clock.whenIdle = (fn, timeoutMs) => {
      expect(timeoutMs).toBeGreaterThan(0);
      idle.push(fn);
    };
    await start();
    expect(session.reader!.counts.reads).toBe(0);
    idle.shift()!();
    await tick();
    expect(sent.map((d) => d.revision)).toEqual([1]);
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEYS.sites]: { enabled: [], disabled: [location.origin] },
    });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEYS.sites]: { enabled: [], disabled: [] } });
    const reader = session.reader!;
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEYS.sites]: { enabled: [], disabled: [location.origin] },
    });
    idle.shift()!(); // queued by the restart, run after the stop
    await tick();
    expect(reader.counts.reads).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it('sends the timing of extraction and of the whole read, analysis included', async () => {
    analyse = async (sections) => {
      clock.advance(7); // the background's analysis and its messages take time
      return localAnalyse(sections);
    };
    await start();
    const stats = sent[0]!.stats!;
    expect(stats.extractMs).toBeGreaterThanOrEqual(0);
    expect(stats.ms).toBeGreaterThanOrEqual(stats.extractMs! + 7);
  });

  it('asks for the analysis again with back-off while the background is unreachable', async () => {
    let calls = 0;
    analyse = async (sections) => {
      if (++calls <= 2) throw new Error('Could not establish connection. Receiving end does not exist.');
      return localAnalyse(sections);
    };
    await start();
    expect(sent).toHaveLength(0);
    clock.advance(1000);
    await tick();
    expect(sent).toHaveLength(0);
    clock.advance(2000);
    await tick();
    expect(calls).toBe(3);
    expect(sent.map((d) => d.revision)).toEqual([1]);
    expect(sent[0]!.mentions.map((m) => m.text)).toEqual(['Community acquired pneumonia']);
  });

  it('after its last retry, analyses the next read of the same page afresh', async () => {
    let reachable = false;
    analyse = async (sections) => {
      if (!reachable) throw new Error('Could not establish connection.');
      return localAnalyse(sections);
    };
    await start();
    for (const delay of [1000, 2000, 4000]) {
      clock.advance(delay); // each retry fails too
      await tick();
    }
    expect(sent).toHaveLength(0);
    reachable = true;
    document.body.prepend(document.createElement('nav')); // a change that leaves the sections as they were
    await tick();
    clock.advance(5000);
    await tick();
    expect(sent.map((d) => d.mentions.map((m) => m.text))).toEqual([['Community acquired pneumonia']]);
  });

  it('sends only the newest read when the page changes while an analysis is out', async () => {
    const answers: (() => void)[] = [];
    analyse = (sections) =>
      new Promise((resolve) => answers.push(() => void localAnalyse(sections).then(resolve)));
    await start();
    clock.advance(2000);
    addDiagnosis('Gout');
    await tick();
    clock.advance(5000); // the second read goes out before the first answer is back
    expect(answers).toHaveLength(2);
    answers[0]!();
    answers[1]!();
    await tick();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.revision).toBe(1);
    expect(sent[0]!.mentions.map((m) => m.text)).toContain('Gout');
  });

  it('does not ask again for a re-read that matches the analysis still out', async () => {
    const answers: (() => void)[] = [];
    analyse = (sections) =>
      new Promise((resolve) => answers.push(() => void localAnalyse(sections).then(resolve)));
    await start();
    clock.advance(2000);
    document.body.prepend(document.createElement('nav'));
    await tick();
    clock.advance(5000);
    expect(session.reader!.counts.reads).toBe(2);
    expect(answers).toHaveLength(1);
    answers[0]!();
    await tick();
    expect(sent).toHaveLength(1);
  });

  it('stops everything when the site is disabled, and starts again when re-enabled', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEYS.trainee]: true });
    await start();
    expect(document.querySelector(BADGE_HOST_TAG)).not.toBeNull();
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEYS.sites]: { enabled: [], disabled: [location.origin] },
    });
    expect(session.active).toBe(false);
    expect(document.querySelector(BADGE_HOST_TAG)).toBeNull();
    addDiagnosis('Gout');
    await tick();
    clock.advance(10_000);
    expect(sent).toHaveLength(1);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEYS.sites]: { enabled: [], disabled: [] } });
    await tick();
    expect(sent).toHaveLength(2);
    expect(sent[1]!.revision).toBe(2);
    expect(sent[1]!.mentions.map((m) => m.text)).toContain('Gout');
  });

  it('shows trainee badges only in trainee mode and leaves no trace when it is turned off', async () => {
    const before = document.documentElement.outerHTML;
    await start();
    expect(document.querySelector(BADGE_HOST_TAG)).toBeNull();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEYS.trainee]: true });
    const host = document.querySelector(BADGE_HOST_TAG);
    expect(host).not.toBeNull();
    expect(session.badges?.host).toBe(host);
    expect(document.body.outerHTML).toBe(before.match(/<body>.*<\/body>/s)![0]);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEYS.trainee]: false });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it("highlights the current revision's mention and refuses a stale one", async () => {
    await start();
    const li = document.querySelector('#dx li')!;
    expect(session.highlightMention(1, 0)).toBe(true);
    expect(li.scrollIntoView).toHaveBeenCalledWith({ behavior: 'smooth', block: 'center' });
    expect(session.highlightMention(0, 0)).toBe(false);
    expect(session.highlightMention(1, 5)).toBe(false);
    li.remove();
    expect(session.highlightMention(1, 0)).toBe(false);
  });

  it('reads the selection of a focused text field', async () => {
    await start();
    const ta = document.createElement('textarea');
    ta.value = 'Notes: ?sepsis secondary to UTI ';
    document.body.append(ta);
    ta.focus();
    ta.setSelectionRange(7, 32);
    expect(session.selection()).toBe('?sepsis secondary to UTI');
  });
});
