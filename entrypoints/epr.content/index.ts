import { createPortClient, REQUEST_PORT } from '@/lib/messaging/port-client';
import { answerContentMessage } from '@/lib/page/content-messages';
import { createPageSession } from '@/lib/page/page-session';

export default defineContentScript({
  // Demo and test origins only; real EPR origins are granted at run time (optional host permissions).
  matches: ['http://localhost/*', 'http://127.0.0.1/*', 'file:///*'],
  runAt: 'document_idle',
  main(ctx) {
    // One port for the page's reads, opened now so the first read does not wait for it.
    const requests = createPortClient(() => browser.runtime.connect({ name: REQUEST_PORT }));
    requests.open();
    // Wiring only: the page session (lib/page) decides whether this site is enabled and does the work.
    const session = createPageSession({
      doc: document,
      win: window,
      // ctx timers stop by themselves when the extension is reloaded or removed.
      clock: {
        now: () => performance.now(),
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
        whenIdle: (fn, timeout) => void ctx.requestIdleCallback(fn, { timeout }),
      },
      analyse: (sections) => requests.request('analyseSections', { sections }),
      send: (data) => requests.request('pageMentions', data),
      storage: { get: (keys) => browser.storage.local.get(keys), onChanged: browser.storage.onChanged },
      // Profile ids and issues only: never page text.
      onInvalidProfiles: (invalid) =>
        console.warn(
          'Sidecoder: skipped invalid site profiles:',
          invalid.map((i) => `${i.id ?? `#${i.index}`}: ${i.issues.join('; ')}`),
        ),
    });
    const onMessage = (msg: unknown, sender: { id?: string }, reply: (r: unknown) => void) => {
      reply(
        answerContentMessage(msg, sender, browser.runtime.id, {
          highlightMention: ({ revision, index }) => ({ found: session.highlightMention(revision, index) }),
          getSelection: () => ({ text: session.selection() }),
          getEpisodeDetails: () => session.episodeDetails(),
          fillEpisode: (data) => session.fillEpisode(data),
        }),
      );
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.stop();
      requests.close();
    });
    void session.start();
  },
});
