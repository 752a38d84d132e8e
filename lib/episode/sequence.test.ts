import { describe, expect, it } from 'vitest';
import {
  addCode,
  groupsOf,
  isAttachedRow,
  makePrimary,
  moveDown,
  moveRow,
  moveUp,
  removeRow,
  type SequenceContext,
} from './sequence';
import { createTestLookup } from './test-lookup';

const lookup = createTestLookup();
const icd: SequenceContext = { system: 'icd10', lookup };
const opcs: SequenceContext = { system: 'opcs4', lookup };
const rows = (...codes: string[]) => codes.map((code) => ({ code }));
const codes = (m: { list: { code: string }[] }) => m.list.map((r) => r.code);

describe('groups', () => {
  it('pairs an asterisk with the dagger before it and Y/Z codes with their procedure', () => {
    expect(groupsOf(rows('J18.9', 'A17.0', 'G01', 'I10'), icd)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 3 },
      { start: 3, end: 4 },
    ]);
    expect(groupsOf(rows('W37.1', 'Z94.2', 'J18.3', 'Y75.2', 'Y53.4'), opcs)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 5 },
    ]);
    // An asterisk after a code that is not its dagger stands alone; so does a leading Y code.
    expect(groupsOf(rows('I10', 'G01'), icd)).toHaveLength(2);
    expect(isAttachedRow(rows('Y75.2', 'J18.3'), 0, opcs)).toBe(false);
    expect(isAttachedRow(rows('J18.3', 'Y75.2'), 1, opcs)).toBe(true);
  });
});

describe('moving', () => {
  it('moves a dagger/asterisk pair together, from either row', () => {
    const list = rows('J18.9', 'A17.0', 'G01', 'I10');
    expect(codes(moveUp(list, 1, icd))).toEqual(['A17.0', 'G01', 'J18.9', 'I10']);
    expect(moveUp(list, 2, icd)).toMatchObject({ index: 1 });
    expect(codes(moveUp(list, 2, icd))).toEqual(['A17.0', 'G01', 'J18.9', 'I10']);
    expect(codes(moveDown(list, 1, icd))).toEqual(['J18.9', 'I10', 'A17.0', 'G01']);
    expect(codes(moveDown(list, 0, icd))).toEqual(['A17.0', 'G01', 'J18.9', 'I10']);
    expect(moveDown(list, 0, icd).index).toBe(2);
  });

  it('stays put at the ends', () => {
    const list = rows('J18.9', 'I10');
    expect(codes(moveUp(list, 0, icd))).toEqual(['J18.9', 'I10']);
    expect(codes(moveDown(list, 1, icd))).toEqual(['J18.9', 'I10']);
  });

  it('moves a procedure with its Y/Z codes', () => {
    const list = rows('W37.1', 'Z94.2', 'J18.3', 'Y75.2');
    expect(codes(moveUp(list, 2, opcs))).toEqual(['J18.3', 'Y75.2', 'W37.1', 'Z94.2']);
    expect(codes(moveDown(list, 0, opcs))).toEqual(['J18.3', 'Y75.2', 'W37.1', 'Z94.2']);
    expect(moveDown(list, 0, opcs).index).toBe(2);
  });

  it('moves a Y/Z code alone: among its procedure codes, then to the neighbouring procedure', () => {
    const list = rows('W37.1', 'J18.3', 'Y75.2', 'Y53.4');
    expect(codes(moveUp(list, 3, opcs))).toEqual(['W37.1', 'J18.3', 'Y53.4', 'Y75.2']);
    expect(codes(moveUp(list, 2, opcs))).toEqual(['W37.1', 'Y75.2', 'J18.3', 'Y53.4']);
    expect(moveUp(list, 2, opcs).index).toBe(1);
    expect(codes(moveDown(rows('W37.1', 'Z94.2', 'J18.3'), 1, opcs))).toEqual(['W37.1', 'J18.3', 'Z94.2']);
  });

  it('drops a group before or after the group it lands on, never inside it', () => {
    const list = rows('J18.9', 'A17.0', 'G01', 'I10');
    expect(codes(moveRow(list, 3, 2, icd))).toEqual(['J18.9', 'I10', 'A17.0', 'G01']);
    expect(codes(moveRow(list, 0, 1, icd))).toEqual(['A17.0', 'G01', 'J18.9', 'I10']);
    expect(codes(moveRow(list, 1, 3, icd))).toEqual(['J18.9', 'I10', 'A17.0', 'G01']);
    expect(moveRow(list, 1, 3, icd).index).toBe(2);
    expect(codes(moveRow(list, 1, 2, icd))).toEqual(['J18.9', 'A17.0', 'G01', 'I10']);
    expect(codes(moveRow(rows('W37.1', 'J18.3', 'Y75.2'), 2, 1, opcs))).toEqual(['W37.1', 'Y75.2', 'J18.3']);
  });

  it('makes a pair primary together', () => {
    const m = makePrimary(rows('J18.9', 'I10', 'A17.0', 'G01'), 3, icd);
    expect(codes(m)).toEqual(['A17.0', 'G01', 'J18.9', 'I10']);
    expect(m.index).toBe(1);
  });

  it('never mutates its input', () => {
    const list = Object.freeze(rows('J18.9', 'A17.0', 'G01'));
    expect(() => moveUp(list, 1, icd)).not.toThrow();
    expect(list.map((r) => r.code)).toEqual(['J18.9', 'A17.0', 'G01']);
  });
});

describe('adding and removing', () => {
  it('puts an asterisk straight after its partner dagger', () => {
    const m = addCode(rows('A17.0', 'J18.9'), { code: 'G01' }, icd);
    expect(codes(m)).toEqual(['A17.0', 'G01', 'J18.9']);
    expect(m.index).toBe(1);
    expect(codes(addCode(rows('E11.3', 'J18.9'), { code: 'G01' }, icd))).toEqual(['E11.3', 'J18.9', 'G01']);
    expect(codes(addCode(rows('J18.9'), { code: 'I10' }, icd))).toEqual(['J18.9', 'I10']);
  });

  it('removes a procedure with its Y/Z codes, a dagger without its asterisk', () => {
    expect(codes(removeRow(rows('W37.1', 'J18.3', 'Y75.2', 'Z94.2'), 1, opcs))).toEqual(['W37.1']);
    expect(codes(removeRow(rows('J18.3', 'Y75.2', 'Z94.2'), 2, opcs))).toEqual(['J18.3', 'Y75.2']);
    expect(codes(removeRow(rows('A17.0', 'G01'), 0, icd))).toEqual(['G01']);
  });
});
