/**
 * Text the coder chose to code ("Code with Sidecoder"), newest first, each analysed like a free-text
 * section: its mentions with status chips and codes. Each can be dismissed.
 */
import type { CodeSelection, SuggestedMention } from '@/lib/messaging/protocol';
import type { CodeActions } from './code-actions';
import { MentionItem } from './MentionItem';

export interface AnalysedSelection {
  selection: CodeSelection;
  mentions: SuggestedMention[];
}

/** Characters of the selected text quoted above its analysis. */
const QUOTE_CHARS = 240;

interface Props {
  items: AnalysedSelection[];
  actions: CodeActions;
  onDismiss(sel: CodeSelection): void;
}

export function SelectionList({ items, actions, onDismiss }: Props) {
  if (!items.length) return null;
  return (
    <section class="selections" aria-label="Coded selections">
      {items.map(({ selection, mentions }) => {
        const text = selection.text;
        const quote = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
        return (
          <article key={`${selection.at}:${selection.tabId}`} class="selection" data-testid="selection">
            <div class="selection__head">
              <h3 class="selection__title">Selected text</h3>
              <button
                type="button"
                class="link"
                onClick={() => onDismiss(selection)}
                aria-label="Dismiss this selection"
                data-testid="dismiss-selection"
              >
                Dismiss
              </button>
            </div>
            <blockquote class="selection__text" data-testid="selection-text">
              {quote}
            </blockquote>
            {mentions.length ? (
              <ul class="mentions">
                {mentions.map((m, i) => (
                  <MentionItem key={i} mention={m} index={i} actions={actions} />
                ))}
              </ul>
            ) : (
              <p class="muted">No diagnosis or procedure found in the selection.</p>
            )}
          </article>
        );
      })}
    </section>
  );
}
