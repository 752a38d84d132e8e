import { useState } from 'preact/hooks';
import { resolveCode } from '@/lib/episode/edit';
import type { CodeLookup } from '@/lib/episode/findings';
import { LIST_SYSTEM, type CodeListKey, type EpisodeCode } from '@/lib/episode/model';
import { SYSTEM_LABELS } from '@/lib/classification/model';

interface Props {
  listKey: CodeListKey;
  lookup: CodeLookup;
  /** Adds the code; returns why it was refused (a duplicate), or null. */
  onAdd(item: EpisodeCode): string | null;
}

/** Add a code by typing it: checked against the release as you type, with its title shown. */
export function AddCodeForm({ listKey, lookup, onAdd }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const system = LIST_SYSTEM[listKey];
  const resolved = text.trim() ? resolveCode(text, listKey, lookup) : null;
  const inputId = `add-code-${listKey}`;

  const submit = (e: Event) => {
    e.preventDefault();
    if (!resolved) return;
    if (!resolved.ok) return setError(resolved.message);
    const refused = onAdd(resolved.item);
    if (refused) return setError(refused);
    setText('');
    setError('');
  };

  return (
    <form class="add-code" onSubmit={submit} data-testid={`add-code-form-${listKey}`}>
      <label class="add-code__label" for={inputId}>
        Add {SYSTEM_LABELS[system]} code
      </label>
      <div class="add-code__row">
        <input
          id={inputId}
          class="add-code__input"
          value={text}
          autoComplete="off"
          spellcheck={false}
          placeholder={system === 'icd10' ? 'e.g. J18.9' : 'e.g. W37.1'}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${inputId}-status`}
          onInput={(e) => {
            setText((e.currentTarget as HTMLInputElement).value);
            setError('');
          }}
          data-testid={inputId}
        />
        <button type="submit" class="button" data-testid={`add-code-submit-${listKey}`}>
          Add
        </button>
      </div>
      <p
        id={`${inputId}-status`}
        class={`add-code__status${error ? ' add-code__status--error' : ''}`}
        role={error ? 'alert' : undefined}
        data-testid={`add-code-status-${listKey}`}
      >
        {error || (resolved?.ok ? `${resolved.item.code} ${resolved.item.title}` : '')}
      </p>
    </form>
  );
}
