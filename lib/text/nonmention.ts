/**
 * Texts that look like mentions but are not conditions or procedures a coder would code: subjects and
 * pronouns, bare descriptors, treatments and results, lab values and test results, admin lines. Pure;
 * any context.
 */

/** Investigations and lab tests: "D-dimer negative", "Na 126", "CURB-65 score 2" are results. */
export const LAB =
  '(?:(?:serum|urine|urinary|blood|plasma|capillary|venous|arterial|repeat|admission|peak|initial)\\s+)?(?:hs-?)?(?:trop(?:onin)?(?:\\s?[ti])?|hba1c|a1c|na\\+?|k\\+?|sodium|potassium|crp|wcc|wbc|hb|haemoglobin|hemoglobin|plt|platelets|egfr|creatinine|creat|urea|lactate|bnp|nt-?probnp|inr|aptt|lvef|ef|bmi|gcs|news2?|curb-?65|4at|wells(?:\\s+score)?|gold|das-?28|apgar|pcr|acr|d-?dimer|b?-?hcg|alt|ast|alp|ggt|bilirubin|albumin|glucose|cbg|spo2|o2 sats|sats|temp|temperature|bp|hr|rr|pulse|ph|pco2|po2|hco3|ferritin|tsh|ft4|t4|psa|ca-?125|cea|lipase|amylase|ck|esr|mcv|neutrophils|neuts|lymphocytes|fbc|u&es?|lfts?|ctpa|ct(?:\\s+\\w+)?|cxr|x-?ray|mri|mrcp|uss?|ultrasound|echo(?:cardiogram)?|tte|toe|ecg|ekg|urine dip|dip|msu|blood cultures?|cultures?|swabs?|covid(?:-19)?\\s+(?:pcr|swab|test)|lp|csf|screen|tests?|bloods|scan|imaging|histology|cytology)';

const LAB_RESULT = new RegExp(
  `^${LAB}(?:\\s+(?:score|level|result))?(?:\\s*(?:[:=]|of|was|is)?\\s*(?:[<>≤≥~]?\\s*\\d.*|(?:negative|positive|neg|pos|normal|abnormal|raised|elevated|high|low|rising|falling|back to .*|within .*|unremarkable|clear|nad|sent|pending|awaited|requested|done)\\b.*))$`,
  'i',
);
const LAB_NAME = new RegExp(`^${LAB}(?:\\s+(?:score|level|result))?$`, 'i');

const SUBJECT =
  /^(?:the\s+)?(?:patient|pt|he|she|they|it|him|her|them|this|we|i|man|woman|lady|gentleman|gent|boy|girl|male|female|client|service user)$/i;

// A single descriptor word is not a condition ("viral", "Older", "Confirmed", "Active").
const DESCRIPTOR =
  /^(?:viral|bacterial|fungal|infective|older|younger|elder|eldest|confirmed|active|inactive|chronic|acute|resolved|resolving|suspected|provisional|working|differential|stable|improving|worsening|unchanged|left|right|bilateral|mild|moderate|severe|positive|negative|normal|abnormal|cemented|uncemented|elective|emergency|urgent|recurrent|primary|secondary|principal|main|new|old|current|likely|possible|probable|treated|untreated|controlled|uncontrolled|admitted|discharged|medications?|allergies|allergy|baby|delivery|complications?|admissions?|sequelae|comment|status|type|date|side)$/i;

const TREATMENT_OR_RESULT =
  /^(?:(?:rate|rhythm|well|poorly|diet|tablet|insulin|partially|adequately)\s+)?controlled\b|^(?:rate|rhythm) control\b|^anti-?coagulated\b|^(?:good|poor|excellent|satisfactory|successful|uneventful|partial|complete|full)\s+(?:result|response|outcome|recovery|progress|position|reduction|resolution)\b|^(?:treated|managed|improved|recovered|responded|responding)\b|^uncomplicated$|^no\s+complications?$/i;

// Signature lines, letter courtesies and who-did-what lines are never conditions.
const ADMIN =
  /^(?:admitted|discharged|arrival|arrived|seen|reviewed|referred|entered by|recorded by|signed|safety plan|care plan|plan|follow[- ]?up|nursing handover|handover|(?:completed|written|dictated|typed|verified|authori[sz]ed|electronically signed|handed over|discussed|copied) (?:by|to|with)|thank you|many thanks|dear|yours|kind regards|best wishes|collateral history)\b|\brisk to (?:self|others)\b|\bnhs\b|\bfoundation trust\b|\bfluid balance\b|\binput\/output\b|^(?:strict|daily)\s+(?:weights?|input|fluid|obs\w*)\b/i;

/**
 * True when a mention's cleaned text is not something a coder would code. A bare test name ("D-dimer"
 * of "D-dimer negative") is a result outside a procedures section; in one it is a coded investigation.
 */
export function isNonMention(text: string, section?: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  if (SUBJECT.test(t) || DESCRIPTOR.test(t) || TREATMENT_OR_RESULT.test(t) || ADMIN.test(t)) return true;
  if (section === 'procedures') return false;
  return LAB_RESULT.test(t) || LAB_NAME.test(t);
}

/** True when a qualifier's subject names an investigation or test ("CTPA", "serum hCG", "D-dimer"). */
export function isInvestigation(text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  return LAB_NAME.test(t) || LAB_RESULT.test(t);
}

// Labels of lines that never hold a codable condition (docs/fixtures.md: presenting complaint, triage,
// plan and follow-up, clinicians, medication and allergies).
const SKIP_LABEL =
  /^(?:arrival|triage(?:\s+category)?|presenting complaint|pc|clinician|consultant|doctor|nurse|midwife|obstetrician|surgeon|anaesthetist|assistant|entered by|recorded by|signed(?: by)?|author|analgesia(?: given)?|medications?|current medications?|drugs?|allerg(?:y|ies)|plan|follow[- ]?up|outcome|disposition|sex|gender|weight|gestation|feeding|estimated blood loss|ebl|date|time|ward|nhs no|mrn|hospital no)$/i;

/** True when `label` (the text before ":" or " - ") heads a line that is never coded. */
export function isSkipLabel(label: string): boolean {
  return SKIP_LABEL.test(label.trim().replace(/[.:\s]+$/, ''));
}
