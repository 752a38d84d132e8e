import { flagBadges, flagsOf } from '@/lib/ui/format';
import type { CodeEntry } from '@/lib/classification/model';
import type { SearchResult } from '@/lib/search/types';

/**
 * Dagger/asterisk, secondary-only, sex/age and "not valid for coding" badges. Spans only, so the
 * badges may sit inside a button (browse rows).
 */
export function FlagBadges({ item }: { item: SearchResult | CodeEntry }) {
  const badges = flagBadges(flagsOf(item));
  if (!badges.length) return null;
  return (
    <span class="flags" data-testid="flags">
      {badges.map((b) => (
        <span key={b.key} class={`flag flag--${b.key}`} title={b.description} data-testid={`flag-${b.key}`}>
          <span aria-hidden="true">{b.label}</span>
          <span class="visually-hidden">{b.description}</span>
        </span>
      ))}
    </span>
  );
}
