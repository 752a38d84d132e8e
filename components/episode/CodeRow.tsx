import type { CodeEntry } from '@/lib/classification/model';
import type { EpisodeCode } from '@/lib/episode/model';

interface Props {
  row: EpisodeCode;
  index: number;
  entry: CodeEntry | undefined;
  primary: boolean;
  /** An asterisk after its dagger, or a Y/Z code qualifying the procedure above. */
  attached: boolean;
  dragging: boolean;
  onKeyDown(e: KeyboardEvent): void;
  onMakePrimary(): void;
  onRemove(): void;
  onDragStart(e: DragEvent): void;
  onDragOver(e: DragEvent): void;
  onDrop(e: DragEvent): void;
  onDragEnd(): void;
  rowRef(el: HTMLLIElement | null): void;
}

/** One code of a list: position, code, title, dagger/asterisk marks and its actions. */
export function CodeRow(p: Props) {
  const { row, entry, primary, attached } = p;
  const title = row.title ?? entry?.title ?? 'Not in the release in use';
  const mark = entry?.dagger ? '†' : entry?.asterisk ? '*' : '';
  const role = primary ? 'Primary' : attached ? 'Attached' : `${p.index + 1}`;
  return (
    <li
      ref={p.rowRef}
      class={`code-row${primary ? ' code-row--primary' : ''}${attached ? ' code-row--attached' : ''}${p.dragging ? ' code-row--dragging' : ''}`}
      tabIndex={0}
      draggable
      aria-label={`${role === 'Attached' ? 'attached ' : primary ? 'primary ' : ''}${row.code} ${title}`}
      aria-describedby="episode-reorder-help"
      onKeyDown={p.onKeyDown}
      onDragStart={p.onDragStart}
      onDragOver={p.onDragOver}
      onDrop={p.onDrop}
      onDragEnd={p.onDragEnd}
      data-testid="code-row"
      data-code={row.code}
      data-primary={primary ? 'true' : undefined}
      data-attached={attached ? 'true' : undefined}
    >
      <span class="code-row__grip" aria-hidden="true">
        ⠿
      </span>
      <span class="code-row__position" data-testid="code-row-position">
        {attached ? '↳' : role}
      </span>
      <span class="code code-row__code">
        {row.code}
        {mark ? <span title={entry?.dagger ? 'Dagger' : 'Asterisk'}>{mark}</span> : null}
      </span>
      <span class="code-row__title">{title}</span>
      <span class="code-row__actions">
        {!primary && !attached ? (
          <button type="button" class="link" onClick={p.onMakePrimary} data-testid="make-primary">
            Make primary
          </button>
        ) : null}
        <button
          type="button"
          class="link code-row__remove"
          onClick={p.onRemove}
          aria-label={`Remove ${row.code}`}
          data-testid="remove-code"
        >
          Remove
        </button>
      </span>
    </li>
  );
}
