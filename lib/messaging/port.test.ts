import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { createPortClient, PortClosedError, REQUEST_PORT, type RequestPort } from './port-client';
import { serveRequestPort } from './port-server';
import type { Response } from './protocol';

type Listener<A extends unknown[]> = (...args: A) => void;
const event = <A extends unknown[]>() => {
  const listeners: Listener<A>[] = [];
  return {
    addListener: (cb: Listener<A>) => void listeners.push(cb),
    fire: (...args: A) => listeners.forEach((cb) => cb(...args)),
  };
};

const sender: Browser.runtime.MessageSender = {
  id: 'ext',
  url: 'http://127.0.0.1/epr.html',
  tab: { id: 4 } as never,
};

/** Two connected in-memory ends, delivering asynchronously like a real port. */
function portPair(name = REQUEST_PORT) {
  const ends = [0, 1].map(() => ({ onMessage: event<[unknown]>(), onDisconnect: event<[]>() }));
  let open = true;
  const end = (i: 0 | 1): RequestPort & { name: string; sender: typeof sender } => ({
    name,
    sender,
    onMessage: ends[i]!.onMessage,
    onDisconnect: ends[i]!.onDisconnect,
    postMessage(m) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(m);
      queueMicrotask(() => open && ends[1 - i]!.onMessage.fire(copy));
    },
    disconnect() {
      if (!open) return;
      open = false;
      queueMicrotask(() => ends[1 - i]!.onDisconnect.fire());
    },
  });
  return { client: end(0), server: end(1), breakFromServer: () => end(1).disconnect() };
}

const ok = (data: unknown): Response => ({ ok: true, data }) as Response;
const tick = () => new Promise<void>((r) => setTimeout(r, 0));

describe('request port', () => {
  it('answers each request with its own answer, handled as a message from the port sender', async () => {
    const pair = portPair();
    const handle = vi.fn(async (m: unknown, s: Browser.runtime.MessageSender) => {
      const { type } = m as { type: string };
      if (type === 'search') await tick(); // answered after the next request
      return ok({ type, tab: s.tab?.id });
    });
    expect(serveRequestPort(pair.server, handle)).toBe(true);
    const client = createPortClient(() => pair.client);
    const [a, b] = await Promise.all([
      client.request('search', { query: 'gout' }),
      client.request('getSeedStatus', {}),
    ]);
    expect(a).toEqual(ok({ type: 'search', tab: 4 }));
    expect(b).toEqual(ok({ type: 'getSeedStatus', tab: 4 }));
    expect(handle).toHaveBeenCalledWith({ type: 'search', data: { query: 'gout' } }, sender);
  });

  it('fails the requests in flight when the background goes, and opens a new port for the next', async () => {
    const first = portPair();
    const second = portPair();
    serveRequestPort(first.server, () => new Promise(() => {})); // never answers: the worker stops
    serveRequestPort(second.server, async () => ok('again'));
    const connect = vi.fn().mockReturnValueOnce(first.client).mockReturnValueOnce(second.client);
    const client = createPortClient(connect);
    client.open();
    const pending = client.request('getSeedStatus', {});
    first.breakFromServer();
    await expect(pending).rejects.toBeInstanceOf(PortClosedError);
    expect(await client.request('getSeedStatus', {})).toEqual(ok('again'));
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('fails at once when the extension cannot be reached', async () => {
    const client = createPortClient(() => {
      throw new Error('Extension context invalidated.');
    });
    client.open(); // does not throw
    await expect(client.request('getSeedStatus', {})).rejects.toThrow('Extension context invalidated.');
  });

  it('ignores other ports and messages without a request id', async () => {
    const handle = vi.fn(async () => ok(null));
    expect(serveRequestPort(portPair('other').server, handle)).toBe(false);
    const pair = portPair();
    serveRequestPort(pair.server, handle);
    pair.client.postMessage({ message: { type: 'search', data: {} } });
    pair.client.postMessage('<script>alert(1)</script>');
    pair.client.postMessage({ id: 1.5, message: {} });
    await tick();
    expect(handle).not.toHaveBeenCalled();
  });

  it('leaves a closed client with nothing in flight', async () => {
    const pair = portPair();
    serveRequestPort(pair.server, () => new Promise(() => {}));
    const client = createPortClient(() => pair.client);
    const pending = client.request('getSeedStatus', {});
    client.close();
    await expect(pending).rejects.toBeInstanceOf(PortClosedError);
  });
});
