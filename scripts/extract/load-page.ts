/**
 * Node-only: an HTML file as a happy-dom document, for the extractor.
 *
 * The page's inline scripts run (so late-rendering apps and shadow-DOM components show their
 * content) with script/CSS file loading, navigation and network requests blocked, and a time cap:
 * happy-dom is not a security sandbox, so this is for local files the user chose, and
 * `--no-scripts` turns scripts off. Same-directory `<iframe src>` pages are read from disk and
 * inlined in place of the frame, as happy-dom does not load frames from files.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { Window } from 'happy-dom';

/** Longest wait for a page's scripts and timers to settle. */
const SETTLE_MS = 3000;

function newWindow(scripts: boolean): Window {
  return new Window({
    url: 'http://localhost/',
    settings: {
      enableJavaScriptEvaluation: scripts,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableJavaScriptFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
      fetch: {
        // Nothing leaves the machine: every request a page script makes fails.
        interceptor: { beforeAsyncRequest: async ({ window }) => new window.Response('', { status: 403 }) },
      },
      timer: { maxTimeout: SETTLE_MS, maxIntervalIterations: 50 },
    },
  });
}

async function settle(win: Window): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const cap = new Promise<void>((r) => (timer = setTimeout(r, SETTLE_MS)));
  await Promise.race([win.happyDOM.waitUntilComplete(), cap]);
  clearTimeout(timer);
  await win.happyDOM.abort();
}

/** The body of a same-directory frame page, or null when the src is remote or unreadable. */
async function framePage(file: string, src: string | null): Promise<string | null> {
  if (!src || /^[a-z][\w+.-]*:|^\/\//i.test(src)) return null;
  const dir = dirname(resolve(file));
  const target = resolve(dir, src.split(/[?#]/)[0]!);
  if (relative(dir, target).startsWith(`..${sep}`)) return null;
  try {
    return await readFile(target, 'utf8');
  } catch {
    return null;
  }
}

/** Loads `html` (from `file`) into a window; call `close` when done. */
export async function loadPage(
  file: string,
  html: string,
  scripts: boolean,
): Promise<{ document: Document; close: () => Promise<void> }> {
  const win = newWindow(scripts);
  win.document.write(html);
  if (scripts) await settle(win);
  for (const frame of [...win.document.querySelectorAll('iframe')]) {
    const page = await framePage(file, frame.getAttribute('src'));
    if (page === null) continue;
    const inner = newWindow(scripts);
    inner.document.write(page);
    if (scripts) await settle(inner);
    const box = win.document.createElement('div');
    box.innerHTML = inner.document.body?.innerHTML ?? '';
    frame.replaceWith(box);
    await inner.happyDOM.close();
  }
  return { document: win.document as unknown as Document, close: () => win.happyDOM.close() };
}
