import type { PanelProgress } from '@/lib/ui/code-source';
import { progressLabel, progressPercent } from '@/lib/ui/progress';

/** Seeding progress while the classifications load, or a clear message when loading failed. */
export function ProgressBar({ progress }: { progress: PanelProgress }) {
  if (progress.phase === 'failed') {
    return (
      <div class="notice notice--error" role="alert" data-testid="seed-failed">
        <h2>The classifications could not be loaded</h2>
        <p>{progress.message ?? 'Seeding the local store failed.'}</p>
        <p>
          Searching needs the local copy of ICD-10 and OPCS-4. Reload the extension to try again; if it keeps
          failing, ask your trust's IT team.
        </p>
      </div>
    );
  }
  const pct = progressPercent(progress);
  const label = progressLabel(progress);
  return (
    <div class="progress" data-testid="progress-panel" data-phase={progress.phase}>
      <p id="progress-label" class="progress__label">
        Preparing the classifications… {label}
      </p>
      <div
        class="progress__track"
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        data-testid="progress"
      >
        <div class="progress__fill" style={{ width: `${pct}%` }} />
      </div>
      <p class="progress__pct">{pct}%</p>
    </div>
  );
}
