import { useEffect, useState } from 'preact/hooks';
import type { ApplyFix, CheckEpisode, CodeLookup, DescribeRule } from '@/lib/episode/findings';
import type { EpisodeInbox, IncomingCode } from '@/lib/episode/inbox';
import { createEpisode, type Episode } from '@/lib/episode/model';
import type { EpisodeStoreApi } from '@/lib/episode/store-api';
import { EpisodeEditor, type EpisodeEditorProps } from './EpisodeEditor';
import { Worklist } from './Worklist';

export const AUTOSAVE_MS = 500;

export interface EpisodeTabProps {
  store: EpisodeStoreApi;
  /** Code → entry (titles, dagger/asterisk, partners, secondary-only) from the index in use. */
  lookup: CodeLookup;
  /** Runs the rules (bind lib/rules' validateEpisode to its lookup). */
  check: CheckEpisode;
  applyFix: ApplyFix;
  /** Citation and title for a finding's rule id (lib/rules' `ruleById`). */
  describeRule?: DescribeRule;
  copy(text: string): Promise<boolean>;
  /** Where Search and "This page" send codes; with no episode open they start a new one. */
  inbox?: EpisodeInbox;
  /** Saves a file; defaults to a download link. */
  download?(filename: string, text: string): void;
  autosaveMs?: number;
  now?: () => Date;
  pageActions?: EpisodeEditorProps['pageActions'];
}

function downloadFile(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: filename });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The side panel's "Episode" tab: the worklist, or the open episode's editor. */
export function EpisodeTab(p: EpisodeTabProps) {
  const now = p.now ?? (() => new Date());
  const [open, setOpen] = useState<{ episode: Episode; incoming: IncomingCode[] } | null>(null);
  const [error, setError] = useState('');

  const startNew = async (incoming: IncomingCode[] = []): Promise<boolean> => {
    const episode = createEpisode(now());
    try {
      await p.store.save(episode);
      setOpen({ episode, incoming });
      return true;
    } catch (err) {
      setError(`Could not create an episode: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  };

  // With the worklist showing, codes sent from elsewhere start a new episode that receives them. The
  // first batch stops this listener, so codes sent while that episode is created and its editor
  // mounts wait in the inbox for the editor instead of each starting another episode.
  const [listening, setListening] = useState(0);
  useEffect(() => {
    if (open || !p.inbox) return;
    // Set once listen() returns: queued codes are delivered inside it, before `stop` exists.
    const sub: { stop?: () => void } = {};
    let taken = false;
    const take = (codes: IncomingCode[]) => {
      if (taken) return;
      taken = true;
      sub.stop?.();
      void startNew(codes).then((ok) => {
        if (!ok) setListening((n) => n + 1); // creation failed: listen again
      });
    };
    const stop = p.inbox.listen(take);
    sub.stop = stop;
    if (taken) stop();
    return stop;
  }, [open, p.inbox, listening]);

  return (
    <div class="episode-tab" data-testid="episode-tab">
      {error ? (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      ) : null}
      {open ? (
        <EpisodeEditor
          key={open.episode.id}
          initial={open.episode}
          lookup={p.lookup}
          check={p.check}
          applyFix={p.applyFix}
          describeRule={p.describeRule}
          copy={p.copy}
          save={(e) => p.store.save(e)}
          onClose={() => setOpen(null)}
          inbox={p.inbox}
          initialIncoming={open.incoming}
          autosaveMs={p.autosaveMs ?? AUTOSAVE_MS}
          now={now}
          pageActions={p.pageActions}
        />
      ) : (
        <Worklist
          store={p.store}
          onOpen={(episode) => setOpen({ episode, incoming: [] })}
          onNew={() => void startNew()}
          download={p.download ?? downloadFile}
          now={now}
        />
      )}
    </div>
  );
}
