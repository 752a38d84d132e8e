import { useState } from 'preact/hooks';
import { SegmentedControl } from '@/components/SegmentedControl';
import type { CodeFormat } from '@/lib/classification/code-format';
import { copyOut, DELIMITERS, type Delimiter } from '@/lib/episode/copy-out';
import type { CodeLookup } from '@/lib/episode/findings';
import type { Episode } from '@/lib/episode/model';
import { FORMAT_LABELS } from '@/lib/ui/format';
import { CopyStatus } from '@/components/CopyStatus';

interface Props {
  episode: Pick<Episode, 'diagnoses' | 'procedures'>;
  lookup: CodeLookup;
  copy(text: string): Promise<boolean>;
}

/** Copy the whole episode for a PAS screen, with a preview of exactly what will be pasted. */
export function CopyOutPanel({ episode, lookup, copy }: Props) {
  const [format, setFormat] = useState<CodeFormat>('dotted');
  const [delimiter, setDelimiter] = useState<Delimiter>('newline');
  const [status, setStatus] = useState<{ message: string; error?: boolean }>({ message: '' });
  const text = copyOut(episode, { format, delimiter }, lookup);

  const onCopy = async () => {
    const ok = await copy(text);
    const count = episode.diagnoses.length + episode.procedures.length;
    setStatus(
      ok
        ? { message: `Copied ${count} code${count === 1 ? '' : 's'} (${FORMAT_LABELS[format]})` }
        : { message: 'Could not copy: select the preview and copy by hand', error: true },
    );
  };

  return (
    <section class="copy-out" aria-labelledby="copy-out-heading" data-testid="copy-out">
      <h3 id="copy-out-heading" class="code-list__heading">
        Copy out
      </h3>
      <div class="copy-out__controls">
        <SegmentedControl<CodeFormat>
          legend="Format"
          name="episode-format"
          value={format}
          options={[
            { value: 'dotted', label: 'J18.9', title: FORMAT_LABELS.dotted },
            { value: 'undotted', label: 'J189', title: FORMAT_LABELS.undotted },
            { value: 'nhs', label: 'I10X', title: `${FORMAT_LABELS.nhs} (X filler, dagger D / asterisk A)` },
          ]}
          onChange={setFormat}
          testId="copy-format"
        />
        <label class="copy-out__delimiter">
          <span>Separator</span>
          <select
            value={delimiter}
            onChange={(e) => setDelimiter((e.currentTarget as HTMLSelectElement).value as Delimiter)}
            data-testid="copy-delimiter"
          >
            {(Object.keys(DELIMITERS) as Delimiter[]).map((d) => (
              <option key={d} value={d}>
                {DELIMITERS[d].label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <pre class="copy-out__preview" data-testid="copy-preview" aria-label="What will be copied">
        {text || 'No codes yet.'}
      </pre>
      <button
        type="button"
        class="button"
        disabled={!text}
        onClick={() => void onCopy()}
        data-testid="copy-episode"
      >
        Copy episode
      </button>
      <CopyStatus message={status.message} error={status.error} testId="copy-episode-status" />
    </section>
  );
}
