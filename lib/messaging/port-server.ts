/**
 * The background's side of port-client.ts: answers each request on a `REQUEST_PORT` port with
 * handleMessage, exactly as a runtime.sendMessage request from the same sender would be answered (the
 * same tiers, schemas and services). Anything else on the port is ignored. Contexts: background worker.
 */
import type { Browser } from 'wxt/browser';
import type { Response } from './protocol';
import { REQUEST_PORT, type PortAnswer, type RequestPort } from './port-client';

type Handle = (message: unknown, sender: Browser.runtime.MessageSender) => Promise<Response>;

const requestId = (m: unknown): number | null => {
  const id = typeof m === 'object' && m !== null ? (m as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
};

/** Serve `port` if it is a request port; returns whether it was. */
export function serveRequestPort(
  port: RequestPort & { name: string; sender?: Browser.runtime.MessageSender },
  handle: Handle,
): boolean {
  if (port.name !== REQUEST_PORT || !port.sender) return false;
  const sender = port.sender;
  let open = true;
  port.onDisconnect.addListener(() => (open = false));
  port.onMessage.addListener((m) => {
    const id = requestId(m);
    if (id === null) return;
    void handle((m as { message?: unknown }).message, sender).then((response) => {
      if (!open) return;
      try {
        port.postMessage({ id, response } satisfies PortAnswer);
      } catch {
        open = false; // the page went away while we worked
      }
    });
  });
  return true;
}
