import type { PathNode } from '@/lib/search/types';

interface Props {
  nodes: PathNode[];
  /** A first crumb before the path, e.g. "Chapters" in the browse view. */
  root?: { label: string; onSelect(): void };
  onSelect(node: PathNode): void;
  /** The current node, shown last and not as a link. */
  current?: string;
  testId?: string;
}

export function Breadcrumb({ nodes, root, onSelect, current, testId = 'breadcrumb' }: Props) {
  return (
    <nav aria-label="Hierarchy" class="breadcrumb" data-testid={testId}>
      <ol>
        {root ? (
          <li>
            <button type="button" class="link" onClick={root.onSelect} data-testid="crumb-root">
              {root.label}
            </button>
          </li>
        ) : null}
        {nodes.map((n) => (
          <li key={n.code}>
            <button
              type="button"
              class="link"
              onClick={() => onSelect(n)}
              title={n.title}
              data-testid="crumb"
              data-code={n.code}
            >
              <span class="code">{n.code}</span> {n.title}
            </button>
          </li>
        ))}
        {current ? (
          <li aria-current="page" data-testid="crumb-current">
            {current}
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
