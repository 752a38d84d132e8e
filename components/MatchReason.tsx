import type { MatchReason as Reason } from '@/lib/search/types';
import { sourceLabel } from '@/lib/ui/format';

/** Why a code matched: the term, where it came from, and any spelling corrections made. */
export function MatchReason({ matched }: { matched: Reason }) {
  return (
    <p class="why" data-testid="why">
      <span class="why__label">Matched </span>
      <q class="why__text">{matched.text}</q>
      <span class="why__source"> · {sourceLabel(matched.source)}</span>
      {matched.corrections?.length ? (
        <span class="why__corrections" data-testid="why-corrections">
          {' '}
          · {matched.corrections.join(', ')}
        </span>
      ) : null}
    </p>
  );
}
