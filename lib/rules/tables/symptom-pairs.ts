/**
 * Symptom codes that are integral to a definitive diagnosis and are not coded with it. Pure data;
 * any context. Source: NCCS ICD-10 chapter XVIII standard on signs and symptoms (a symptom
 * that is a routine part of a confirmed condition is not coded), with the pairs named in issue 4.
 */
import type { SymptomPair } from '../combinators';

export const SYMPTOM_PAIRS: readonly SymptomPair[] = [
  // Abdominal and pelvic pain with appendicitis.
  { symptom: ['R10'], definitive: ['K35-K37'] },
  // Chest pain with acute myocardial infarction.
  { symptom: ['R07.1', 'R07.2', 'R07.3', 'R07.4'], definitive: ['I21-I22'] },
  // Raised blood pressure reading with hypertension.
  { symptom: ['R03.0'], definitive: ['I10-I15'] },
  // Unspecified acute lower respiratory infection with COPD with acute lower respiratory infection.
  { symptom: ['J22'], definitive: ['J44.0'] },
];
