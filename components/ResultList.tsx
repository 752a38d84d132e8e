import type { CodeFormat } from '@/lib/classification/code-format';
import type { SearchResult } from '@/lib/search/types';
import { displayCode, toDisplayable } from '@/lib/ui/format';
import { FlagBadges } from './FlagBadges';
import { MatchReason } from './MatchReason';
import { SystemBadge } from './SystemBadge';

export const RESULT_LIST_ID = 'results';
export const resultRowId = (i: number) => `result-${i}`;

interface Props {
  results: SearchResult[];
  /** The query these results answer; exposed so tests and the demo can wait for them. */
  query: string;
  active: number;
  format: CodeFormat;
  onOpen(index: number): void;
  onHover?(index: number): void;
}

/**
 * Search results as a listbox driven from the search box (aria-activedescendant), so focus stays in
 * the box while ↑/↓ move the active row. A click opens the detail view.
 */
export function ResultList({ results, query, active, format, onOpen, onHover }: Props) {
  return (
    <ul
      id={RESULT_LIST_ID}
      class="results"
      role="listbox"
      aria-label="Search results"
      data-testid="results"
      data-for={query}
    >
      {results.map((r, i) => (
        <li
          key={`${r.system}:${r.code}`}
          id={resultRowId(i)}
          role="option"
          aria-selected={i === active}
          class={`result${i === active ? ' result--active' : ''}`}
          data-testid="result-row"
          data-active={i === active ? 'true' : 'false'}
          data-code={r.code}
          data-system={r.system}
          onClick={() => onOpen(i)}
          onMouseMove={onHover ? () => i !== active && onHover(i) : undefined}
        >
          <div class="result__head">
            <span class="result__code code" data-testid="result-code">
              {displayCode(toDisplayable(r), format)}
            </span>
            <SystemBadge system={r.system} />
          </div>
          <div class="result__title" data-testid="result-title">
            {r.title}
          </div>
          <MatchReason matched={r.matched} />
          <FlagBadges item={r} />
        </li>
      ))}
    </ul>
  );
}
