/**
 * Keeps an MV3 service worker alive while a long task runs. Contexts: background worker.
 * Chrome stops a worker after ~30 s without extension events or API calls; a cheap API call every
 * 20 s resets that timer. Seeding normally takes a few seconds, so this only matters on slow machines.
 */
import { browser } from 'wxt/browser';

/** Run `task`, pinging a cheap extension API every `everyMs` until it settles. */
export async function withKeepAlive<T>(task: () => Promise<T>, everyMs = 20_000): Promise<T> {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo?.().catch(() => undefined), everyMs);
  try {
    return await task();
  } finally {
    clearInterval(timer);
  }
}
