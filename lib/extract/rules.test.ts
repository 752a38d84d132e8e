// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractSections } from './extract';
import type { ExtractedSection } from './types';

function page(html: string): Document {
  document.body.innerHTML = html; // test fixtures only
  return document;
}
const items = (s: ExtractedSection[]) =>
  s.map((x) => `${x.kind}: ${x.items.map((i) => (i.label ? `${i.label}|${i.text}` : i.text)).join(' / ')}`);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('extraction rules', () => {
  it('1. keeps sibling fields apart and reads status chips as item labels', () => {
    const doc = page(`
      <h3>Problems</h3>
      <ul><li><span>Gout of big toe</span><span class="state-chip">Active</span></li>
      <li><span role="status">Resolved</span> <span>Cellulitis</span></li></ul>
      <h3>Notes</h3><div><span>Seen</span><span>Thursday</span></div>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'diagnoses: Active|Gout of big toe / Resolved|Cellulitis',
      'free-text: Seen / Thursday',
    ]);
  });

  it('2. table: status and side columns go into the label; indication cells are diagnoses', () => {
    const doc = page(`
      <table><thead><tr><th>Operation</th><th>Side</th><th>Indication</th><th>Status</th><th>Notes</th></tr></thead>
      <tbody><tr><td>Arthroscopy of knee</td><td>Left</td><td>Torn meniscus</td><td>Cancelled</td><td>K 3.9</td></tr>
      <tr><td>Excision of ganglion</td><td>N/A</td><td>—</td><td>Done</td><td></td></tr></tbody></table>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'procedures: Cancelled · Left|Arthroscopy of knee / Done|Excision of ganglion',
      'diagnoses: Left|Torn meniscus',
    ]);
  });

  it('2b. table: a Comments column gives the status word it opens with, and nothing else', () => {
    const doc = page(`
      <table><thead><tr><th></th><th>Diagnosis</th><th>Comments</th></tr></thead>
      <tbody><tr><td>Secondary</td><td>Ascending cholangitis</td><td>Query - blood cultures negative</td></tr>
      <tr><td>Secondary</td><td>Pancreatic necrosis</td><td>Excluded on repeat CT</td></tr>
      <tr><td>Secondary</td><td>Obesity</td><td>BMI 38, not excluded from surgery</td></tr></tbody></table>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'diagnoses: Query|Ascending cholangitis / Excluded|Pancreatic necrosis / Obesity',
    ]);
  });

  it('2c. SOAP labels, a complications list, and a specialty in a document title', () => {
    const doc = page(`
      <h1>Inpatient Discharge Summary - General Surgery</h1>
      <p><b>S:</b> Feels better. No chest pain.</p>
      <p><b>A:</b><br>1. Community acquired pneumonia<br>2. Delirium</p>
      <p><b>P:</b><br>- Oral antibiotics</p>
      <p><b>Complications:</b> Postpartum haemorrhage</p>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'free-text: Feels better. No chest pain.',
      'diagnoses: 1. Community acquired pneumonia / 2. Delirium',
      'diagnoses: Postpartum haemorrhage',
    ]);
  });

  it('3. a dt with several dd: differential, excluded and psychiatric history headings', () => {
    const doc = page(`
      <dl><dt>Differential</dt><dd>Lyme disease</dd><dd>Sarcoidosis</dd>
      <dt>Ruled out</dt><dd>Tuberculosis</dd>
      <dt>Past psychiatric history</dt><dd>Anorexia nervosa</dd>
      <dt>Family history</dt><dd>Sister: coeliac disease</dd></dl>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'diagnoses: Differential|Lyme disease / Differential|Sarcoidosis',
      'diagnoses: Excluded|Tuberculosis',
      'history: Anorexia nervosa',
      'family-history: Sister: coeliac disease',
    ]);
  });

  it('4. skips administrative fields, banner lines and bare results', () => {
    const doc = page(`
      <h2>Clinical summary</h2>
      <p>Northfield Hospitals NHS Trust · Admitted 03/03/2025 · Ward: Elm</p>
      <div class="row"><span class="lbl">Surgeon</span><span>Mr A. Example</span></div>
      <div class="row"><span class="lbl">Weight</span><span>71 kg</span></div>
      <p>K 5.9</p>
      <p>12/03/2025 10:15</p>
      <p>Treated for gastroenteritis.</p>
      <section><header>Fluid balance</header><p>Input 1.2 L. Output 900 ml.</p></section>
      <div class="panel"><div class="panel-h">Drugs</div><p>Omeprazole 20 mg</p></div>`);
    expect(items(extractSections(doc).sections)).toEqual(['free-text: Treated for gastroenteritis.']);
  });

  it('5. reads history of presenting complaint prose as free text', () => {
    const doc = page(`
      <h3>Clerking</h3><h4>History of presenting complaint</h4>
      <p>Two days of headache. Denies photophobia.</p>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'free-text: Two days of headache. Denies photophobia.',
    ]);
  });
  it('6. custom elements: text-only ones are inline, chip-named ones are item labels, banner-named ones skipped', () => {
    const doc = page(`
      <x-banner><span>DOE, Jane</span><span>NHS 943 476 5919</span></x-banner>
      <x-panel><div role="heading" aria-level="2">Current problems</div>
      <x-line><x-name>Type 1 diabetes</x-name> <x-tag>Active</x-tag> <x-extra>(insulin pump)</x-extra></x-line>
      <x-line><x-name>Coeliac disease</x-name> <x-badge>Suspected</x-badge></x-line></x-panel>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'diagnoses: Active|Type 1 diabetes (insulin pump) / Suspected|Coeliac disease',
    ]);
  });

  it('7. sibling value elements in one cell are separate entries; a continuation stays joined', () => {
    const doc = page(`
      <div class="grid"><div class="lbl">Secondary diagnoses</div>
      <div class="val"><span>Gout</span><span>Iron deficiency anaemia</span>
      <span class="entry">Cellulitis</span></div>
      <div class="lbl">Past history</div>
      <div class="val"><span>Asthma</span> <span>(childhood)</span></div></div>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'diagnoses: Gout / Iron deficiency anaemia / Cellulitis',
      'history: Asthma (childhood)',
    ]);
  });

  it('8. key/value panels: named fields open sections, phase sub-labels and unnamed fields continue the panel, a baby panel is skipped', () => {
    const doc = page(`
      <fieldset><legend>Birth details</legend>
      <div class="kv"><span class="k">Onset</span><span class="v">Induced</span></div>
      <div class="kv"><span class="k">Mode of delivery</span><span class="v">Ventouse delivery</span></div></fieldset>
      <fieldset><legend>Maternal diagnoses</legend>
      <div class="kv"><span class="k">Postpartum</span><span class="v"><p>Perineal tear, second degree</p></span></div>
      <div class="kv"><span class="k">Noted</span><span class="v">Group B streptococcus carrier</span></div></fieldset>
      <fieldset><legend>Baby 2</legend>
      <div class="kv"><span class="k">Diagnosis</span><span class="v">Neonatal jaundice</span></div></fieldset>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'procedures: Ventouse delivery',
      'diagnoses: Postpartum|Perineal tear, second degree / Group B streptococcus carrier',
    ]);
  });

  it('9. "Also:" continues the previous labelled list; imaging labels head findings', () => {
    const doc = page(`
      <div><div><b>Diagnosis:</b> Renal colic</div><div><b>Also:</b> Hydronephrosis</div></div>
      <p><b>CT KUB (non-contrast):</b> 5 mm calculus at the VUJ.</p>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'diagnoses: Renal colic / Hydronephrosis',
      'findings: 5 mm calculus at the VUJ.',
    ]);
  });

  it('10. merged table cells: a title row over the column names, a type spanning rows, a side column of letters', () => {
    const doc = page(`
      <h2>Ward Summary - Acute Medicine</h2>
      <table><thead><tr><th colspan="3">Problems on this stay</th></tr>
      <tr><th>Rank</th><th>Problem</th><th>Certainty</th></tr></thead>
      <tbody><tr><td rowspan="2">Additional</td><td>Cellulitis of shin</td><td>Confirmed</td></tr>
      <tr><td>Septic arthritis</td><td>Ruled out</td></tr></tbody></table>
      <table><thead><tr><th colspan="3">Operations</th></tr><tr><th>When</th><th>Operation</th><th>Laterality</th></tr></thead>
      <tbody><tr><td>Day 2</td><td>Washout of knee joint</td><td>Rt</td></tr></tbody></table>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'diagnoses: Additional · Confirmed|Cellulitis of shin / Additional · Ruled out|Septic arthritis',
      'procedures: Right|Washout of knee joint',
    ]);
  });

  it('11. a full-width row inside a table heads the rows under it; a title naming something never coded hides the table', () => {
    const doc = page(`
      <table><tr><th>Condition</th><th>Notes</th></tr>
      <tr><th colspan="2">Comorbid conditions</th></tr>
      <tr><td>Asthma</td><td>inhalers</td></tr>
      <tr><th colspan="2">Previous history</th></tr>
      <tr><td>Appendicectomy scar hernia</td><td></td></tr></table>
      <table><thead><tr><th colspan="2">Drug allergies</th></tr><tr><th>Agent</th><th>Reaction description</th></tr></thead>
      <tbody><tr><td>Codeine</td><td>Vomiting</td></tr></tbody></table>`);
    expect(items(extractSections(doc).sections)).toEqual([
      'comorbidities: Asthma',
      'history: Appendicectomy scar hernia',
    ]);
  });

  it('12. instructions for after the operation and risk lines are never coded', () => {
    const doc = page(`
      <h1>Day Surgery Operation Sheet</h1>
      <h3>Operation</h3><ul><li>Excision of sebaceous cyst</li></ul>
      <h3>Discharge instructions</h3><ul><li>Wound check with practice nurse in 5 days</li></ul>
      <div><h4>Risk</h4><p>Risk to others: low<br>Risk from others: exploitation by acquaintances</p></div>`);
    expect(items(extractSections(doc).sections)).toEqual(['procedures: Excision of sebaceous cyst']);
  });
});
