import { useEffect, useRef, useState } from 'preact/hooks';
import type { CodeFormat } from '@/lib/classification/code-format';
import type { CodeEntry, System, TermEntry } from '@/lib/classification/model';
import type { MatchReason as Reason, PathNode } from '@/lib/search/types';
import type { CodeSource } from '@/lib/ui/code-source';
import { ageLimit, displayCode, groupTerms, toDisplayable, usageText } from '@/lib/ui/format';
import { Breadcrumb } from './Breadcrumb';
import { FlagBadges } from './FlagBadges';
import { MatchReason } from './MatchReason';
import { SystemBadge } from './SystemBadge';

interface Props {
  source: CodeSource;
  system: System;
  code: string;
  matched?: Reason;
  format: CodeFormat;
  onBack(): void;
  onCopy(entry: CodeEntry): void;
  /** Sends the code to the episode; no button without it. */
  onAddToEpisode?(entry: CodeEntry): void;
  onOpenCode(system: System, code: string): void;
  onBrowse(system: System, node: PathNode): void;
}

/** Everything about one code: title, hierarchy, why it matched, partners, limits, synonyms, usage. */
export function DetailView({
  source,
  system,
  code,
  matched,
  format,
  onBack,
  onCopy,
  onAddToEpisode,
  onOpenCode,
  onBrowse,
}: Props) {
  const entry = source.getEntry(system, code);
  const [terms, setTerms] = useState<TermEntry[] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    let live = true;
    setTerms(null);
    source.getTerms(system, code).then(
      (t) => live && setTerms(t),
      () => live && setTerms([]),
    );
    return () => {
      live = false;
    };
  }, [source, system, code]);

  if (!entry) {
    return (
      <section class="view" data-testid="detail-view">
        <BackButton onBack={onBack} />
        <p role="alert">Code {code} is not in the stored release.</p>
      </section>
    );
  }

  const path = source.pathOf(system, code);
  const age = ageLimit(entry.minAge, entry.maxAge);
  const groups = terms ? groupTerms(terms) : [];

  return (
    <section class="view detail" data-testid="detail-view" aria-labelledby="detail-title">
      <BackButton onBack={onBack} />
      <Breadcrumb nodes={path} onSelect={(n) => onBrowse(system, n)} />
      <div class="detail__head">
        <span class="detail__code code" data-testid="detail-code">
          {displayCode(toDisplayable(entry), format)}
        </span>
        <SystemBadge system={system} />
      </div>
      <h2 id="detail-title" class="detail__title" tabIndex={-1} ref={heading} data-testid="detail-title">
        {entry.title}
      </h2>
      <FlagBadges item={entry} />
      {entry.validForCoding ? (
        <div class="detail__actions">
          <button type="button" class="button" onClick={() => onCopy(entry)} data-testid="detail-copy">
            Copy {displayCode(toDisplayable(entry), format)}
          </button>
          {onAddToEpisode ? (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => onAddToEpisode(entry)}
              data-testid="detail-add-to-episode"
            >
              Add to episode
            </button>
          ) : null}
        </div>
      ) : null}

      <dl class="facts">
        {matched ? (
          <>
            <dt>Why it matched</dt>
            <dd data-testid="detail-why">
              <MatchReason matched={matched} />
            </dd>
          </>
        ) : null}
        {entry.partners?.length ? (
          <>
            <dt>
              {entry.asterisk
                ? 'Dagger (aetiology) partner'
                : entry.dagger
                  ? 'Asterisk (manifestation) partner'
                  : 'Partner codes'}
            </dt>
            <dd>
              <ul class="plain" data-testid="partners">
                {entry.partners.map((p) => {
                  const partner = source.getEntry(system, p);
                  return (
                    <li key={p}>
                      <button
                        type="button"
                        class="link"
                        onClick={() => onOpenCode(system, p)}
                        data-testid="partner-link"
                      >
                        <span class="code">{partner ? displayCode(toDisplayable(partner), format) : p}</span>
                        {partner ? ` ${partner.title}` : ''}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </dd>
          </>
        ) : null}
        {entry.sex || age ? (
          <>
            <dt>Limits</dt>
            <dd data-testid="limits">
              {[entry.sex ? `${entry.sex === 'female' ? 'Female' : 'Male'} patients only` : null, age]
                .filter(Boolean)
                .join('; ')}
              {entry.limitSource ? <span class="muted"> (source: {entry.limitSource})</span> : null}
            </dd>
          </>
        ) : null}
        <dt>National usage</dt>
        <dd data-testid="usage">{usageText(entry.usage)}</dd>
        <dt>Synonyms and index terms</dt>
        <dd data-testid="synonyms">
          {terms === null ? (
            <span class="muted">Loading…</span>
          ) : groups.length ? (
            groups.map((g) => (
              <div key={g.source} class="terms" data-testid="synonym-group" data-source={g.source}>
                <h3 class="terms__source">{g.label}</h3>
                <ul class="terms__list">
                  {g.texts.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
              </div>
            ))
          ) : (
            <span class="muted">None recorded</span>
          )}
        </dd>
      </dl>
    </section>
  );
}

export function BackButton({ onBack }: { onBack(): void }) {
  return (
    <button type="button" class="link back" onClick={onBack} data-testid="back">
      <span aria-hidden="true">← </span>Back
    </button>
  );
}
