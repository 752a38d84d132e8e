/**
 * A small channel through which other parts of the side panel (Search, "This page") add codes to the
 * open episode without knowing about the Episode tab. Codes sent while nothing listens wait for the
 * tab to mount. Pure; any context (one inbox per page).
 */
import type { System } from '@/lib/classification/model';
import type { CodeOrigin } from './model';

export interface IncomingCode {
  system: System;
  /** Any typed form (`J189`, `J18.9`); the tab canonicalises and checks it. */
  code: string;
  title?: string;
  source: Exclude<CodeOrigin, 'fix'>;
}

export interface EpisodeInbox {
  addCodes(codes: IncomingCode[]): void;
  /** One listener at a time (the Episode tab); queued codes are delivered at once. */
  listen(fn: (codes: IncomingCode[]) => void): () => void;
}

export function createEpisodeInbox(): EpisodeInbox {
  let listener: ((codes: IncomingCode[]) => void) | undefined;
  let queued: IncomingCode[] = [];
  return {
    addCodes(codes) {
      if (!codes.length) return;
      if (listener) listener(codes);
      else queued = [...queued, ...codes];
    },
    listen(fn) {
      listener = fn;
      if (queued.length) {
        const waiting = queued;
        queued = [];
        fn(waiting);
      }
      return () => {
        if (listener === fn) listener = undefined;
      };
    },
  };
}
