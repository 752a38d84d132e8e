/**
 * The Episode editor's link to the followed EPR tab, shown only where the page's site profile allows:
 * "Use page details" (reference, sex, age, dates read through the profile) and "Fill" (writes the
 * codes into the EPR's coding fields). Nothing is written into the EPR except on "Fill".
 */
import { useEffect, useState } from 'preact/hooks';
import type { CodeLookup } from '@/lib/episode/findings';
import type { Episode } from '@/lib/episode/model';
import type { EpisodeDetailsAnswer } from '@/lib/messaging/content-protocol';
import { detailsPatch, fillData, type EpisodePageApi } from './episode-page';
import { CopyStatus } from '@/components/CopyStatus';

interface Props {
  api: EpisodePageApi;
  tabId: number | null;
  episode: Episode;
  lookup: CodeLookup;
  onApply(patch: Partial<Episode>): void;
  /**
   * Calls back whenever the tab's page is read again (the content script got ready, or the EPR moved
   * to another record); returns the unsubscribe.
   */
  watchPage?(tabId: number, onChange: () => void): () => void;
}

const FIELD_NAMES = {
  ref: 'reference',
  sex: 'sex',
  age: 'age',
  admitted: 'admitted',
  discharged: 'discharged',
};
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function EpisodePageActions({ api, tabId, episode, lookup, onApply, watchPage }: Props) {
  const [answer, setAnswer] = useState<EpisodeDetailsAnswer | null>(null);
  const [status, setStatus] = useState<{ message: string; error?: boolean }>({ message: '' });

  // What the followed page's profile offers; asked again whenever the panel follows another tab and
  // whenever that tab's page is read again (a content script not ready at the first ask is by then).
  useEffect(() => {
    setAnswer(null);
    setStatus({ message: '' });
    if (tabId === null) return;
    let asked = 0;
    const ask = () => {
      const n = ++asked;
      void api.details(tabId).then((r) => n === asked && setAnswer(r.ok ? r.data : null));
    };
    ask();
    const stop = watchPage?.(tabId, ask);
    return () => {
      asked = -1; // answers still on their way are for a tab no longer followed
      stop?.();
    };
  }, [api, tabId, watchPage]);

  if (tabId === null || !answer || (!answer.details && !answer.fillable)) return null;
  const codes = episode.diagnoses.length + episode.procedures.length;

  // The page is read again on the press: it may have moved to another patient since.
  const useDetails = async () => {
    const r = await api.details(tabId);
    if (!r.ok) return setStatus({ message: r.error, error: true });
    const patch = r.data.details ? detailsPatch(r.data.details) : {};
    const taken = Object.keys(patch).map((k) => FIELD_NAMES[k as keyof typeof FIELD_NAMES]);
    onApply(patch);
    const refused = r.data.details?.refRefused;
    setStatus({
      message: [taken.length ? `From the page: ${taken.join(', ')}` : 'The page gave no details', refused]
        .filter(Boolean)
        .join('. '),
      error: Boolean(refused),
    });
  };

  const fill = async () => {
    const data = fillData(episode, lookup);
    const r = await api.fill(tabId, data);
    if (!r.ok) return setStatus({ message: `Not filled: ${r.error}`, error: true });
    // Counted in codes: the answer's `filled` also counts the unused fields Fill cleared.
    const { overflow, missing } = r.data;
    const written = data.diagnoses.length + data.procedures.length - overflow.length;
    setStatus({
      message: [
        `Filled ${plural(written, 'code')} into the page`,
        overflow.length ? `no field left for ${overflow.join(', ')}` : '',
        missing.length ? `${plural(missing.length, 'field')} of the site profile not found` : '',
      ]
        .filter(Boolean)
        .join('; '),
      error: overflow.length > 0 || missing.length > 0,
    });
  };

  return (
    <section class="episode-page" aria-label="This page" data-testid="episode-page-actions">
      <div class="episode-page__buttons">
        {answer.details ? (
          <button
            type="button"
            class="button button--secondary"
            onClick={() => void useDetails()}
            data-testid="episode-use-page-details"
          >
            Use page details
          </button>
        ) : null}
        {answer.fillable ? (
          <button
            type="button"
            class="button"
            disabled={!codes}
            onClick={() => void fill()}
            title="Writes the codes into the page's coding fields"
            data-testid="episode-fill"
          >
            Fill
          </button>
        ) : null}
      </div>
      <CopyStatus message={status.message} error={status.error} testId="episode-page-status" />
    </section>
  );
}
