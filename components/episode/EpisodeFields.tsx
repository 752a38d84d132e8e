import { useState } from 'preact/hooks';
import { checkEpisodeRef } from '@/lib/episode/episode-ref';
import { EPISODE_STATUSES, STATUS_LABELS, type Episode } from '@/lib/episode/model';

type Patch = Partial<Pick<Episode, 'ref' | 'sex' | 'age' | 'admitted' | 'discharged' | 'status'>>;

interface Props {
  episode: Episode;
  /** `field` lets typing in one field count as one undo step. */
  onChange(patch: Patch, field: string): void;
}

/**
 * Reference, sex, age, dates and status. A refused reference (an NHS number, a date, a name) stays in
 * the box with the reason but never reaches the episode, so it is neither stored nor exported.
 */
export function EpisodeFields({ episode, onChange }: Props) {
  const [badRef, setBadRef] = useState<{ text: string; message: string } | null>(null);
  const [badAge, setBadAge] = useState<string | null>(null);

  const onRef = (text: string) => {
    const r = checkEpisodeRef(text);
    if (!r.ok) return setBadRef({ text, message: r.message });
    setBadRef(null);
    onChange({ ref: text }, 'ref');
  };

  const onAge = (text: string) => {
    const t = text.trim();
    if (!t) {
      setBadAge(null);
      return onChange({ age: null }, 'age');
    }
    const n = Number(t);
    if (!/^\d{1,3}$/.test(t) || n > 130) return setBadAge(t);
    setBadAge(null);
    onChange({ age: n }, 'age');
  };

  return (
    <fieldset class="episode-fields" data-testid="episode-fields">
      <legend class="visually-hidden">Episode details</legend>
      <div class="field field--wide">
        <label for="episode-ref">Episode reference</label>
        <input
          id="episode-ref"
          value={badRef?.text ?? episode.ref}
          autoComplete="off"
          spellcheck={false}
          placeholder="e.g. EP-2026-00123"
          aria-invalid={badRef ? 'true' : undefined}
          aria-describedby="episode-ref-help"
          onInput={(e) => onRef((e.currentTarget as HTMLInputElement).value)}
          data-testid="episode-ref"
        />
        <p
          id="episode-ref-help"
          class={badRef ? 'field__error' : 'field__help'}
          role={badRef ? 'alert' : undefined}
          data-testid="episode-ref-message"
        >
          {badRef?.message ?? 'The local episode reference: never a name or NHS number.'}
        </p>
      </div>
      <div class="field">
        <label for="episode-sex">Sex</label>
        <select
          id="episode-sex"
          value={episode.sex ?? ''}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            onChange({ sex: v === 'male' || v === 'female' ? v : null }, 'sex');
          }}
          data-testid="episode-sex"
        >
          <option value="">Not recorded</option>
          <option value="female">Female</option>
          <option value="male">Male</option>
        </select>
      </div>
      <div class="field">
        <label for="episode-age">Age (years)</label>
        <input
          id="episode-age"
          inputMode="numeric"
          value={badAge ?? (episode.age === null ? '' : String(episode.age))}
          aria-invalid={badAge !== null ? 'true' : undefined}
          onInput={(e) => onAge((e.currentTarget as HTMLInputElement).value)}
          data-testid="episode-age"
        />
        {badAge !== null ? (
          <p class="field__error" role="alert">
            Age is a whole number of years from 0 to 130.
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for="episode-admitted">Admitted</label>
        <input
          id="episode-admitted"
          type="date"
          value={episode.admitted ?? ''}
          onChange={(e) =>
            onChange({ admitted: (e.currentTarget as HTMLInputElement).value || undefined }, 'admitted')
          }
          data-testid="episode-admitted"
        />
      </div>
      <div class="field">
        <label for="episode-discharged">Discharged</label>
        <input
          id="episode-discharged"
          type="date"
          value={episode.discharged ?? ''}
          aria-describedby="episode-discharged-help"
          onChange={(e) =>
            onChange({ discharged: (e.currentTarget as HTMLInputElement).value || undefined }, 'discharged')
          }
          data-testid="episode-discharged"
        />
        <p id="episode-discharged-help" class="field__help">
          Picks the classification release in force.
        </p>
      </div>
      <div class="field">
        <label for="episode-status">Status</label>
        <select
          id="episode-status"
          value={episode.status}
          onChange={(e) =>
            onChange({ status: (e.currentTarget as HTMLSelectElement).value as Episode['status'] }, 'status')
          }
          data-testid="episode-status"
        >
          {EPISODE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
