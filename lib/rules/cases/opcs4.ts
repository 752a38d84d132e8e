/** Cases for the OPCS-4 sequencing rules (rules-opcs4.ts). Synthetic episodes. */
import { ep, fail, pass, type RuleCase } from './case';

export const OPCS4_CASES: RuleCase[] = [
  pass('opcs4.yz-not-primary', 'main code first', ep(['K80.2'], ['J18.3', 'Y75.2'])),
  pass('opcs4.yz-not-primary', 'no procedures', ep(['J18.9'])),
  fail('opcs4.yz-not-primary', 'approach first', ep(['K80.2'], ['Y75.2', 'J18.3']), ['Y75.2']),
  fail('opcs4.yz-not-primary', 'laterality first', ep(['M17.1'], ['Z94.2', 'W40.1']), ['Z94.2']),
  fail('opcs4.yz-not-primary', 'site first', ep(['K26.9'], ['Z27.4', 'G45.1']), ['Z27.4']),

  pass('opcs4.yz-alone', 'qualified procedure', ep(['M17.1'], ['W40.1', 'Z94.2'])),
  fail('opcs4.yz-alone', 'approach alone', ep(['K80.2'], ['Y75.2']), ['Y75.2']),
  fail('opcs4.yz-alone', 'approach and laterality without a procedure', ep(['M17.1'], ['Y53.2', 'Z94.3']), [
    'Y53.2',
    'Z94.3',
  ]),

  pass('opcs4.y-after-main', 'P-Y-Z', ep(['K40.9'], ['T20.2', 'Y75.2', 'Z94.2'])),
  pass(
    'opcs4.y-after-main',
    'two groups',
    ep(['K80.2', 'K40.9'], ['J18.3', 'Y75.2', 'T20.2', 'Y75.2', 'Z94.2']),
  ),
  fail('opcs4.y-after-main', 'approach after laterality', ep(['K40.9'], ['T20.2', 'Z94.2', 'Y75.2']), [
    'Y75.2',
  ]),
  fail('opcs4.y-after-main', 'approach after site', ep(['K26.9'], ['G45.1', 'Z27.4', 'Y76.1']), ['Y76.1']),

  pass('opcs4.laterality-once', 'one laterality', ep(['M17.1'], ['W40.1', 'Z94.2'])),
  pass(
    'opcs4.laterality-once',
    'two sites, one each',
    ep(['M17.1', 'H25.9'], ['W40.1', 'Z94.2', 'C71.2', 'Z94.3']),
  ),
  fail('opcs4.laterality-once', 'same laterality twice', ep(['M17.1'], ['W40.1', 'Z94.2', 'Z94.2']), [
    'Z94.2',
  ]),
  fail(
    'opcs4.laterality-once',
    'right and left on one procedure',
    ep(['M17.1'], ['W40.1', 'Z94.2', 'Z94.3']),
    ['Z94.3'],
  ),

  pass('opcs4.laterality-position', 'laterality last', ep(['K40.9'], ['T20.2', 'Y75.2', 'Z94.2'])),
  fail(
    'opcs4.laterality-position',
    'laterality before approach',
    ep(['K40.9'], ['T20.2', 'Z94.2', 'Y75.2']),
    ['Z94.2'],
  ),
  fail('opcs4.laterality-position', 'laterality before site', ep(['L03.1'], ['S47.2', 'Z94.3', 'Z50.4']), [
    'Z94.3',
  ]),

  pass('opcs4.laterality-conflict', 'bilateral only', ep(['H25.9'], ['C71.2', 'Z94.1'])),
  pass(
    'opcs4.laterality-conflict',
    'right and left in separate groups',
    ep(['H25.9'], ['C71.2', 'Z94.2', 'C71.2', 'Z94.3']),
  ),
  fail(
    'opcs4.laterality-conflict',
    'bilateral and left for the same site',
    ep(['H25.9'], ['C71.2', 'Z94.1', 'C71.2', 'Z94.3']),
    ['Z94.1', 'Z94.3'],
  ),
  fail(
    'opcs4.laterality-conflict',
    'bilateral and right in one group',
    ep(['M17.1'], ['W40.1', 'Z94.1', 'Z94.2']),
    ['W40.1'],
  ),

  pass('opcs4.duplicate', 'same procedure on two sides', ep(['H25.9'], ['C71.2', 'Z94.2', 'C71.2', 'Z94.3'])),
  pass('opcs4.duplicate', 'different procedures', ep(['K80.2'], ['J18.3', 'Y75.2', 'J18.1'])),
  fail('opcs4.duplicate', 'same procedure twice', ep(['K80.2'], ['J18.3', 'J18.3']), ['J18.3']),
  fail('opcs4.duplicate', 'same group twice', ep(['K40.9'], ['T20.2', 'Z94.2', 'T20.2', 'Z94.2']), ['T20.2']),
];
