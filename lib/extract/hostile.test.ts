// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { classifyBareLine, classifyHeading, isTypeLabel } from './headings';
import { extractSections } from './extract';

const saved = {
  map: Array.prototype.map,
  filter: Array.prototype.filter,
  forEach: Array.prototype.forEach,
  push: Array.prototype.push,
  trim: String.prototype.trim,
  toLowerCase: String.prototype.toLowerCase,
  getAttribute: Element.prototype.getAttribute,
  qsa: document.querySelectorAll,
};

afterEach(() => {
  Object.assign(Array.prototype, {
    map: saved.map,
    filter: saved.filter,
    forEach: saved.forEach,
    push: saved.push,
  });
  Object.assign(String.prototype, { trim: saved.trim, toLowerCase: saved.toLowerCase });
  Element.prototype.getAttribute = saved.getAttribute;
  delete (document as { querySelectorAll?: unknown }).querySelectorAll;
  delete (window as { chrome?: unknown }).chrome;
});

describe('hostile pages', () => {
  it('keeps injected markup as literal text', () => {
    document.body.innerHTML = '<h2>Diagnoses</h2><ul><li id="x"></li></ul><textarea id="t"></textarea>';
    document.getElementById('x')!.textContent = '<img src=x onerror=alert(1)>';
    (document.getElementById('t') as HTMLTextAreaElement).value = '<script>alert(2)</script>';
    const items = extractSections(document).sections[0]!.items.map((i) => i.text);
    expect(items).toEqual(['<img src=x onerror=alert(1)>', '<script>alert(2)</script>']);
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
  });

  it('is neither broken nor steered by overridden built-ins or window.chrome', () => {
    document.body.innerHTML =
      '<div class="meds"><h2>Diagnoses</h2><p>Aspirin</p></div><h2>Diagnoses</h2><ul><li>Gout</li></ul>';
    const boom = (): never => {
      throw new Error('page override');
    };
    Object.assign(Array.prototype, { map: boom, filter: boom, forEach: boom });
    Object.assign(String.prototype, { trim: boom, toLowerCase: () => 'diagnoses' });
    Element.prototype.getAttribute = () => null; // would un-hide the medication list if we trusted it
    (document as { querySelectorAll: unknown }).querySelectorAll = boom;
    (window as { chrome?: unknown }).chrome = { runtime: { sendMessage: boom } };
    const r = extractSections(document);
    afterEachRestore();
    expect(r.sections.length).toBe(1);
    expect(r.sections[0]!.items[0]!.text).toBe('Gout');
  });

  it('fails safe when an override breaks the DOM itself', () => {
    // happy-dom's own DOM code uses Array.prototype.push (a browser's native DOM does not), so this
    // breaks every DOM call: extraction must return, not throw.
    document.body.innerHTML = '<h2>Diagnoses</h2><ul><li>Gout</li></ul>';
    Array.prototype.push = (): never => {
      throw new Error('page override');
    };
    let r: ReturnType<typeof extractSections> | undefined;
    try {
      r = extractSections(document);
    } finally {
      afterEachRestore();
    }
    expect(r?.sections).toEqual([]);
  });
});

function afterEachRestore(): void {
  Object.assign(Array.prototype, {
    map: saved.map,
    filter: saved.filter,
    forEach: saved.forEach,
    push: saved.push,
  });
  Object.assign(String.prototype, { trim: saved.trim, toLowerCase: saved.toLowerCase });
  Element.prototype.getAttribute = saved.getAttribute;
}

describe('headings', () => {
  it('classifies many wordings, case and punctuation aside', () => {
    const cases: [string, string | null][] = [
      ['DIAGNOSES:', 'diagnoses'],
      ['Primary diagnosis', 'diagnoses'],
      ['Secondary Diagnoses', 'diagnoses'],
      ['Principal diagnosis', 'diagnoses'],
      ['Working diagnosis', 'diagnoses'],
      ['Discharge diagnosis', 'diagnoses'],
      ['Dx', 'diagnoses'],
      ['Problem list', 'diagnoses'],
      ['Active problems', 'diagnoses'],
      ['Co-morbidities', 'comorbidities'],
      ['Comorbidities', 'comorbidities'],
      ['PMH', 'history'],
      ['Past medical history', 'history'],
      ['Background', 'history'],
      ['Medical history', 'history'],
      ['Family history', 'family-history'],
      ['FH', 'family-history'],
      ['Procedure(s) performed', 'procedures'],
      ['Operations', 'procedures'],
      ['Operation performed', 'procedures'],
      ['Interventions', 'procedures'],
      ['Investigations and procedures', 'procedures'],
      ['Findings', 'findings'],
      ['Impression', 'diagnoses'],
      ['CXR (portable, 02:10)', 'findings'],
      ['Histology', 'findings'],
      ['Overnight', 'free-text'],
      ['Clinical summary', 'free-text'],
      ['Medications', 'ignore'],
      ['Drug history', 'ignore'],
      ['Allergies', 'ignore'],
      ['Alerts', 'ignore'],
      ['Patient details', 'ignore'],
      ['Plan', 'ignore'],
      ['Presenting complaint', null],
      ['Surgeon', null],
      ['He was admitted with a diagnosis of pneumonia and treated with antibiotics for a week', null],
    ];
    for (const [text, kind] of cases) expect([text, classifyHeading(text)]).toEqual([text, kind]);
  });

  it('is strict with bare lines and recognises type labels', () => {
    expect(classifyBareLine('Secondary diagnoses')).toBe('diagnoses');
    expect(classifyBareLine('Procedures performed')).toBe('procedures');
    expect(classifyBareLine('Condition number 4')).toBeNull();
    expect(classifyBareLine('Known conditions worsening')).toBeNull();
    expect(isTypeLabel('Secondary:')).toBe(true);
    expect(isTypeLabel('Surgeon')).toBe(false);
  });
});
