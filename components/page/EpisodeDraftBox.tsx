/**
 * The codes the coder added for the episode: a short list with remove buttons and "Copy all" (one
 * code per line). A stand-in for the episode builder of the next issue.
 */
import type { DraftCode, EpisodeDraft } from '@/lib/ui/page-episode-draft';

interface Props {
  draft: EpisodeDraft;
  display(c: DraftCode): string;
  onRemove(c: DraftCode): void;
  onCopyAll(): void;
}

export function EpisodeDraftBox({ draft, display, onRemove, onCopyAll }: Props) {
  const n = draft.codes.length;
  return (
    <section class="draft" aria-labelledby="draft-title" data-testid="episode-draft">
      <div class="draft__head">
        <h3 id="draft-title" class="draft__title">
          Episode codes ({n})
        </h3>
        {n ? (
          <button type="button" class="button button--small" onClick={onCopyAll} data-testid="copy-all">
            Copy all
          </button>
        ) : null}
      </div>
      {n ? (
        <ul class="draft__list">
          {draft.codes.map((c) => (
            <li key={`${c.system}:${c.code}`} class="draft__item" data-testid="draft-code" data-code={c.code}>
              <strong class="draft__code">{display(c)}</strong>
              <span class="draft__name">{c.title}</span>
              <button
                type="button"
                class="link"
                onClick={() => onRemove(c)}
                aria-label={`Remove ${display(c)}`}
                data-testid="remove-code"
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted draft__empty">“Add to episode” collects codes here to copy together.</p>
      )}
    </section>
  );
}
