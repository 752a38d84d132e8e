// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyFix as engineApplyFix, ruleById, validateEpisode } from '@/lib/rules';
import type { Finding, Fix, RuleEpisode } from '@/lib/episode/findings';
import { createEpisodeInbox } from '@/lib/episode/inbox';
import { createEpisode, type Episode, type EpisodeCode } from '@/lib/episode/model';
import { createTestLookup } from '@/lib/episode/test-lookup';
import { EpisodeEditor } from './EpisodeEditor';
import { mount, type Harness } from './test-helpers';

const lookup = createTestLookup();
const AUTOSAVE = 30;
const codes = (...list: string[]): EpisodeCode[] => list.map((code) => ({ code, source: 'typed' }));

// A stand-in rule: an asterisk code is never primary; the fix moves its dagger first.
const check = vi.fn((e: RuleEpisode): Finding[] =>
  e.diagnoses[0] === 'G01'
    ? [
        {
          rule: 'DCS.I.1',
          severity: 'error',
          codes: ['G01'],
          message: 'An asterisk code is never primary.',
          fix: { kind: 'move', system: 'icd10', code: 'A17.0', toIndex: 0, label: 'Put A17.0 first' },
        },
      ]
    : [],
);
const applyFix = vi.fn((e: RuleEpisode, fix: Fix): RuleEpisode => {
  if (fix.kind !== 'move') return e;
  const rest = e.diagnoses.filter((c) => c !== fix.code);
  rest.splice(fix.toIndex, 0, fix.code);
  return { ...e, diagnoses: rest };
});

let h: Harness;
let saved: Episode[];
afterEach(() => h?.unmount());

async function open(
  patch: Partial<Episode> = {},
  extra: { inbox?: ReturnType<typeof createEpisodeInbox>; engine?: boolean } = {},
) {
  saved = [];
  check.mockClear();
  applyFix.mockClear();
  const initial = {
    ...createEpisode(new Date('2026-01-01T00:00:00Z'), '0b7b1a8e-7a39-4c43-9f0a-3c1d2f0e9a11'),
    ...patch,
  };
  h = await mount(
    <EpisodeEditor
      initial={initial}
      lookup={lookup}
      check={extra.engine ? (e) => validateEpisode(e, lookup) : check}
      applyFix={extra.engine ? engineApplyFix : applyFix}
      describeRule={extra.engine ? ruleById : undefined}
      copy={async () => true}
      save={async (e) => void saved.push(e)}
      onClose={() => {}}
      autosaveMs={AUTOSAVE}
      now={() => new Date('2026-03-01T12:00:00Z')}
      inbox={extra.inbox}
    />,
  );
}

const order = (list: 'diagnoses' | 'procedures') =>
  h.$$('code-row', h.$(`list-${list}`)!).map((r) => r.dataset.code);
const row = (code: string) => h.$$('code-row').find((r) => r.dataset.code === code);
const announced = () => h.$('episode-announce')!.textContent;

describe('EpisodeEditor', () => {
  it('adds a typed code after showing its title, and refuses an unknown one', async () => {
    await open();
    await h.type(h.$('add-code-diagnoses'), 'j189');
    expect(h.$('add-code-status-diagnoses')!.textContent).toBe('J18.9 Pneumonia, unspecified');
    await h.click(h.$('add-code-submit-diagnoses'));
    expect(order('diagnoses')).toEqual(['J18.9']);
    expect(row('J18.9')!.dataset.primary).toBe('true');
    await h.type(h.$('add-code-diagnoses'), 'J99.9');
    await h.click(h.$('add-code-submit-diagnoses'));
    expect(h.$('add-code-status-diagnoses')!.textContent).toMatch(/not in the ICD-10 release/);
    expect(order('diagnoses')).toEqual(['J18.9']);
  });

  it('reorders with Alt+↑/↓ on a focused row, keeps focus on it and announces the move', async () => {
    await open({ diagnoses: codes('J18.9', 'I10', 'E11.9') });
    row('E11.9')!.focus();
    await h.key(row('E11.9'), 'ArrowUp', { altKey: true });
    expect(order('diagnoses')).toEqual(['J18.9', 'E11.9', 'I10']);
    expect(document.activeElement).toBe(row('E11.9'));
    expect(announced()).toBe('E11.9 moved to position 2 of 3 in diagnoses');
    await h.key(row('E11.9'), 'ArrowUp', { altKey: true });
    expect(order('diagnoses')).toEqual(['E11.9', 'J18.9', 'I10']);
    expect(announced()).toBe('E11.9 is now primary, position 1 of 3');
    await h.key(row('E11.9'), 'ArrowDown', { altKey: true });
    expect(order('diagnoses')).toEqual(['J18.9', 'E11.9', 'I10']);
  });

  it('moves a dagger/asterisk pair and a procedure with its Y code together', async () => {
    await open({ diagnoses: codes('J18.9', 'A17.0', 'G01'), procedures: codes('W37.1', 'J18.3', 'Y75.2') });
    expect(row('G01')!.dataset.attached).toBe('true');
    await h.key(row('G01'), 'ArrowUp', { altKey: true });
    expect(order('diagnoses')).toEqual(['A17.0', 'G01', 'J18.9']);
    await h.key(row('J18.3'), 'ArrowUp', { altKey: true });
    expect(order('procedures')).toEqual(['J18.3', 'Y75.2', 'W37.1']);
    await h.click(h.$('make-primary', row('W37.1')));
    expect(order('procedures')).toEqual(['W37.1', 'J18.3', 'Y75.2']);
  });

  it('undoes and redoes with the buttons and Ctrl+Z / Ctrl+Shift+Z', async () => {
    await open({ diagnoses: codes('J18.9', 'I10') });
    expect(h.$<HTMLButtonElement>('episode-undo')!.disabled).toBe(true);
    await h.click(h.$('make-primary', row('I10')));
    expect(order('diagnoses')).toEqual(['I10', 'J18.9']);
    await h.click(h.$('episode-undo'));
    expect(order('diagnoses')).toEqual(['J18.9', 'I10']);
    await h.click(h.$('episode-redo'));
    expect(order('diagnoses')).toEqual(['I10', 'J18.9']);
    await h.key(row('I10'), 'z', { ctrlKey: true });
    expect(order('diagnoses')).toEqual(['J18.9', 'I10']);
    await h.key(row('I10'), 'Z', { ctrlKey: true, shiftKey: true });
    expect(order('diagnoses')).toEqual(['I10', 'J18.9']);
    await h.click(h.$('remove-code', row('J18.9')));
    await h.key(row('I10'), 'z', { ctrlKey: true });
    expect(order('diagnoses')).toEqual(['I10', 'J18.9']);
  });

  it('refuses an NHS number as the reference, never saving it', async () => {
    await open();
    await h.type(h.$('episode-ref'), 'EP-2026-00123');
    await h.wait(AUTOSAVE + 20);
    expect(saved.at(-1)?.ref).toBe('EP-2026-00123');
    await h.type(h.$('episode-ref'), '943 476 5919');
    const message = h.$('episode-ref-message')!;
    expect(message.textContent).toMatch(/NHS number/);
    expect(message.getAttribute('role')).toBe('alert');
    expect(h.$('episode-ref')!.getAttribute('aria-invalid')).toBe('true');
    await h.change(h.$('episode-status'), 'queried');
    await h.wait(AUTOSAVE + 20);
    expect(saved.at(-1)).toMatchObject({ ref: 'EP-2026-00123', status: 'queried' });
    expect(JSON.stringify(saved)).not.toContain('943');
  });

  it('autosaves once after a burst of edits, stamping updatedAt', async () => {
    await open();
    await h.type(h.$('episode-age'), '7');
    await h.type(h.$('episode-age'), '72');
    await h.change(h.$('episode-sex'), 'female');
    expect(saved).toEqual([]);
    expect(h.$('episode-save-status')!.dataset.state).toBe('pending');
    await h.wait(AUTOSAVE + 20);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ age: 72, sex: 'female', updatedAt: '2026-03-01T12:00:00.000Z' });
    expect(h.$('episode-save-status')!.dataset.state).toBe('saved');
  });

  it('shows a finding inline and its Fix button calls applyFix; the fix can be undone', async () => {
    await open({ diagnoses: codes('G01', 'A17.0') });
    const finding = h.$('finding', h.$('list-diagnoses')!)!;
    expect(finding.dataset.severity).toBe('error');
    expect(finding.textContent).toContain('Error');
    expect(h.$('finding-rule')!.textContent).toBe('DCS.I.1');
    await h.click(h.$('finding-fix'));
    expect(applyFix).toHaveBeenCalledTimes(1);
    expect(applyFix.mock.calls[0]![0].diagnoses).toEqual(['G01', 'A17.0']);
    expect(applyFix.mock.calls[0]![1]).toMatchObject({ kind: 'move', code: 'A17.0', toIndex: 0 });
    expect(order('diagnoses')).toEqual(['A17.0', 'G01']);
    expect(h.$('finding')).toBeNull();
    await h.click(h.$('episode-undo'));
    expect(h.$('finding')).not.toBeNull();
  });

  it("shows the rule engine's findings under the list they concern, with citations and working fixes", async () => {
    await open({ diagnoses: codes('G01', 'A17.0'), procedures: codes('Y75.2', 'J18.3') }, { engine: true });
    const inDiagnoses = h.$$('finding', h.$('list-diagnoses')!);
    const inProcedures = h.$$('finding', h.$('list-procedures')!);
    expect(inDiagnoses.map((f) => f.dataset.rule)).toEqual(['icd10.asterisk-not-primary']);
    expect(inProcedures.map((f) => f.dataset.rule)).toEqual(['opcs4.yz-not-primary']);
    expect(h.$('finding-rule', inDiagnoses[0])!.textContent).toMatch(/^NCCS .*dagger and asterisk/);
    await h.click(h.$('finding-fix', inProcedures[0]));
    expect(order('procedures')).toEqual(['J18.3', 'Y75.2']);
    expect(row('Y75.2')!.dataset.attached).toBe('true');
    await h.click(h.$('finding-fix'));
    expect(order('diagnoses')).toEqual(['A17.0', 'G01']);
    expect(h.$('finding')).toBeNull();
  });

  it('takes codes sent through the inbox, each into its list', async () => {
    const inbox = createEpisodeInbox();
    await open({ diagnoses: codes('A17.0') }, { inbox });
    await h.wait(0);
    inbox.addCodes([
      { system: 'icd10', code: 'J189', source: 'search' },
      { system: 'icd10', code: 'G01', source: 'page' },
      { system: 'opcs4', code: 'J18.3', source: 'page' },
      { system: 'icd10', code: 'A17.0', source: 'page' },
    ]);
    await h.wait(0);
    expect(order('diagnoses')).toEqual(['A17.0', 'G01', 'J18.9']);
    expect(order('procedures')).toEqual(['J18.3']);
    expect(announced()).toBe('Added J18.9, G01, J18.3. A17.0 is already in the diagnoses.');
  });

  it('copies the episode in the chosen format and delimiter', async () => {
    await open({ diagnoses: codes('A17.0', 'G01', 'I10'), procedures: codes('J18.3') });
    await h.click(h.$('copy-format-nhs'));
    await h.change(h.$('copy-delimiter'), 'comma');
    expect(h.$('copy-preview')!.textContent).toBe('A170-D, G01X-A, I10X, J183');
  });
});
