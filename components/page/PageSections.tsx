/**
 * The page's mentions grouped by section kind, in page order. Long sections show their first
 * mentions and a "Show more" button, so a page with hundreds of mentions renders at once.
 */
import { useMemo, useState } from 'preact/hooks';
import type { SectionKind } from '@/lib/extract/types';
import type { SuggestedMention } from '@/lib/messaging/protocol';
import { groupBySection } from '@/lib/ui/page-view';
import type { CodeActions } from './code-actions';
import { MentionItem } from './MentionItem';

/** Mentions a section shows before "Show more", and how many more each press adds. */
export const SECTION_FIRST = 25;
export const SECTION_MORE = 100;

interface Props {
  mentions: SuggestedMention[];
  actions: CodeActions;
  onShow(index: number): void;
  current: number | null;
}

export function PageSections({ mentions, actions, onShow, current }: Props) {
  const groups = useMemo(() => groupBySection(mentions), [mentions]);
  // Kept by section kind, so a new revision of the page keeps what the coder opened.
  const [shown, setShown] = useState<Partial<Record<SectionKind, number>>>({});
  return (
    <div class="page-sections">
      {groups.map((g) => {
        const limit = shown[g.kind] ?? SECTION_FIRST;
        const hidden = g.mentions.length - limit;
        const headingId = `section-${g.kind}`;
        return (
          <section
            key={g.kind}
            class="page-section"
            aria-labelledby={headingId}
            data-testid="page-section"
            data-kind={g.kind}
          >
            <h3 id={headingId} class="page-section__title">
              {g.label} <span class="page-section__count">({g.mentions.length})</span>
            </h3>
            <ul class="mentions">
              {g.mentions.slice(0, limit).map(({ mention, index }) => (
                <MentionItem
                  key={index}
                  mention={mention}
                  index={index}
                  actions={actions}
                  onShow={onShow}
                  current={current === index}
                />
              ))}
            </ul>
            {hidden > 0 ? (
              <button
                type="button"
                class="link page-section__more"
                onClick={() => setShown({ ...shown, [g.kind]: limit + SECTION_MORE })}
                data-testid="show-more"
              >
                Show {Math.min(hidden, SECTION_MORE)} more of {hidden} in {g.label.toLowerCase()}
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
