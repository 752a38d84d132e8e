/** What a suggested code's buttons do, passed down from the "This page" tab. */
import type { Suggestion } from '@/lib/suggest/types';
import type { CodeRef } from '@/lib/ui/page-codes';

export interface CodeActions {
  /** The code in the panel's chosen format. */
  display(ref: CodeRef): string;
  copy(s: Suggestion): void;
  addToEpisode(s: Suggestion): void;
  inEpisode(ref: CodeRef): boolean;
}
