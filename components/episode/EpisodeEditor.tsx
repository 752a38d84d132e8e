import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { addToEpisode, listContext, resolveCode } from '@/lib/episode/edit';
import { findingsUnder } from '@/lib/episode/finding-placement';
import type { ApplyFix, CheckEpisode, CodeLookup, DescribeRule, Finding, Fix } from '@/lib/episode/findings';
import type { EpisodeInbox, IncomingCode } from '@/lib/episode/inbox';
import {
  toRuleEpisode,
  withRuleCodes,
  type CodeListKey,
  type Episode,
  type EpisodeCode,
} from '@/lib/episode/model';
import { makePrimary, moveDown, moveRow, moveUp, removeRow, type Moved } from '@/lib/episode/sequence';
import { CodeList } from './CodeList';
import { CopyOutPanel } from './CopyOutPanel';
import { EpisodeFields } from './EpisodeFields';
import { useAutosave, type SaveState } from './useAutosave';
import { useEpisodeHistory } from './useEpisodeHistory';

export interface EpisodeEditorProps {
  initial: Episode;
  lookup: CodeLookup;
  check: CheckEpisode;
  applyFix: ApplyFix;
  describeRule?: DescribeRule;
  copy(text: string): Promise<boolean>;
  save(e: Episode): Promise<void>;
  onClose(): void;
  inbox?: EpisodeInbox;
  /** Codes that arrived with no episode open and started this one. */
  initialIncoming?: IncomingCode[];
  autosaveMs: number;
  now: () => Date;
  /** The panel's link to the followed EPR page (Use page details, Fill); `apply` is one undo step. */
  pageActions?(ctx: PageActionsContext): ComponentChildren;
}

export interface PageActionsContext {
  episode: Episode;
  apply(patch: Partial<Episode>): void;
}

const HEADINGS: Record<CodeListKey, string> = {
  diagnoses: 'Diagnoses (ICD-10)',
  procedures: 'Procedures (OPCS-4)',
};
const SAVE_TEXT: Record<SaveState['state'], string> = {
  saved: 'Saved',
  pending: 'Editing…',
  saving: 'Saving…',
  failed: 'Not saved',
};

/** Edits one episode: details, the two sequences with their findings, undo/redo and copy-out. */
export function EpisodeEditor(p: EpisodeEditorProps) {
  const { episode, commit, undo, redo, canUndo, canRedo } = useEpisodeHistory(p.initial);
  const { status, flush } = useAutosave(episode, p.save, p.autosaveMs, p.now);
  const [announce, setAnnounce] = useState('');
  const [focus, setFocus] = useState<{ list: CodeListKey; index: number; token: number } | null>(null);

  const findings = useMemo((): Finding[] | string => {
    try {
      return p.check(toRuleEpisode(episode));
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }, [episode, p.check]);

  const setList = (key: CodeListKey, moved: Moved<EpisodeCode>, message: string) => {
    commit({ ...episode, [key]: moved.list });
    setAnnounce(message);
    if (moved.index >= 0) setFocus({ list: key, index: moved.index, token: Date.now() + Math.random() });
  };

  const positionText = (key: CodeListKey, moved: Moved<EpisodeCode>) => {
    const row = moved.list[moved.index]!;
    const n = moved.list.length;
    return moved.index === 0
      ? `${row.code} is now primary, position 1 of ${n}`
      : `${row.code} moved to position ${moved.index + 1} of ${n} in ${key}`;
  };

  const handlers = (key: CodeListKey) => {
    const ctx = listContext(key, p.lookup);
    const list = episode[key];
    return {
      onStep: (i: number, delta: -1 | 1) => {
        const moved = (delta < 0 ? moveUp : moveDown)(list, i, ctx);
        if (moved.list.every((r, j) => r === list[j]))
          return setAnnounce(`${list[i]!.code} cannot move further`);
        setList(key, moved, positionText(key, moved));
      },
      onMove: (from: number, to: number) => {
        const moved = moveRow(list, from, to, ctx);
        setList(key, moved, positionText(key, moved));
      },
      onMakePrimary: (i: number) => {
        const moved = makePrimary(list, i, ctx);
        setList(key, moved, positionText(key, moved));
      },
      onRemove: (i: number) => {
        const code = list[i]!.code;
        const moved = removeRow(list, i, ctx);
        const also = list.length - moved.list.length - 1;
        setList(
          key,
          moved,
          `Removed ${code}${also ? ` and its ${also} attached code${also > 1 ? 's' : ''}` : ''}`,
        );
      },
      onAdd: (item: EpisodeCode) => {
        const r = addToEpisode(episode, key, item, p.lookup);
        if (!r.ok) return r.message;
        commit(r.episode);
        setAnnounce(`Added ${item.code} at position ${r.index + 1}`);
        return null;
      },
    };
  };

  const onFix = (fix: Fix) => {
    commit(withRuleCodes(episode, p.applyFix(toRuleEpisode(episode), fix)));
    setAnnounce(`Applied: ${fix.label}`);
  };

  // Codes sent from Search or "This page": one undo step for the lot.
  const addIncoming = (codes: IncomingCode[]) => {
    let next = episode;
    const added: string[] = [];
    const refused: string[] = [];
    for (const c of codes) {
      const key: CodeListKey = c.system === 'icd10' ? 'diagnoses' : 'procedures';
      const resolved = resolveCode(c.code, key, p.lookup, c.source);
      const r = resolved.ok ? addToEpisode(next, key, resolved.item, p.lookup) : resolved;
      if (r.ok) {
        next = r.episode;
        added.push(resolved.ok ? resolved.item.code : c.code);
      } else refused.push(r.message);
    }
    if (next !== episode) commit(next);
    setAnnounce([added.length ? `Added ${added.join(', ')}` : '', ...refused].filter(Boolean).join('. '));
  };
  const incoming = useRef(addIncoming);
  incoming.current = addIncoming;
  // The codes that started this episode and any sent while it opened (queued in the inbox, delivered
  // inside listen()) go in as one batch: two batches in one render would both start from the same
  // episode and the second would drop the first.
  const initialIncoming = useRef(p.initialIncoming ?? []);
  useEffect(() => {
    let batch: IncomingCode[] | null = initialIncoming.current;
    initialIncoming.current = [];
    const stop = p.inbox?.listen((codes) => {
      if (batch) batch = [...batch, ...codes];
      else incoming.current(codes);
    });
    if (batch.length) incoming.current(batch);
    batch = null;
    return stop;
  }, [p.inbox]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const t = e.target as HTMLElement;
    if (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA') return; // the box's own text undo
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) undo();
    else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
    else return;
    e.preventDefault();
    setAnnounce(key === 'z' && !e.shiftKey ? 'Undone' : 'Redone');
  };

  const close = async () => {
    await flush();
    p.onClose();
  };

  const under = (key: CodeListKey) =>
    typeof findings === 'string' ? [] : findingsUnder(findings, key, episode);

  return (
    <div class="episode-editor" onKeyDown={onKeyDown} data-testid="episode-editor">
      <div class="episode-editor__bar">
        <button type="button" class="link" onClick={() => void close()} data-testid="episode-back">
          ← Worklist
        </button>
        <span class="episode-editor__undo">
          <button
            type="button"
            class="button button--secondary"
            disabled={!canUndo}
            onClick={undo}
            title="Ctrl+Z"
            data-testid="episode-undo"
          >
            Undo
          </button>
          <button
            type="button"
            class="button button--secondary"
            disabled={!canRedo}
            onClick={redo}
            title="Ctrl+Shift+Z"
            data-testid="episode-redo"
          >
            Redo
          </button>
        </span>
        <span
          class={`episode-editor__save${status.state === 'failed' ? ' episode-editor__save--failed' : ''}`}
          data-testid="episode-save-status"
          data-state={status.state}
        >
          {SAVE_TEXT[status.state]}
          {status.state === 'failed' ? `: ${status.message}` : ''}
        </span>
      </div>
      <EpisodeFields episode={episode} onChange={(patch, field) => commit({ ...episode, ...patch }, field)} />
      {typeof findings === 'string' ? (
        <p class="notice notice--error" data-testid="check-failed">
          The checks could not run: {findings}
        </p>
      ) : null}
      {(['diagnoses', 'procedures'] as const).map((key) => (
        <CodeList
          key={key}
          listKey={key}
          heading={HEADINGS[key]}
          rows={episode[key]}
          lookup={p.lookup}
          findings={under(key)}
          focus={focus?.list === key ? focus : null}
          onFix={onFix}
          describeRule={p.describeRule}
          {...handlers(key)}
        />
      ))}
      <p id="episode-reorder-help" class="help">
        Drag a code, or Alt+↑/↓ on a focused code, to reorder · Delete removes · Ctrl+Z undo · Ctrl+Shift+Z
        redo
      </p>
      <CopyOutPanel episode={episode} lookup={p.lookup} copy={p.copy} />
      {p.pageActions?.({ episode, apply: (patch) => commit({ ...episode, ...patch }) })}
      <p class="visually-hidden" aria-live="polite" data-testid="episode-announce">
        {announce}
      </p>
    </div>
  );
}
