/**
 * One mention: its words (a button that shows it in the page), status and laterality chips in words,
 * its cues, qualifiers and expansions, and its codes. Negated mentions stay collapsed, without codes.
 */
import type { SuggestedMention } from '@/lib/messaging/protocol';
import { codesToShow, LATERALITY_LABELS, STATUS_LABELS } from '@/lib/ui/page-view';
import type { CodeActions } from './code-actions';
import { SuggestionRow } from './SuggestionRow';

interface Props {
  mention: SuggestedMention;
  index: number;
  actions: CodeActions;
  /** Absent for text that is not on a page (a coded selection). */
  onShow?(index: number): void;
  current?: boolean;
}

const quoted = (list: string[]) => list.map((c) => `“${c}”`).join(', ');

export function MentionItem({ mention: m, index, actions, onShow, current }: Props) {
  const negated = m.status === 'negated';
  const codes = codesToShow(m);
  const label = m.original || m.text;
  return (
    <li
      class={`mention mention--${m.status}${current ? ' mention--current' : ''}`}
      data-testid="mention"
      data-index={index}
      data-status={m.status}
      data-collapsed={negated ? 'true' : undefined}
    >
      <div class="mention__head">
        {onShow ? (
          <button
            type="button"
            class="mention__text"
            onClick={() => onShow(index)}
            aria-current={current ? 'true' : undefined}
            title="Show in the page"
            data-testid="mention-text"
          >
            {label}
          </button>
        ) : (
          <span class="mention__text" data-testid="mention-text">
            {label}
          </span>
        )}
        <span class="chips">
          <span class={`chip chip--${m.status}`} data-testid="status-chip">
            {STATUS_LABELS[m.status]}
          </span>
          {m.laterality ? (
            <span class="chip chip--side" data-testid="laterality-chip">
              {LATERALITY_LABELS[m.laterality]}
            </span>
          ) : null}
          {m.kind === 'procedure' ? <span class="chip chip--kind">Procedure</span> : null}
        </span>
      </div>
      {negated ? (
        <p class="mention__note" data-testid="not-coded">
          Not coded{m.cues.length ? `: ${quoted(m.cues)}` : ''}
        </p>
      ) : (
        <>
          <MentionContext mention={m} />
          {m.status === 'uncertain' ? (
            <p class="mention__flag" data-testid="uncertain-flag">
              Uncertain: check the record before coding it
            </p>
          ) : null}
          {codes.length ? (
            <ul class="codes" aria-label={`Codes for ${label}`}>
              {codes.map((s) => (
                <SuggestionRow key={`${s.system}:${s.code}`} s={s} actions={actions} />
              ))}
            </ul>
          ) : (
            <p class="mention__note" data-testid="no-codes">
              No code found: try Search
            </p>
          )}
        </>
      )}
    </li>
  );
}

/** Cues, qualifiers and abbreviation expansions: why the mention reads as it does. */
function MentionContext({ mention: m }: { mention: SuggestedMention }) {
  const parts: string[] = [];
  if (m.text !== m.original && m.text) parts.push(`read as “${m.text}”`);
  if (m.cues.length) parts.push(`cues ${quoted(m.cues)}`);
  if (m.qualifiers.length) parts.push(`qualifiers ${quoted(m.qualifiers)}`);
  for (const e of m.expansions) parts.push(`${e.abbr} = ${e.expansion}`);
  if (!parts.length) return null;
  return (
    <p class="mention__context" data-testid="mention-context">
      {parts.join(' · ')}
    </p>
  );
}
