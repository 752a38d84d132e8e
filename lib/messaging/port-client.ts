/**
 * Requests to the background over one long-lived port. `runtime.sendMessage` opens a channel for every
 * message: from a content script, on these machines, that first hop alone took 7–22 ms, more than
 * the analysis it carried. A port opened once when the script starts carries each request in one hop
 * (1–3 ms). A port closes when the background worker stops: the requests in flight then fail (their
 * callers retry) and the next request opens a new port. Contexts: content scripts.
 */
import type { RequestOf, RequestType, Response } from './protocol';

/** The port's name; the background serves only ports of this name (port-server.ts). */
export const REQUEST_PORT = 'sidecoder-requests';

/** What travels on the port: a request with its id, and the answer with the same id. */
export interface PortRequest {
  id: number;
  message: { type: string; data: unknown };
}
export interface PortAnswer {
  id: number;
  response: Response;
}

/** The parts of runtime.Port the client and server use. */
export interface RequestPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

export interface PortClient {
  request<T extends RequestType>(type: T, data: RequestOf<T>['data']): Promise<Response<T>>;
  /** Open the port now, so the first request does not wait for it. */
  open(): void;
  /** Close the port; requests in flight fail. */
  close(): void;
}

export class PortClosedError extends Error {
  constructor() {
    super('the connection to the background closed');
  }
}

const isAnswer = (m: unknown): m is PortAnswer =>
  typeof m === 'object' && m !== null && typeof (m as PortAnswer).id === 'number' && 'response' in m;

export function createPortClient(connect: () => RequestPort): PortClient {
  let current: { port: RequestPort; waiting: Map<number, (answer: Response | Error) => void> } | null = null;
  let nextId = 1;

  function drop(conn: NonNullable<typeof current>) {
    if (current === conn) current = null;
    for (const settle of conn.waiting.values()) settle(new PortClosedError());
    conn.waiting.clear();
  }

  function open(): NonNullable<typeof current> {
    if (current) return current;
    const conn = { port: connect(), waiting: new Map<number, (answer: Response | Error) => void>() };
    conn.port.onMessage.addListener((m) => {
      if (!isAnswer(m)) return;
      const settle = conn.waiting.get(m.id);
      conn.waiting.delete(m.id);
      settle?.(m.response);
    });
    conn.port.onDisconnect.addListener(() => drop(conn));
    current = conn;
    return conn;
  }

  return {
    request(type, data) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        let conn: NonNullable<typeof current>;
        try {
          conn = open();
        } catch (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
          return;
        }
        conn.waiting.set(id, (answer) =>
          answer instanceof Error ? reject(answer) : resolve(answer as never),
        );
        try {
          conn.port.postMessage({ id, message: { type, data } } satisfies PortRequest);
        } catch {
          drop(conn); // posting to a port the background closed: fail now, reopen next time
        }
      });
    },
    open() {
      try {
        open();
      } catch {
        // the extension is reloading: the first request will say so
      }
    },
    close() {
      const conn = current;
      if (!conn) return;
      drop(conn);
      conn.port.disconnect();
    },
  };
}
