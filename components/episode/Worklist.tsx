import { useEffect, useState } from 'preact/hooks';
import { SegmentedControl } from '@/components/SegmentedControl';
import { EPISODE_STATUSES, STATUS_LABELS, type Episode, type EpisodeStatus } from '@/lib/episode/model';
import type { EpisodeStoreApi } from '@/lib/episode/store-api';

type Filter = EpisodeStatus | 'all';

interface Props {
  store: EpisodeStoreApi;
  onOpen(episode: Episode): void;
  onNew(): void;
  download(filename: string, text: string): void;
  now: () => Date;
}

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The local worklist: filter by status, open, delete (with confirmation), export and import. */
export function Worklist({ store, onOpen, onNew, download, now }: Props) {
  const [filter, setFilter] = useState<Filter>('all');
  const [episodes, setEpisodes] = useState<Episode[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error?: boolean }>({ text: '' });
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    store
      .list(filter === 'all' ? undefined : filter)
      .then((list) => live && setEpisodes(list))
      .catch(
        (err: unknown) =>
          live && setMessage({ text: `Could not read the worklist: ${String(err)}`, error: true }),
      );
    return () => {
      live = false;
    };
  }, [store, filter, reload]);

  const remove = async (e: Episode) => {
    await store.delete(e.id);
    setConfirming(null);
    setMessage({ text: `Deleted ${e.ref || 'the episode'}` });
    setReload((n) => n + 1);
  };

  const exportAll = async () => {
    const text = await store.exportJson();
    download(`sidecoder-episodes-${now().toISOString().slice(0, 10)}.json`, text);
    setMessage({ text: 'Exported the worklist' });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const r = await store.importJson(await file.text());
      const problems = r.problems.map((p) => `episode ${p.index + 1}: ${p.message}`);
      setMessage({
        text: [
          `Imported: ${r.added} new, ${r.updated} updated, ${r.unchanged} kept (already as new).`,
          problems.length ? `Not imported: ${problems.join('; ')}` : '',
        ]
          .filter(Boolean)
          .join(' '),
        error: problems.length > 0,
      });
      setReload((n) => n + 1);
    } catch (err) {
      setMessage({
        text: `Import refused: ${err instanceof Error ? err.message : String(err)}`,
        error: true,
      });
    }
  };

  return (
    <section class="worklist" aria-label="Episode worklist" data-testid="worklist">
      <div class="worklist__bar">
        <SegmentedControl<Filter>
          legend="Status"
          name="worklist-status"
          value={filter}
          options={[
            { value: 'all', label: 'All' },
            ...EPISODE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
          ]}
          onChange={setFilter}
          testId="worklist-filter"
        />
        <button type="button" class="button" onClick={onNew} data-testid="episode-new">
          New episode
        </button>
      </div>
      {episodes && !episodes.length ? (
        <p class="muted" data-testid="worklist-empty">
          {filter === 'all' ? 'No episodes yet.' : `No ${STATUS_LABELS[filter].toLowerCase()} episodes.`}
        </p>
      ) : null}
      <ul class="worklist__items">
        {(episodes ?? []).map((e) => (
          <li key={e.id} class="worklist__item" data-testid="worklist-item" data-status={e.status}>
            <button
              type="button"
              class="worklist__open"
              onClick={() => onOpen(e)}
              data-testid="worklist-open"
            >
              <span class="worklist__ref">{e.ref.trim() || 'No reference'}</span>
              <span class={`status-chip status-chip--${e.status}`}>{STATUS_LABELS[e.status]}</span>
              <span class="worklist__codes code">{e.diagnoses[0]?.code ?? '—'}</span>
              <span class="muted worklist__meta">
                {e.diagnoses.length + e.procedures.length} codes · {WHEN.format(new Date(e.updatedAt))}
              </span>
            </button>
            {confirming === e.id ? (
              <span class="worklist__confirm" role="group" aria-label="Confirm delete">
                <span>Delete {e.ref.trim() || 'this episode'}?</span>
                <button
                  type="button"
                  class="button"
                  onClick={() => void remove(e)}
                  data-testid="worklist-delete-confirm"
                >
                  Delete
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => setConfirming(null)}
                  data-testid="worklist-delete-cancel"
                >
                  Keep
                </button>
              </span>
            ) : (
              <button
                type="button"
                class="link"
                onClick={() => setConfirming(e.id)}
                data-testid="worklist-delete"
              >
                Delete
              </button>
            )}
          </li>
        ))}
      </ul>
      <div class="worklist__transfer">
        <button
          type="button"
          class="button button--secondary"
          onClick={() => void exportAll()}
          data-testid="worklist-export"
        >
          Export JSON
        </button>
        <label class="button button--secondary worklist__import">
          Import JSON
          <input
            type="file"
            accept="application/json,.json"
            class="visually-hidden"
            onChange={(ev) => void importFile(ev.currentTarget as HTMLInputElement)}
            data-testid="worklist-import"
          />
        </label>
      </div>
      <p
        class={`worklist__message${message.error ? ' worklist__message--error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="worklist-message"
      >
        {message.text}
      </p>
    </section>
  );
}
