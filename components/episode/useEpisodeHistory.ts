import { useReducer } from 'preact/hooks';
import { canRedo, canUndo, commit, createHistory, redo, undo, type History } from '@/lib/episode/history';
import type { Episode } from '@/lib/episode/model';

type Action = { type: 'commit'; next: Episode; key?: string } | { type: 'undo' } | { type: 'redo' };

function reducer(h: History<Episode>, a: Action): History<Episode> {
  if (a.type === 'undo') return undo(h);
  if (a.type === 'redo') return redo(h);
  return commit(h, a.next, a.key);
}

/** The edited episode with undo/redo (lib/episode/history.ts). */
export function useEpisodeHistory(initial: Episode) {
  const [h, dispatch] = useReducer(reducer, initial, createHistory);
  return {
    episode: h.present,
    commit: (next: Episode, key?: string) => dispatch({ type: 'commit', next, key }),
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    canUndo: canUndo(h),
    canRedo: canRedo(h),
  };
}
