/**
 * A small synthetic code lookup for the episode's unit and component tests: a dagger/asterisk pair,
 * plain diagnoses, procedures and OPCS-4 Y/Z codes. Pure; any context. Not used in production.
 */
import type { CodeEntry, System } from '@/lib/classification/model';
import type { CodeLookup } from './findings';

const entry = (system: System, code: string, title: string, extra: Partial<CodeEntry> = {}): CodeEntry => ({
  system,
  code,
  kind: code.includes('.') ? 'code' : 'category',
  title,
  validForCoding: true,
  ...extra,
});

export const TEST_CODES: CodeEntry[] = [
  entry('icd10', 'A17.0', 'Tuberculous meningitis', { dagger: true, partners: ['G01'] }),
  entry('icd10', 'G01', 'Meningitis in bacterial diseases classified elsewhere', {
    asterisk: true,
    secondaryOnly: true,
    partners: ['A17.0'],
  }),
  entry('icd10', 'E11.3', 'Type 2 diabetes mellitus: with ophthalmic complications', {
    dagger: true,
    partners: ['H28.0'],
  }),
  entry('icd10', 'H28.0', 'Diabetic cataract', { asterisk: true, secondaryOnly: true, partners: ['E11.3'] }),
  entry('icd10', 'J18.9', 'Pneumonia, unspecified'),
  entry('icd10', 'J18', 'Pneumonia, organism unspecified', { validForCoding: false }),
  entry('icd10', 'I10', 'Essential (primary) hypertension'),
  entry('icd10', 'E11.9', 'Type 2 diabetes mellitus: without complications'),
  entry('icd10', 'S72.00', 'Fracture of neck of femur: closed'),
  entry('opcs4', 'J18.3', 'Total cholecystectomy NEC'),
  entry('opcs4', 'W37.1', 'Primary total prosthetic replacement of hip joint using cement'),
  entry('opcs4', 'H01.1', 'Emergency excision of abnormal appendix and drainage HFQ'),
  entry('opcs4', 'Y75.2', 'Laparoscopic approach to abdominal cavity NEC', { secondaryOnly: true }),
  entry('opcs4', 'Y53.4', 'Approach to organ under fluoroscopic control', { secondaryOnly: true }),
  entry('opcs4', 'Z94.2', 'Right sided operation', { secondaryOnly: true, laterality: 'right' }),
];

export function createTestLookup(): CodeLookup & { codes: CodeEntry[] } {
  const byKey = new Map(TEST_CODES.map((c) => [`${c.system}:${c.code}`, c]));
  return { codes: TEST_CODES, get: (system, code) => byKey.get(`${system}:${code}`) };
}
