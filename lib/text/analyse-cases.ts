/**
 * Synthetic analysis cases for analyse.test.ts: input text, section kind, expected mentions. Test data
 * only; no real patient text.
 */
import type { SectionKind } from '@/lib/extract/types';
import type { MentionKind, MentionLaterality, MentionStatus } from './types';

/** Expected mention: [text, status, kind?, laterality? ('-' for none), qualifiers?]. */
export type Expected = [string, MentionStatus, MentionKind?, (MentionLaterality | '-')?, string[]?];
export type Case = [string, SectionKind, Expected[]];

const D = 'diagnosis';
const P = 'procedure';

export const CASES: Case[] = [
  // Negation: pre-triggers
  ['No evidence of DVT', 'diagnoses', [['DVT', 'negated', D]]],
  ['No DVT', 'findings', [['DVT', 'negated']]],
  ['Not anaemic', 'findings', [['anaemic', 'negated']]],
  ['Denies chest pain', 'free-text', [['chest pain', 'negated']]],
  ['Patient denied haemoptysis', 'free-text', [['haemoptysis', 'negated']]],
  ['Negative for COVID-19', 'findings', [['COVID-19', 'negated']]],
  ['Nil focal neurology', 'findings', [['focal neurology', 'negated']]],
  ['Free of infection', 'findings', [['infection', 'negated']]],
  ['No signs of sepsis', 'findings', [['sepsis', 'negated']]],
  ['No history of diabetes', 'history', [['diabetes', 'negated']]],
  ['No known drug allergies', 'free-text', [['drug allergies', 'negated']]],
  ['Without complication', 'diagnoses', []],
  ['Absence of ascites', 'findings', [['ascites', 'negated']]],
  ['Never had a seizure', 'history', [['seizure', 'negated']]],
  [
    'Denies fever, cough or rigors',
    'free-text',
    [
      ['fever', 'negated'],
      ['cough', 'negated'],
      ['rigors', 'negated'],
    ],
  ],
  [
    'No fever or rigors',
    'free-text',
    [
      ['fever', 'negated'],
      ['rigors', 'negated'],
    ],
  ],
  // Negation: post-triggers
  ['DVT excluded', 'diagnoses', [['DVT', 'negated']]],
  // A procedure or treatment that did not happen
  ['Colonoscopy declined', 'procedures', [['Colonoscopy', 'negated', P]]],
  ['Lumbar puncture not done', 'procedures', [['Lumbar puncture', 'negated', P]]],
  ['Cholecystectomy not performed (patient unfit)', 'procedures', [['Cholecystectomy', 'negated', P]]],
  ['Thrombolysis was not performed as outside the window', 'free-text', [['Thrombolysis', 'negated']]],
  ['PE ruled out', 'diagnoses', [['pulmonary embolism', 'negated']]],
  ['Appendicitis has been excluded', 'diagnoses', [['Appendicitis', 'negated']]],
  ['Malignancy was ruled out', 'diagnoses', [['Malignancy', 'negated']]],
  ['Pain free', 'findings', [['Pain', 'negated']]],
  ['Pedal oedema absent', 'findings', [['Pedal oedema', 'negated']]],
  [
    'PE and DVT excluded',
    'diagnoses',
    [
      ['pulmonary embolism', 'negated'],
      ['DVT', 'negated'],
    ],
  ],
  ['?PE — CTPA negative, PE excluded', 'diagnoses', [['pulmonary embolism', 'negated']]],
  [
    'Chest pain - ACS ruled out',
    'diagnoses',
    [
      ['Chest pain', 'affirmed'],
      ['ACS', 'negated'],
    ],
  ],
  [
    'Pneumonia - blood cultures negative',
    'diagnoses',
    [['Pneumonia', 'affirmed', D, '-', ['blood cultures negative']]],
  ],
  // Pseudo-negation
  ['PE not ruled out', 'diagnoses', [['pulmonary embolism', 'uncertain']]],
  ['Malignancy cannot be excluded', 'diagnoses', [['Malignancy', 'uncertain']]],
  ['Cannot exclude appendicitis', 'diagnoses', [['appendicitis', 'uncertain']]],
  ['Sepsis not excluded', 'diagnoses', [['Sepsis', 'uncertain']]],
  ['To rule out meningitis', 'free-text', [['meningitis', 'uncertain']]],
  ['r/o ectopic pregnancy', 'diagnoses', [['ectopic pregnancy', 'uncertain']]],
  ['No change in renal impairment', 'findings', [['renal impairment', 'affirmed']]],
  ['Gram negative sepsis', 'diagnoses', [['sepsis', 'affirmed']]],
  // Scope ends
  [
    'Denies chest pain but has shortness of breath',
    'free-text',
    [
      ['chest pain', 'negated'],
      ['shortness of breath', 'affirmed'],
    ],
  ],
  [
    'No fever however reports dysuria',
    'free-text',
    [
      ['fever', 'negated'],
      ['dysuria', 'affirmed'],
    ],
  ],
  [
    'No cough although wheeze noted',
    'free-text',
    [
      ['cough', 'negated'],
      ['wheeze', 'affirmed'],
    ],
  ],
  [
    'No rash. Headache for two days',
    'free-text',
    [
      ['rash', 'negated'],
      ['Headache for two days', 'affirmed'],
    ],
  ],
  [
    'No vomiting; abdominal pain',
    'free-text',
    [
      ['vomiting', 'negated'],
      ['abdominal pain', 'affirmed'],
    ],
  ],
  ['Nil else apart from back pain', 'free-text', [['back pain', 'affirmed']]],
  // Uncertainty
  ['?PE', 'diagnoses', [['pulmonary embolism', 'uncertain']]],
  ['? PE', 'diagnoses', [['pulmonary embolism', 'uncertain']]],
  ['Appendicitis?', 'diagnoses', [['Appendicitis', 'uncertain']]],
  ['Query appendicitis', 'diagnoses', [['appendicitis', 'uncertain']]],
  ['Likely viral gastroenteritis', 'diagnoses', [['viral gastroenteritis', 'uncertain']]],
  ['Possible UTI', 'diagnoses', [['UTI', 'uncertain']]],
  ['Probable community acquired pneumonia', 'diagnoses', [['community acquired pneumonia', 'uncertain']]],
  ['Suspected sepsis', 'diagnoses', [['sepsis', 'uncertain']]],
  ['Presumed viral meningitis', 'diagnoses', [['viral meningitis', 'uncertain']]],
  [
    'Cellulitis vs DVT',
    'diagnoses',
    [
      ['Cellulitis', 'uncertain'],
      ['DVT', 'uncertain'],
    ],
  ],
  ['Differential diagnosis of diverticulitis', 'diagnoses', [['diverticulitis', 'uncertain']]],
  ['Gastritis possibly', 'diagnoses', [['Gastritis', 'uncertain']]],
  ['Biliary colic - query', 'diagnoses', [['Biliary colic', 'uncertain']]],
  ['Suspicion of lymphoma', 'diagnoses', [['lymphoma', 'uncertain']]],
  // In findings, words that name no condition ("Features") are not mentions.
  ['Features suggestive of heart failure', 'findings', [['heart failure', 'uncertain']]],
  // History
  ['Previous MI 2015', 'diagnoses', [['myocardial infarction', 'history', D, '-', ['2015']]]],
  ['H/O stroke', 'free-text', [['stroke', 'history']]],
  ['History of TIA', 'diagnoses', [['TIA', 'history']]],
  ['Past history of DVT (2010)', 'diagnoses', [['DVT', 'history', D, '-', ['2010']]]],
  ['Old MI', 'findings', [['myocardial infarction', 'history']]],
  ['s/p appendicectomy', 'free-text', [['appendicectomy', 'history', P]]],
  ['Prev cholecystectomy', 'free-text', [['cholecystectomy', 'history', P]]],
  [
    'PMH: appendicectomy 1998, hypertension',
    'free-text',
    [
      ['appendicectomy', 'history', P, '-', ['1998']],
      ['hypertension', 'history'],
    ],
  ],
  ['Stroke', 'history', [['Stroke', 'history']]],
  ['Appendicectomy (2005)', 'history', [['Appendicectomy', 'history', P, '-', ['2005']]]],
  ['DVT in the past', 'diagnoses', [['DVT', 'history']]],
  ['TB 20 years ago', 'diagnoses', [['TB', 'history']]],
  ['3 year old with croup', 'free-text', [['croup', 'affirmed']]],
  // A past-history section makes every mention history, chronic or not; "history of" wording outside
  // one leaves a chronic comorbidity affirmed
  ['Hypertension', 'history', [['Hypertension', 'history']]],
  ['Type 2 diabetes mellitus', 'history', [['Type 2 diabetes mellitus', 'history']]],
  ['History of asthma', 'diagnoses', [['asthma', 'affirmed']]],
  ['H/O COPD', 'comorbidities', [['COPD', 'affirmed']]],
  [
    'Previous MI, hypertension, T2DM',
    'history',
    [
      ['myocardial infarction', 'history'],
      ['hypertension', 'history'],
      ['T2DM', 'history'],
    ],
  ],
  ['CKD stage 3a', 'comorbidities', [['CKD stage 3a', 'affirmed']]],
  ['Epilepsy (diagnosed 2001)', 'history', [['Epilepsy', 'history', D, '-', ['diagnosed 2001']]]],
  [
    'Hypertension, T2DM, asthma, previous MI (2015)',
    'history',
    [
      ['Hypertension', 'history'],
      ['T2DM', 'history'],
      ['asthma', 'history'],
      ['myocardial infarction', 'history', D, '-', ['2015']],
    ],
  ],
  // A relative who denies something reports on the patient
  ['Mother denies any head injury', 'free-text', [['head injury', 'negated']]],
  [
    'Parents deny vomiting or diarrhoea',
    'free-text',
    [
      ['vomiting', 'negated'],
      ['diarrhoea', 'negated'],
    ],
  ],
  // Family history
  ['Family history of bowel cancer (father)', 'free-text', [['bowel cancer', 'family', D, '-', ['father']]]],
  ['Mother had breast cancer', 'free-text', [['breast cancer', 'family']]],
  ['Her mother had breast cancer', 'free-text', [['breast cancer', 'family']]],
  ['FH IHD', 'free-text', [['IHD', 'family']]],
  ['FHx of diabetes', 'free-text', [['diabetes', 'family']]],
  ['FH: glaucoma', 'free-text', [['glaucoma', 'family']]],
  ['Father: MI at 50', 'family-history', [['myocardial infarction', 'family', D, '-', ['at 50']]]],
  ['Ovarian cancer in maternal aunt', 'free-text', [['Ovarian cancer', 'family']]],
  ['Colorectal cancer', 'family-history', [['Colorectal cancer', 'family']]],
  ['Brother died of MI', 'free-text', [['myocardial infarction', 'family']]],
  ['No family history of diabetes', 'free-text', [['diabetes', 'negated']]],
  [
    'Father - stroke, hypertension',
    'family-history',
    [
      ['stroke', 'family'],
      ['hypertension', 'family'],
    ],
  ],
  // Resolution
  ['AKI stage 1 - resolved', 'diagnoses', [['AKI stage 1', 'affirmed', D, '-', ['resolved']]]],
  [
    'Acute kidney injury stage 1 - resolved',
    'diagnoses',
    [['Acute kidney injury stage 1', 'affirmed', D, '-', ['resolved']]],
  ],
  ['Delirium (resolved)', 'diagnoses', [['Delirium', 'affirmed', D, '-', ['resolved']]]],
  ['Hyponatraemia, now resolved', 'history', [['Hyponatraemia', 'history']]],
  ['Hyponatraemia, now resolved', 'diagnoses', [['Hyponatraemia', 'affirmed']]],
  // Qualifiers and dates
  ['T2DM — diet controlled', 'comorbidities', [['T2DM', 'affirmed', D, '-', ['diet controlled']]]],
  [
    'Asthma - well controlled on inhalers',
    'comorbidities',
    [['Asthma', 'affirmed', D, '-', ['well controlled on inhalers']]],
  ],
  ['COPD (on home oxygen)', 'comorbidities', [['COPD', 'affirmed', D, '-', ['on home oxygen']]]],
  ['Hypothyroidism since 2012', 'comorbidities', [['Hypothyroidism', 'affirmed', D, '-', ['since 2012']]]],
  ['Gout dx 03/2019', 'comorbidities', [['Gout', 'affirmed', D, '-', ['dx 03/2019']]]],
  ['Sepsis, source unknown', 'diagnoses', [['Sepsis, source unknown', 'affirmed']]],
  // Splitting
  [
    'Hypertension; COPD; AF',
    'comorbidities',
    [
      ['Hypertension', 'affirmed'],
      ['COPD', 'affirmed'],
      ['atrial fibrillation', 'affirmed'],
    ],
  ],
  [
    '1. Community acquired pneumonia 2. Sepsis',
    'diagnoses',
    [
      ['Community acquired pneumonia', 'affirmed'],
      ['Sepsis', 'affirmed'],
    ],
  ],
  [
    '1) Cellulitis 2) Type 2 diabetes',
    'diagnoses',
    [
      ['Cellulitis', 'affirmed'],
      ['Type 2 diabetes', 'affirmed'],
    ],
  ],
  [
    'Hypertension\nAsthma\nGORD',
    'comorbidities',
    [
      ['Hypertension', 'affirmed'],
      ['Asthma', 'affirmed'],
      ['GORD', 'affirmed'],
    ],
  ],
  [
    '• Hypertension • Obesity',
    'comorbidities',
    [
      ['Hypertension', 'affirmed'],
      ['Obesity', 'affirmed'],
    ],
  ],
  [
    '- COPD\n- Osteoporosis',
    'comorbidities',
    [
      ['COPD', 'affirmed'],
      ['Osteoporosis', 'affirmed'],
    ],
  ],
  [
    'Hypertension, asthma, GORD',
    'comorbidities',
    [
      ['Hypertension', 'affirmed'],
      ['asthma', 'affirmed'],
      ['GORD', 'affirmed'],
    ],
  ],
  [
    'Hypertension and hypercholesterolaemia',
    'comorbidities',
    [
      ['Hypertension', 'affirmed'],
      ['hypercholesterolaemia', 'affirmed'],
    ],
  ],
  [
    'CKD stage 3. Anaemia',
    'comorbidities',
    [
      ['CKD stage 3', 'affirmed'],
      ['Anaemia', 'affirmed'],
    ],
  ],
  ['Fracture of neck of femur, left', 'diagnoses', [['Fracture of neck of femur', 'affirmed', D, 'left']]],
  ['Pneumonia, right lower lobe', 'diagnoses', [['Pneumonia, lower lobe', 'affirmed', D, 'right']]],
  ['Carcinoma of head and neck', 'history', [['Carcinoma of head and neck', 'history']]],
  ['Fracture of radius and ulna', 'diagnoses', [['Fracture of radius and ulna', 'affirmed']]],
  ['Nausea and vomiting', 'diagnoses', [['Nausea and vomiting', 'affirmed']]],
  ['Nil', 'history', []],
  // Section rule: qualifiers do not override a past-history section
  ['Asthma - well controlled', 'history', [['Asthma', 'history', D, '-', ['well controlled']]]],
  ['Breast cancer 2011 - treated, in remission', 'history', [['Breast cancer', 'history']]],
  ['AF on apixaban', 'history', [['atrial fibrillation on apixaban', 'history']]],
  ['Asthma - well controlled', 'comorbidities', [['Asthma', 'affirmed']]],
  // "and" between two conditions splits; descriptors after a comma stay attached
  [
    'Known COPD and type 2 diabetes',
    'comorbidities',
    [
      ['COPD', 'affirmed'],
      ['type 2 diabetes', 'affirmed'],
    ],
  ],
  [
    'Recurrent depressive disorder, current episode severe without psychotic symptoms',
    'diagnoses',
    [['Recurrent depressive disorder, current episode severe without psychotic symptoms', 'affirmed']],
  ],
  ['Total knee replacement, cemented', 'procedures', [['Total knee replacement, cemented', 'affirmed', P]]],
  // In a list, a comma part naming no condition or procedure describes the one before it
  ['Pressure ulcer category 2, sacrum', 'diagnoses', [['Pressure ulcer category 2, sacrum', 'affirmed']]],
  [
    'Schizoaffective disorder, manic type',
    'diagnoses',
    [['Schizoaffective disorder, manic type', 'affirmed']],
  ],
  [
    'Hypertension, gout, sleep apnoea',
    'comorbidities',
    [
      ['Hypertension', 'affirmed'],
      ['gout', 'affirmed'],
      ['sleep apnoea', 'affirmed'],
    ],
  ],
  // In narrative such a part is cut off and, naming nothing, dropped
  ['Started on NIV for T2RF, tolerating the mask well.', 'free-text', [['NIV for T2RF', 'affirmed', P]]],
  ['Incision and drainage of abscess', 'procedures', [['Incision and drainage of abscess', 'affirmed', P]]],
  ['Gastroenteritis, likely viral', 'diagnoses', [['Gastroenteritis', 'affirmed', D, '-', ['likely viral']]]],
  // Not mentions: subjects, descriptors, treatments, results, lab values, test results
  ['No safeguarding concerns raised', 'diagnoses', []],
  ['No concerns noted', 'history', []],
  ['He', 'free-text', []],
  ['Older', 'family-history', []],
  ['rate controlled with bisoprolol', 'free-text', []],
  ['anticoagulated', 'free-text', []],
  ['PCI, good result. No complications.', 'free-text', [['PCI', 'affirmed', P]]],
  ['Trop T 312 rising to 1480', 'free-text', []],
  ['HbA1c 51', 'comorbidities', []],
  ['Creatinine back to baseline', 'free-text', []],
  ['D-dimer negative', 'findings', []],
  ['Ectopic pregnancy excluded - serum hCG negative', 'diagnoses', [['Ectopic pregnancy', 'negated']]],
  ['Triage category: 2 - Very urgent', 'free-text', []],
  ['Presenting complaint: fall at home', 'free-text', []],
  ['None known', 'comorbidities', []],
  ['Diagnosis: pneumonia', 'free-text', [['pneumonia', 'affirmed']]],
  // Laterality
  ['Left total hip replacement', 'procedures', [['total hip replacement', 'affirmed', P, 'left']]],
  ['Bilateral knee OA', 'diagnoses', [['knee OA', 'affirmed', D, 'bilateral']]],
  ['OA both knees', 'diagnoses', [['OA knees', 'affirmed', D, 'bilateral']]],
  ['Right inguinal hernia repair', 'procedures', [['inguinal hernia repair', 'affirmed', P, 'right']]],
  ['Lt carpal tunnel release', 'procedures', [['carpal tunnel release', 'affirmed', P, 'left']]],
  ['Cellulitis R leg', 'diagnoses', [['Cellulitis leg', 'affirmed', D, 'right']]],
  ['Knee arthroscopy (L)', 'procedures', [['Knee arthroscopy', 'affirmed', P, 'left']]],
  ['Left-sided pleural effusion', 'findings', [['pleural effusion', 'affirmed', D, 'left']]],
  ['Cataract left and right eye', 'diagnoses', [['Cataract eye', 'affirmed', D, 'bilateral']]],
  ['Left ventricular failure', 'diagnoses', [['Left ventricular failure', 'affirmed', D, '-']]],
  ['Right hemicolectomy', 'procedures', [['Right hemicolectomy', 'affirmed', P, '-']]],
  ['Given 2 L fluid', 'diagnoses', [['Given 2 L fluid', 'affirmed', D, '-']]],
  // Kind
  ['Lap chole', 'procedures', [['Lap chole', 'affirmed', P]]],
  ['Laparoscopic cholecystectomy', 'diagnoses', [['Laparoscopic cholecystectomy', 'affirmed', P]]],
  ['ORIF right ankle', 'free-text', [['ORIF ankle', 'affirmed', P, 'right']]],
  ['OGD', 'free-text', [['OGD', 'affirmed', P]]],
  ['Emergency LSCS', 'diagnoses', [['Emergency LSCS', 'affirmed', P]]],
  // An endoscopy and what is done through it are one OPCS-4 operation.
  ['Colonoscopy and biopsy', 'procedures', [['Colonoscopy and biopsy', 'affirmed', P]]],
  [
    'Wound infection following appendicectomy',
    'diagnoses',
    [['Wound infection following appendicectomy', 'affirmed', D]],
  ],
  ['Cholecystitis', 'procedures', [['Cholecystitis', 'affirmed', P]]],
  ['CABG 2009', 'history', [['CABG', 'history', P, '-', ['2009']]]],
  ['TURP', 'history', [['TURP', 'history', P]]],
  // Abbreviations in context
  ['PE', 'diagnoses', [['pulmonary embolism', 'affirmed']]],
  ['Small PE on CXR', 'findings', [['Small pleural effusion on CXR', 'affirmed']]],
  ['MS', 'comorbidities', [['multiple sclerosis', 'affirmed']]],
  ['Moderate MS on echo', 'findings', [['Moderate mitral stenosis on echo', 'affirmed']]],
  ['MI', 'diagnoses', [['myocardial infarction', 'affirmed']]],
  [
    'Mild MI, valve thickened',
    'findings',
    [
      ['Mild mitral incompetence', 'affirmed'],
      ['valve thickened', 'affirmed'],
    ],
  ],
  ['CP', 'diagnoses', [['chest pain', 'affirmed']]],
  ['Spastic CP', 'comorbidities', [['Spastic cerebral palsy', 'affirmed']]],
  ['RA', 'comorbidities', [['rheumatoid arthritis', 'affirmed']]],
  ['Sats 96% on RA', 'findings', []],
  ['#NOF', 'diagnoses', [['fracture of neck of femur', 'affirmed']]],
  ['# neck of femur', 'diagnoses', [['fracture neck of femur', 'affirmed']]],
  ['Distal radius #', 'diagnoses', [['Distal radius fracture', 'affirmed']]],
  ['PD', 'comorbidities', [["Parkinson's disease", 'affirmed']]],
  ['ESRF on PD', 'comorbidities', [['ESRF on peritoneal dialysis', 'affirmed']]],
  ['AS', 'diagnoses', [['aortic stenosis', 'affirmed']]],
  // Narrative: only phrases that name a condition, symptom or procedure are mentions
  ['Lives with his wife in a flat and drives', 'free-text', []],
  ['Mobilises with two sticks; carers four times a day.', 'free-text', []],
  ['Many thanks for reviewing this pleasant 70-year-old man.', 'free-text', []],
  ['Dictated by Dr A Example, ST3 Medicine.', 'free-text', []],
  ['Her MMSE is 22/30 and her Barthel 60.', 'free-text', []],
  ['Seen with his son, who helps with shopping.', 'free-text', []],
  // A clinical word in a service's name is not the patient's condition
  ['The diabetes team adjusted her insulin.', 'free-text', []],
  ['Second week on the stroke unit.', 'free-text', []],
  ['Anticoagulation to start on day 14 as per stroke consultant.', 'free-text', []],
  ['Seen by the heart failure specialist nurse.', 'free-text', []],
  ['New hyperglycaemia, reviewed by the diabetes team.', 'free-text', [['New hyperglycaemia', 'affirmed']]],
  // A word that names a section is a label only before a colon or dash
  ['The family were updated by telephone.', 'free-text', []],
  ['FH: mother had breast cancer', 'free-text', [['breast cancer', 'family']]],
  // Narrative: the source of a finding ends before what it found; active "ruled out X"
  ['An MRI last week showed a prolapsed disc', 'free-text', [['prolapsed disc', 'affirmed']]],
  ['His echo revealed severe aortic stenosis', 'free-text', [['severe aortic stenosis', 'affirmed']]],
  [
    'The CT excluded a perforation but confirmed diverticulitis',
    'free-text',
    [
      ['perforation', 'negated'],
      ['diverticulitis', 'affirmed'],
    ],
  ],
  ['Ultrasound ruled out gallstones', 'free-text', [['gallstones', 'negated']]],
  ['Fracture ruled out on X-ray', 'findings', [['Fracture', 'negated']]],
  ['MI excluded Troponin negative', 'diagnoses', [['myocardial infarction', 'negated']]],
  ['I am concerned about early sepsis', 'free-text', [['early sepsis', 'uncertain']]],
  ['Spirometry: within normal limits. Renal function was normal.', 'findings', []],
  ['MRI lumbar spine (03/02): L4/5 disc prolapse', 'findings', [['L4/5 disc prolapse', 'affirmed']]],
  // Procedures with their indication, chains of procedures, short forms joined by "with"
  [
    'Left hemicolectomy 2015 for colon cancer',
    'history',
    [
      ['Left hemicolectomy', 'history', P, '-'],
      ['colon cancer', 'history', D],
    ],
  ],
  ['Colonoscopy and polypectomy', 'procedures', [['Colonoscopy and polypectomy', 'affirmed', P]]],
  ['Hysteroscopy + endometrial biopsy', 'procedures', [['Hysteroscopy + endometrial biopsy', 'affirmed', P]]],
  ['Knee arthroscopy + ACL repair', 'history', [['Knee arthroscopy + ACL repair', 'history', P]]],
  [
    'Skin graft + VAC',
    'procedures',
    [
      ['Skin graft', 'affirmed', P],
      ['VAC', 'affirmed', P],
    ],
  ],
  [
    'AKI with ATN',
    'diagnoses',
    [
      ['AKI', 'affirmed'],
      ['ATN', 'affirmed'],
    ],
  ],
  [
    'Pneumonia with parapneumonic effusion',
    'diagnoses',
    [['Pneumonia with parapneumonic effusion', 'affirmed']],
  ],
  ['Commenced on CPAP overnight', 'free-text', [['CPAP overnight', 'affirmed', P]]],
  ['Developed AF at 23:10.', 'free-text', [['atrial fibrillation', 'affirmed']]],
  // Dates: only month names are months ("decompression 2012" is not December)
  [
    'Carpal tunnel decompression 2012',
    'history',
    [['Carpal tunnel decompression', 'history', P, '-', ['2012']]],
  ],
  ['Marrow biopsy 2019', 'history', [['Marrow biopsy', 'history', P, '-', ['2019']]]],
  // A previous caesarean among a pregnancy's diagnoses is the uterine scar
  ['Prior caesarean section x2', 'diagnoses', [['caesarean section', 'history', D]]],
  ['Previous caesarean section', 'history', [['caesarean section', 'history', P]]],
  // PE read from what is being ruled out
  ['PE cannot be excluded', 'findings', [['pulmonary embolism', 'uncertain']]],
  // A look-back cue beside words naming nothing concludes about the head
  [
    'Elective DC cardioversion: declined by patient',
    'procedures',
    [['Elective DC cardioversion', 'negated', P]],
  ],
  ['Asthma - well controlled, no admissions', 'history', [['Asthma', 'history']]],
  // A side word opening a part that names a condition starts a new mention
  [
    'hypercholesterolaemia, right carotid artery stenosis, gout',
    'history',
    [
      ['hypercholesterolaemia', 'history'],
      ['carotid artery stenosis', 'history', D, 'right'],
      ['gout', 'history'],
    ],
  ],
  // Ages in months and "last year" are qualifiers
  ['Febrile seizure aged 15 months', 'history', [['Febrile seizure', 'history', D, '-', ['aged 15 months']]]],
  [
    'His brother was diagnosed with hypertrophic cardiomyopathy last year',
    'family-history',
    [['hypertrophic cardiomyopathy', 'family', D, '-', ['last year']]],
  ],
  // Markers, result names and sentence openers are not conditions; a treated condition is
  ['ER', 'findings', []],
  ['HER2', 'findings', []],
  [
    'There is no family history of sudden cardiac death',
    'family-history',
    [['sudden cardiac death', 'negated']],
  ],
  ['Treated pulmonary tuberculosis', 'history', [['Treated pulmonary tuberculosis', 'history']]],
  // A condition with its treatment is the condition
  ['Obstructive sleep apnoea on CPAP', 'history', [['Obstructive sleep apnoea on CPAP', 'history', D]]],
  ['Possible aspiration pneumonia', 'diagnoses', [['aspiration pneumonia', 'uncertain', D]]],
  // What follows an endoscopy after a comma is done through it: one operation
  [
    'ERCP, sphincterotomy and stone extraction',
    'procedures',
    [['ERCP, sphincterotomy and stone extraction', 'affirmed', P]],
  ],
  // Scores, and who and how of a procedure, are never coded
  ['Clinical Frailty Scale: 6', 'free-text', []],
  ['NIHSS on arrival', 'findings', []],
  ['ASA II', 'procedures', []],
  ['Sedation: Midazolam 2 mg IV', 'procedures', []],
  ['Anaesthetic: General anaesthetic + TAP blocks', 'procedures', []],
  ['Endoscopist: Dr A Example', 'procedures', []],
  // How a condition was treated or is followed up is a qualifier, not part of its name
  [
    'Bladder cancer (pTa G2) treated 2017, surveillance clear',
    'history',
    [['Bladder cancer', 'history', D, '-', ['pTa G2', '2017', 'treated, surveillance clear']]],
  ],
  [
    'Left hip fracture in 2020, treated with a hemiarthroplasty',
    'history',
    [['hip fracture', 'history', D, 'left', ['in 2020', 'treated with a hemiarthroplasty']]],
  ],
  ['Hodgkin lymphoma in remission', 'history', [['Hodgkin lymphoma', 'history', D]]],
  // A bracket's own cue reads what the bracket names, not the head before it
  ['COPD (mild, never admitted)', 'history', [['COPD', 'history', D, '-', ['mild, never admitted']]]],
  ['Parathyroidectomy offered but declined by patient', 'procedures', [['Parathyroidectomy', 'negated', P]]],
  ['Lynch syndrome not suspected', 'findings', [['Lynch syndrome', 'negated', D]]],
  // Readings with a laboratory unit are results, whatever the test's name
  ['Hb 98 g/L, adjusted Ca 2.61 mmol/L, PO4 2.1 mmol/L, PTH 64 pmol/L, URR 71%', 'findings', []],
  ['LVEDP 22 mmHg', 'findings', []],
  [
    'AF on apixaban, HFrEF (EF 35% on echo 2024)',
    'history',
    [
      ['atrial fibrillation on apixaban', 'history', D],
      ['HFrEF', 'history', D],
    ],
  ],
  // The cause of a condition is coded too; reduction and fixation are one operation
  [
    'End stage renal disease secondary to IgA nephropathy',
    'diagnoses',
    [
      ['End stage renal disease', 'affirmed', D],
      ['IgA nephropathy', 'affirmed', D],
    ],
  ],
  [
    'Closed reduction and K-wire fixation of distal radius',
    'procedures',
    [['Closed reduction and K-wire fixation of distal radius', 'affirmed', P]],
  ],
  // An investigation's name heads its findings, with or without a side
  ['XR L hip: no fracture', 'findings', [['fracture', 'negated', D]]],
  // "ca" beside an organ is cancer; before a value it is calcium, a result
  ['Brother: bowel ca', 'family-history', [['bowel cancer', 'family', D]]],
  ['Ca prostate', 'history', [['cancer prostate', 'history', D]]],
  ['adjusted Ca 2.61 mmol/L', 'findings', []],
];
