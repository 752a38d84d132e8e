/**
 * Side panel state: the query, filters, results, the active result and which view is open, as a pure
 * reducer so keyboard and navigation behaviour are unit-tested without a DOM. Any context.
 */
import type { System } from '@/lib/classification/model';
import type { CodeFormat } from '@/lib/classification/code-format';
import type { MatchReason, SearchResult } from '@/lib/search/types';

export type SystemFilter = System | 'all';

export type View =
  | { name: 'search' }
  | { name: 'detail'; system: System; code: string; matched?: MatchReason }
  | { name: 'browse'; system: System; parent: string | null };

export interface PanelState {
  query: string;
  system: SystemFilter;
  format: CodeFormat;
  results: SearchResult[];
  /** The query the results are for, so "no results" is not claimed while a search is pending. */
  resultsFor: string;
  /** Index of the active result, -1 when there are none. */
  active: number;
  view: View;
  /** Views to go back to, most recent last. */
  history: View[];
}

export type PanelAction =
  | { type: 'query'; query: string }
  | { type: 'results'; results: SearchResult[]; query: string }
  | { type: 'move'; delta: number }
  | { type: 'activate'; index: number }
  | { type: 'clear' }
  | { type: 'system'; system: SystemFilter }
  | { type: 'format'; format: CodeFormat }
  | { type: 'open'; view: View }
  | { type: 'replace'; view: View }
  | { type: 'back' }
  | { type: 'home' };

export function initialPanelState(format: CodeFormat = 'dotted'): PanelState {
  return {
    query: '',
    system: 'all',
    format,
    results: [],
    resultsFor: '',
    active: -1,
    view: { name: 'search' },
    history: [],
  };
}

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'query':
      return { ...state, query: action.query };
    case 'results':
      return {
        ...state,
        results: action.results,
        resultsFor: action.query,
        active: action.results.length ? 0 : -1,
      };
    case 'move': {
      const n = state.results.length;
      if (!n) return state;
      // Stops at the ends rather than wrapping: a coder holding ↓ should not jump back to the top.
      const active = Math.min(n - 1, Math.max(0, state.active + action.delta));
      return { ...state, active };
    }
    case 'activate':
      if (action.index < 0 || action.index >= state.results.length) return state;
      return { ...state, active: action.index };
    case 'clear':
      return { ...state, query: '', results: [], resultsFor: '', active: -1 };
    case 'system':
      return { ...state, system: action.system };
    case 'format':
      return { ...state, format: action.format };
    case 'open':
      return { ...state, history: [...state.history, state.view], view: action.view };
    case 'replace':
      return { ...state, view: action.view };
    case 'back': {
      if (!state.history.length) return { ...state, view: { name: 'search' } };
      const history = state.history.slice(0, -1);
      return { ...state, history, view: state.history[state.history.length - 1]! };
    }
    case 'home':
      return { ...state, view: { name: 'search' }, history: [] };
  }
}

/** The active result, if any. */
export function activeResult(state: PanelState): SearchResult | undefined {
  return state.active >= 0 ? state.results[state.active] : undefined;
}
