import type { System } from '@/lib/classification/model';
import { systemLabel } from '@/lib/ui/format';

export function SystemBadge({ system }: { system: System }) {
  return (
    <span class={`system-badge system-badge--${system}`} data-testid="system-badge">
      {systemLabel(system)}
    </span>
  );
}
