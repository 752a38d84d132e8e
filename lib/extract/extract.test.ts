// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractSections } from './extract';
import type { ExtractedSection } from './types';

function page(html: string): Document {
  document.body.innerHTML = html; // test fixtures only; extraction itself never reads or writes markup
  return document;
}
const brief = (s: ExtractedSection[]) =>
  s.map((x) => ({
    kind: x.kind,
    heading: x.heading,
    items: x.items.map((i) => (i.label ? `${i.label}|${i.text}` : i.text)),
  }));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('extractSections: layouts', () => {
  it('reads a discharge summary table: type and status columns become labels', () => {
    const doc = page(`
      <div class="patient-banner">DOE, Jane 943 476 5919 Asthma alert</div>
      <h2>Diagnoses</h2>
      <table><thead><tr><th>Type</th><th>Diagnosis</th><th>Status</th><th>Date</th></tr></thead>
      <tbody><tr><td>Primary</td><td>Community acquired pneumonia</td><td>Confirmed</td><td>01/02/2024</td></tr>
      <tr><td>Secondary</td><td>Acute kidney injury stage 1</td><td></td><td>02/02/2024</td></tr>
      <tr><td>Secondary</td><td>Pulmonary embolism</td><td>Excluded</td><td></td></tr></tbody></table>
      <h2>Procedures</h2>
      <table><tr><th>Procedure</th><th>Procedure date</th></tr><tr><td>Chest drain insertion</td><td>03/02/2024</td></tr></table>
      <h2>Medications on discharge</h2><ul><li>Amoxicillin 500 mg</li></ul>`);
    expect(brief(extractSections(doc).sections)).toEqual([
      {
        kind: 'diagnoses',
        heading: 'Diagnosis',
        items: [
          'Primary · Confirmed|Community acquired pneumonia',
          'Secondary|Acute kidney injury stage 1',
          'Secondary · Excluded|Pulmonary embolism',
        ],
      },
      { kind: 'procedures', heading: 'Procedure', items: ['Chest drain insertion'] },
    ]);
  });

  it('reads an operation note form: labels with inputs, textareas and selects, by value', () => {
    const doc = page(`
      <form><div class="field"><label for="p">Procedure performed</label><input id="p"></div>
      <div class="field"><label for="f">Findings</label><textarea id="f">placeholder default</textarea></div>
      <div class="field"><label for="s">Surgeon</label><input id="s" value="Mr A Fictional"></div>
      <label>Operation side <select><option>Left</option><option selected>Right</option></select></label>
      <div class="field"><span class="label">Diagnosis</span><span class="value">Acute appendicitis</span></div></form>`);
    (doc.getElementById('p') as HTMLInputElement).value = 'Laparoscopic appendicectomy';
    (doc.getElementById('f') as HTMLTextAreaElement).value = 'Perforated appendix\nLocalised peritonitis';
    expect(brief(extractSections(doc).sections)).toEqual([
      { kind: 'procedures', heading: 'Procedure performed', items: ['Laparoscopic appendicectomy'] },
      { kind: 'findings', heading: 'Findings', items: ['Perforated appendix', 'Localised peritonitis'] },
      { kind: 'diagnoses', heading: 'Diagnosis', items: ['Acute appendicitis'] },
    ]);
  });

  it('reads a clinic letter with <br> lines under bold labels, stopping at prose and blank lines', () => {
    const doc = page(`<div class="letter">Dear Dr Smith,<br><br>
      <strong>Diagnoses:</strong><br>1. Type 2 diabetes mellitus<br>2. Left knee osteoarthritis<br><br>
      <b>PMH:</b> Hypertension; asthma<br><b>FH</b>: mother had breast cancer<br>
      <b>Medication:</b><br>Metformin 500 mg<br><br>
      I reviewed this 68-year-old man in clinic today. He is well.</div>`);
    expect(brief(extractSections(doc).sections)).toEqual([
      {
        kind: 'diagnoses',
        heading: 'Diagnoses',
        items: ['1. Type 2 diabetes mellitus', '2. Left knee osteoarthritis'],
      },
      { kind: 'history', heading: 'PMH', items: ['Hypertension; asthma'] },
      { kind: 'family-history', heading: 'FH', items: ['mother had breast cancer'] },
    ]);
  });

  it('reads plain "Label: value" lines and lists under headings', () => {
    const doc = page(`<p>Dx: Pulmonary embolism</p><p>Seen by: Dr B Fictional</p>
      <h3>Past medical history</h3><ul><li>COPD</li><li>Previous MI</li></ul>
      <h3>Social history</h3><ul><li>Smoker</li></ul>`);
    expect(brief(extractSections(doc).sections)).toEqual([
      { kind: 'diagnoses', heading: 'Dx', items: ['Pulmonary embolism'] },
      { kind: 'history', heading: 'Past medical history', items: ['COPD', 'Previous MI'] },
    ]);
  });

  it('reads definition lists: classified terms open sections, type terms label items', () => {
    const doc =
      page(`<dl><dt>Primary diagnosis</dt><dd>Sepsis</dd><dt>Co-morbidities</dt><dd>CKD stage 3</dd><dd>Atrial fibrillation</dd>
      <dt>Allergies</dt><dd>Penicillin</dd></dl>
      <h2>Diagnoses</h2><dl><dt>Primary</dt><dd>Cellulitis of right leg</dd><dt>Secondary</dt><dd>Obesity</dd></dl>`);
    expect(brief(extractSections(doc).sections)).toEqual([
      { kind: 'diagnoses', heading: 'Primary diagnosis', items: ['Sepsis'] },
      { kind: 'comorbidities', heading: 'Co-morbidities', items: ['CKD stage 3', 'Atrial fibrillation'] },
      {
        kind: 'diagnoses',
        heading: 'Diagnoses',
        items: ['Primary|Cellulitis of right leg', 'Secondary|Obesity'],
      },
    ]);
  });

  it('reads free-text paragraphs under a heading, one item per paragraph, until the next heading', () => {
    const doc =
      page(`<section><h2>Clinical summary</h2><p>Admitted with chest pain.</p><p>Troponin negative, no ACS.</p></section>
      <section><h2>Plan</h2><p>Outpatient echo.</p></section><p>Unrelated footer text</p>`);
    expect(brief(extractSections(doc).sections)).toEqual([
      {
        kind: 'free-text',
        heading: 'Clinical summary',
        items: ['Admitted with chest pain.', 'Troponin negative, no ACS.'],
      },
    ]);
  });

  it('lets unnamed sub-headings inherit their section and ends a section at its container', () => {
    const doc =
      page(`<div class="card"><div class="card-header"><h3>Problem list</h3><button>Edit</button></div>
      <div class="card-body"><h4>Respiratory</h4><ul><li>Asthma</li></ul></div></div>
      <div class="card"><p>Ward 7, bed 3</p></div>`);
    expect(brief(extractSections(doc).sections)).toEqual([
      { kind: 'diagnoses', heading: 'Problem list', items: ['Asthma'] },
    ]);
  });

  it('recurses into open shadow roots', () => {
    const doc = page(`<h2>Diagnoses</h2><dx-list id="host"></dx-list><h2>Allergies</h2><p>Latex</p>`);
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<ul><li>Heart failure</li><li>Gout</li></ul>';
    expect(brief(extractSections(doc).sections)).toEqual([
      { kind: 'diagnoses', heading: 'Diagnoses', items: ['Heart failure', 'Gout'] },
    ]);
  });

  it('recurses into same-origin iframes and survives frames it cannot read', () => {
    const doc = page(
      `<iframe srcdoc="<h2>Operations</h2><ol><li>Total hip replacement, left</li></ol>"></iframe><div id="x"></div>`,
    );
    // An element that claims to be an iframe but is not one: reading its document throws.
    const fake = doc.createElementNS('http://example.org/not-html', 'iframe');
    doc.getElementById('x')!.append(fake);
    expect(brief(extractSections(doc).sections)).toEqual([
      { kind: 'procedures', heading: 'Operations', items: ['Total hip replacement, left'] },
    ]);
  });
});

describe('extractSections: label/value grids and preformatted text', () => {
  const grid = (rows: string) => `
    <style>.form{display:grid;grid-template-columns:200px 1fr}.value{white-space:pre-line}</style>
    <div class="card"><div class="title">Operation note</div><div class="form">${rows}</div></div>`;

  it('reads a pre-line value as one item per line, and collapses ordinary source newlines', () => {
    const doc = page(
      grid(`<div class="label">Co-morbidities</div><div class="value">COPD
Obesity (BMI 34)
Obstructive sleep apnoea on CPAP</div>`) +
        `<h2>Diagnoses</h2><p>Community acquired
        pneumonia</p><pre>Gout
Psoriasis</pre>`,
    );
    expect(brief(extractSections(doc).sections)).toEqual([
      {
        kind: 'comorbidities',
        heading: 'Co-morbidities',
        items: ['COPD', 'Obesity (BMI 34)', 'Obstructive sleep apnoea on CPAP'],
      },
      {
        kind: 'diagnoses',
        heading: 'Diagnoses',
        items: ['Community acquired pneumonia', 'Gout', 'Psoriasis'],
      },
    ]);
  });

  it("skips an operation note's who-and-how fields instead of reading them as its procedures", () => {
    const doc = page(
      grid(`
        <div class="label">Surgeon</div><div class="value">Miss A Example (Consultant)</div>
        <div class="label">Anaesthetic</div><div class="value">General anaesthetic + TAP blocks</div>
        <div class="label">Procedure</div><div class="value">Laparoscopic inguinal hernia repair</div>
        <div class="label">Approach</div><div class="value">Laparoscopic, 3 ports</div>
        <div class="label">Procedure details</div><div class="value">Sac reduced. Mesh placed.</div>
        <div class="label">VTE prophylaxis</div><div class="value">TEDs</div>`) +
        '<h3>Consultant</h3><p>Mr B Example</p>',
    );
    expect(brief(extractSections(doc).sections)).toEqual([
      { kind: 'procedures', heading: 'Procedure', items: ['Laparoscopic inguinal hernia repair'] },
    ]);
  });
});

describe('extractSections: a grid whose label cells carry no label class', () => {
  it('reads numbered fields as their kind, and skips administrative cells with their values', () => {
    const doc = page(`
      <h2>Operation details</h2>
      <div class="grid4">
        <div class="lab">Surgeon</div><div>Mr A Example</div>
        <div class="lab">Pre-operative diagnosis</div><div>Closed fracture of right distal radius</div>
      </div>
      <h2>Procedures</h2>
      <div class="grid4">
        <div class="lab">Procedure 1</div><div>Dynamic hip screw fixation</div>
        <div class="side">Side</div><div class="sval">Left</div>
        <div class="lab">Procedure 2</div><div>Application of below-elbow backslab</div>
        <div class="side">Tourniquet</div><div class="sval">Arm: 250 mmHg, 22 min</div>
        <div class="lab">Antibiotic prophylaxis</div><div>Cefuroxime 1.5 g IV at induction</div>
      </div>`);
    expect(brief(extractSections(doc).sections)).toEqual([
      {
        kind: 'diagnoses',
        heading: 'Pre-operative diagnosis',
        items: ['Closed fracture of right distal radius'],
      },
      { kind: 'procedures', heading: 'Procedure 1', items: ['Dynamic hip screw fixation'] },
      { kind: 'procedures', heading: 'Procedure 2', items: ['Application of below-elbow backslab'] },
    ]);
  });
});

describe('extractSections: badges and details after an item name', () => {
  it('reads a lone status word as a badge and a detail element as the label, whatever their classes', () => {
    const doc = page(`
      <h2>Interventions</h2>
      <ol>
        <li><strong>Left ventriculography</strong><span class="st">Performed</span><span class="meta">Pigtail catheter, RAO 30</span></li>
        <li><strong>Angioplasty to OM1</strong><span class="st no">Not performed</span></li>
        <li>Coronary angiography <span>via radial</span></li>
      </ol>`);
    expect(brief(extractSections(doc).sections)).toEqual([
      {
        kind: 'procedures',
        heading: 'Interventions',
        items: [
          'Performed · Pigtail catheter, RAO 30|Left ventriculography',
          'Not performed|Angioplasty to OM1',
          'Coronary angiography via radial',
        ],
      },
    ]);
  });
});

describe('extractSections: what it skips', () => {
  it('skips banners, medication and allergy lists, navigation, hidden markup and its own UI', () => {
    const doc = page(`<header><nav><a>Diagnoses</a></nav></header>
      <div id="patientBanner"><h2>Diagnoses</h2><p>Banner text</p></div>
      <div class="med-list"><h2>Diagnoses</h2><ul><li>Should not read</li></ul></div>
      <main><h2>Diagnoses</h2><ul><li>Migraine</li><li hidden>Hidden item</li><li style="display: none">Gone</li>
      <li aria-hidden="true">Decor</li><li><span data-sidecoder-ui>G43.9</span></li><sidecoder-badge>G43.9</sidecoder-badge>
      <script>var x = 'Not text';</script></ul></main>`);
    expect(brief(extractSections(doc).sections)).toEqual([
      { kind: 'diagnoses', heading: 'Diagnoses', items: ['Migraine'] },
    ]);
  });

  it('gives items node ids from registerNode', () => {
    const doc = page(`<h2>Diagnoses</h2><ul><li id="x">Gout</li></ul>`);
    const seen: Element[] = [];
    const r = extractSections(doc, { registerNode: (el) => seen.push(el) - 1 });
    expect(r.sections[0]!.items[0]!.nodeId).toBe(0);
    expect(seen[0]!.id).toBe('x');
  });

  it('stops at maxChars and says so', () => {
    const big = Array.from({ length: 2000 }, (_, i) => `<li>Condition number ${i}</li>`).join('');
    const doc = page(`<h2>Diagnoses</h2><ul>${big}</ul>`);
    const r = extractSections(doc, { maxChars: 5000 });
    expect(r.truncated).toBe(true);
    expect(r.chars).toBe(5000);
    const items = r.sections[0]!.items.length;
    expect(items).toBeGreaterThan(100);
    expect(items).toBeLessThan(2000);
    expect(extractSections(doc).truncated).toBe(false);
  });
});
