import { useEffect, useRef, useState } from 'preact/hooks';
import type { Episode } from '@/lib/episode/model';

export type SaveState = { state: 'saved' | 'pending' | 'saving' } | { state: 'failed'; message: string };

/**
 * Saves the episode a moment after the last edit, stamping updatedAt. `flush` saves a pending edit at
 * once (closing the editor); an edit still pending when the editor unmounts is saved then.
 */
export function useAutosave(
  episode: Episode,
  save: (e: Episode) => Promise<void>,
  delayMs: number,
  now: () => Date,
) {
  const saved = useRef(episode);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(episode);
  const [status, setStatus] = useState<SaveState>({ state: 'saved' });
  latest.current = episode;

  const saveNow = async (): Promise<void> => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    const e = latest.current;
    if (e === saved.current) return;
    setStatus({ state: 'saving' });
    try {
      await save({ ...e, updatedAt: now().toISOString() });
      saved.current = e;
      setStatus({ state: 'saved' });
    } catch (err) {
      setStatus({ state: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  };

  useEffect(() => {
    if (episode === saved.current) return;
    setStatus({ state: 'pending' });
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => void saveNow(), delayMs);
  }, [episode]);

  useEffect(
    () => () => {
      if (pending.current) void saveNow();
    },
    [],
  );

  return { status, flush: saveNow };
}
