/** One suggested code of a mention: code, title, why, and its Copy / Add to episode buttons. */
import type { Suggestion } from '@/lib/suggest/types';
import { ROLE_LABELS } from '@/lib/ui/page-view';
import { SystemBadge } from '../SystemBadge';
import type { CodeActions } from './code-actions';

export function SuggestionRow({ s, actions }: { s: Suggestion; actions: CodeActions }) {
  const shown = actions.display(s);
  const role = ROLE_LABELS[s.role];
  const added = actions.added(s);
  return (
    <li class="suggestion-row" data-testid="suggestion" data-code={s.code} data-role={s.role}>
      <div class="suggestion-row__head">
        <strong class="suggestion-row__code" data-testid="suggestion-code">
          {shown}
        </strong>
        <SystemBadge system={s.system} />
        <span class="suggestion-row__title">{s.title}</span>
      </div>
      {role || s.flags?.secondaryOnly ? (
        <div class="flags">
          {role ? (
            <span class="flag flag--role" data-testid="role-label">
              {role}
            </span>
          ) : null}
          {s.flags?.secondaryOnly ? <span class="flag">Secondary only</span> : null}
        </div>
      ) : null}
      <p class="why" data-testid="suggestion-reason">
        {s.reason}
      </p>
      <div class="suggestion-row__actions">
        <button
          type="button"
          class="button button--small button--secondary"
          onClick={() => actions.copy(s)}
          aria-label={`Copy ${shown}`}
          data-testid="copy-code"
        >
          Copy
        </button>
        <button
          type="button"
          class="button button--small button--secondary"
          onClick={() => actions.addToEpisode(s)}
          disabled={added}
          aria-label={added ? `${shown} was added to the episode` : `Add ${shown} to the episode`}
          data-testid="add-to-episode"
        >
          {added ? 'Added' : 'Add to episode'}
        </button>
      </div>
    </li>
  );
}
