import { describe, expect, it } from 'vitest';
import { rawTokens, tokenize } from './normalise';

describe('normalise', () => {
  it.each([
    ['haemorrhage', 'hemorrhage'],
    ['anaemia', 'anemia'],
    ['oedema', 'edema'],
    ['oesophagus', 'esophagus'],
    ['paediatric', 'pediatric'],
    ['orthopaedic', 'orthopedic'],
    ['tumour', 'tumor'],
    ['caesarean', 'cesarean'],
    ['foetal', 'fetal'],
    ['leukaemia', 'leukemia'],
    ['diarrhoea', 'diarrhea'],
    ['coeliac', 'celiac'],
    ['centre', 'center'],
    ['hospitalisation', 'hospitalization'],
    ['appendicectomy', 'appendectomy'],
    ['fractures', 'fractured'],
    ['obstruction', 'obstructed'],
  ])('%s and %s fold together', (uk, us) => {
    expect(tokenize(uk)).toEqual(tokenize(us));
  });

  it('drops stop words and possessives, reads # as fracture', () => {
    expect(tokenize("Parkinson's disease of the brain")).toEqual(tokenize('parkinson disease brain'));
    expect(tokenize('#NOF')).toEqual(['fractur', 'nof']);
    expect(rawTokens('Crème-brûlée, (x)')).toEqual(['creme', 'brulee', 'x']);
  });
});
