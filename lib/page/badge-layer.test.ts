// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BADGE_HOST_TAG, createBadgeLayer } from './badge-layer';
import { badgeLabel, buildBadge } from './badge-view';

const s = (code: string) => ({
  code,
  system: 'icd10' as const,
  title: `Title ${code}`,
  reason: `because ${code}`,
  role: 'main' as const,
});

describe('trainee badges', () => {
  it('keeps page markup in a mention as text', () => {
    const wrap = buildBadge(
      document,
      {
        mentionText: 'Cellulitis <img src=x onerror=alert(1)>',
        status: 'affirmed',
        suggestions: [s('L03.1')],
      },
      0,
    );
    expect(wrap.querySelector('img')).toBeNull();
    expect(wrap.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(wrap.querySelector('button')!.getAttribute('aria-label')).toContain('L03.1');
  });

  it('shows up to three alternatives with reasons and flags uncertain mentions', () => {
    const d = {
      mentionText: '?PE',
      status: 'uncertain' as const,
      suggestions: [s('I26.9'), s('R06.0'), s('R07.4'), s('X')],
    };
    const wrap = buildBadge(document, d, 3);
    expect([...wrap.querySelectorAll('.row .code')].map((e) => e.textContent)).toEqual([
      'I26.9',
      'R06.0',
      'R07.4',
    ]);
    expect(wrap.querySelector('.flag')!.textContent).toBe('?');
    expect(wrap.querySelector('[role=tooltip]')!.id).toBe('sc-tip-3');
    expect(badgeLabel(d)).toMatch(/uncertain/);
  });

  it('renders into one host outside <body> and removes it whole', () => {
    document.body.innerHTML = '<p id="p">Gout</p>';
    const layer = createBadgeLayer(document, window);
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('p')!);
    layer.render([{ range, mentionText: 'Gout', status: 'affirmed', suggestions: [s('M10.9')] }]);
    expect(document.querySelectorAll(BADGE_HOST_TAG)).toHaveLength(1);
    expect(layer.host!.parentElement).toBe(document.documentElement);
    expect(document.body.innerHTML).toBe('<p id="p">Gout</p>');
    layer.destroy();
    expect(document.querySelector(BADGE_HOST_TAG)).toBeNull();
  });
});
