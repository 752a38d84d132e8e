import { useEffect, useRef } from 'preact/hooks';
import type { CodeFormat } from '@/lib/classification/code-format';
import { SYSTEM_LABELS, type CodeEntry, type System } from '@/lib/classification/model';
import type { CodeSource } from '@/lib/ui/code-source';
import { displayCode, toDisplayable } from '@/lib/ui/format';
import { BackButton } from './DetailView';
import { Breadcrumb } from './Breadcrumb';
import { FlagBadges } from './FlagBadges';
import { SegmentedControl } from './SegmentedControl';

interface Props {
  source: CodeSource;
  system: System;
  /** null lists the chapters. */
  parent: string | null;
  format: CodeFormat;
  onBack(): void;
  /** Go down (or up, from the breadcrumb) to another node of the same system. */
  onBrowse(system: System, parent: string | null): void;
  onSwitchSystem(system: System): void;
  onOpenCode(system: System, code: string): void;
}

/** Chapter → block → category → code, per system, with a breadcrumb back up. */
export function BrowseView({
  source,
  system,
  parent,
  format,
  onBack,
  onBrowse,
  onSwitchSystem,
  onOpenCode,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [system, parent]);

  const children = source.childrenOf(system, parent);
  const current = parent ? source.getEntry(system, parent) : undefined;
  const path = parent ? source.pathOf(system, parent) : [];

  const select = (c: CodeEntry) => {
    // A node with children is browsed into; a leaf (or a codable category) opens its detail.
    if (source.childrenOf(system, c.code).length) onBrowse(system, c.code);
    else onOpenCode(system, c.code);
  };

  return (
    <section class="view browse" data-testid="browse-view" aria-labelledby="browse-title">
      <BackButton onBack={onBack} />
      <SegmentedControl
        legend="Browse"
        name="browse-system"
        value={system}
        options={[
          { value: 'icd10', label: SYSTEM_LABELS.icd10 },
          { value: 'opcs4', label: SYSTEM_LABELS.opcs4 },
        ]}
        onChange={onSwitchSystem}
        testId="browse-system"
      />
      <Breadcrumb
        testId="browse-breadcrumb"
        root={{ label: 'Chapters', onSelect: () => onBrowse(system, null) }}
        nodes={path}
        onSelect={(n) => onBrowse(system, n.code)}
        current={current ? `${current.code} ${current.title}` : undefined}
      />
      <h2 id="browse-title" class="browse__title" tabIndex={-1} ref={heading} data-testid="browse-title">
        {current ? current.title : `${SYSTEM_LABELS[system]} chapters`}
      </h2>
      {current?.validForCoding ? (
        <button type="button" class="link" onClick={() => onOpenCode(system, current.code)}>
          Details of {current.code}
        </button>
      ) : null}
      <ul class="browse__list" data-testid="browse-list">
        {children.map((c) => (
          <li key={c.code}>
            <button
              type="button"
              class="browse__item"
              onClick={() => select(c)}
              data-testid="browse-item"
              data-code={c.code}
              data-kind={c.kind}
            >
              <span class="code">{displayCode(toDisplayable(c), format)}</span>
              <span class="browse__item-title">{c.title}</span>
              <FlagBadges item={c} />
            </button>
          </li>
        ))}
      </ul>
      {!children.length ? <p class="muted">Nothing below this level.</p> : null}
    </section>
  );
}
