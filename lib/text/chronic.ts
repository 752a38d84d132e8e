/**
 * Chronic conditions that coders code whenever documented (the DGCS.3 mandatory comorbidities and
 * their common relatives), so history wording does not turn them into past history. Pure; any context.
 */

const CHRONIC =
  /(?<![\p{L}\p{N}])(?:diabet\w*|t[12]\s?dm|dm|iddm|niddm|hypertension|htn|hypertensive|asthma\w*|copd|chronic obstructive|emphysema|bronchiectasis|cystic fibrosis|epilep\w*|seizure disorder|dementia|alzheimer\w*|parkinson\w*|hiv|ckd|chronic kidney|chronic renal|esrf|eskd|ihd|ischa?emic heart|angina|atrial fibrillation|af|heart failure|ccf|lvf|cardiac failure|hypothyroid\w*|hyperthyroid\w*|multiple sclerosis|rheumatoid|osteoarthritis|oa|ankylosing|lupus|sle|crohn\w*|ulcerative colitis|ibd|schizophreni\w*|bipolar|depressi\w*|anxiety|learning disabilit\w*|down'?s syndrome|sickle cell|thalassa?emia|haemophilia|hemophilia|cirrhosis|chronic liver|hepatitis [bc]|obes\w*|cerebral palsy|spina bifida|hemiplegi\w*|blind\w*|deaf\w*|glaucoma|psoriasis|gout|osteoporosis|polymyalgia|myasthenia|motor neurone|peripheral vascular|pvd|chronic pain|sleep apnoea|osa|hypercholesterol\w*|hyperlipid\w*|pernicious|chronic)(?![\p{L}\p{N}])/iu;

/** True when the text names a chronic condition that stays a current comorbidity. */
export function isChronic(text: string): boolean {
  return CHRONIC.test(text);
}
