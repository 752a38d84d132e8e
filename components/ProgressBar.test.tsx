// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressBar } from './ProgressBar';

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

describe('ProgressBar', () => {
  it('is a labelled progressbar with the percent done', () => {
    render(<ProgressBar progress={{ phase: 'codes', done: 40, total: 160 }} />, root);
    const bar = root.querySelector('[role="progressbar"]')!;
    expect(bar.getAttribute('aria-valuenow')).toBe('25');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    const label = root.querySelector(`#${bar.getAttribute('aria-labelledby')}`)!;
    expect(label.textContent).toContain('Storing codes');
  });

  it('says clearly when seeding failed, with the reason, as an alert', () => {
    render(
      <ProgressBar progress={{ phase: 'failed', done: 0, total: 0, message: 'Quota exceeded' }} />,
      root,
    );
    expect(root.querySelector('[role="progressbar"]')).toBeNull();
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('could not be loaded');
    expect(alert.textContent).toContain('Quota exceeded');
  });
});
