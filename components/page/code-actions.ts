/** What a suggested code's buttons do, passed down from the "This page" tab. */
import type { Suggestion } from '@/lib/suggest/types';
import type { CodeRef } from '@/lib/ui/page-codes';

export interface CodeActions {
  /** The code in the panel's chosen format. */
  display(ref: CodeRef): string;
  copy(s: Suggestion): void;
  /** Sends the code to the Episode tab (the open episode, or a new one). */
  addToEpisode(s: Suggestion): void;
  /** Sent to the episode from this panel since it opened (the button says so). */
  added(ref: CodeRef): boolean;
}
