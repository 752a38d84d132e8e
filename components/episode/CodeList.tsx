import { useEffect, useRef, useState } from 'preact/hooks';
import { AddCodeForm } from './AddCodeForm';
import { CodeRow } from './CodeRow';
import { FindingList } from './FindingList';
import { listContext } from '@/lib/episode/edit';
import type { CodeLookup, DescribeRule, Finding, Fix } from '@/lib/episode/findings';
import { LIST_SYSTEM, type CodeListKey, type EpisodeCode } from '@/lib/episode/model';
import { groupsOf } from '@/lib/episode/sequence';

interface Props {
  listKey: CodeListKey;
  heading: string;
  rows: EpisodeCode[];
  lookup: CodeLookup;
  findings: Finding[];
  /** Focus this row after a keyboard move (the token makes a repeat request count). */
  focus: { index: number; token: number } | null;
  onMove(from: number, to: number): void;
  onStep(index: number, delta: -1 | 1): void;
  onMakePrimary(index: number): void;
  onRemove(index: number): void;
  onAdd(item: EpisodeCode): string | null;
  onFix(fix: Fix): void;
  describeRule?: DescribeRule;
}

const DRAG_TYPE = 'application/x-sidecoder-row';

/**
 * One sequence (diagnoses or procedures): drag to reorder, Alt+↑/↓ on a focused row to move it,
 * ↑/↓ to move focus. Pairs and Y/Z codes move with their group (lib/episode/sequence.ts).
 */
export function CodeList(p: Props) {
  const rowEls = useRef<(HTMLLIElement | null)[]>([]);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const groups = groupsOf(p.rows, listContext(p.listKey, p.lookup));
  const starts = new Set(groups.map((g) => g.start));
  const system = LIST_SYSTEM[p.listKey];

  useEffect(() => {
    if (p.focus) rowEls.current[p.focus.index]?.focus();
  }, [p.focus]);

  const onKeyDown = (i: number) => (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return; // keys on the row's buttons are theirs
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      p.onStep(i, e.key === 'ArrowUp' ? -1 : 1);
    } else if (!e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      rowEls.current[i + (e.key === 'ArrowUp' ? -1 : 1)]?.focus();
    } else if (e.key === 'Delete') {
      e.preventDefault();
      p.onRemove(i);
    }
  };

  return (
    <section class="code-list" aria-labelledby={`${p.listKey}-heading`} data-testid={`list-${p.listKey}`}>
      <h3 id={`${p.listKey}-heading`} class="code-list__heading">
        {p.heading}
      </h3>
      {p.rows.length ? (
        <ol class="code-list__rows" aria-label={p.heading}>
          {p.rows.map((row, i) => (
            <CodeRow
              key={`${row.code}-${i}`}
              row={row}
              index={i}
              entry={p.lookup.get(system, row.code)}
              primary={i === 0}
              attached={!starts.has(i)}
              dragging={dragFrom === i}
              rowRef={(el) => (rowEls.current[i] = el)}
              onKeyDown={onKeyDown(i)}
              onMakePrimary={() => p.onMakePrimary(i)}
              onRemove={() => p.onRemove(i)}
              onDragStart={(e) => {
                e.dataTransfer?.setData(DRAG_TYPE, String(i));
                if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
                setDragFrom(i);
              }}
              onDragOver={(e) => {
                if (dragFrom === null) return; // only rows of this list
                e.preventDefault();
                if (e.dataTransfer) e.dataTransfer.dropEffect = 'move';
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragFrom !== null && dragFrom !== i) p.onMove(dragFrom, i);
                setDragFrom(null);
              }}
              onDragEnd={() => setDragFrom(null)}
            />
          ))}
        </ol>
      ) : (
        <p class="muted code-list__empty" data-testid={`empty-${p.listKey}`}>
          No {p.listKey} yet.
        </p>
      )}
      <FindingList
        findings={p.findings}
        onFix={p.onFix}
        describeRule={p.describeRule}
        testId={`findings-${p.listKey}`}
      />
      <AddCodeForm listKey={p.listKey} lookup={p.lookup} onAdd={p.onAdd} />
    </section>
  );
}
