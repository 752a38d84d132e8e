import { describe, expect, it } from 'vitest';
import { progressLabel, progressPercent } from './progress';

describe('progress', () => {
  it('computes a bounded whole percent', () => {
    expect(progressPercent({ phase: 'codes', done: 1, total: 3 })).toBe(33);
    expect(progressPercent({ phase: 'codes', done: 5, total: 0 })).toBe(0);
    expect(progressPercent({ phase: 'terms', done: 12, total: 10 })).toBe(100);
    expect(progressPercent({ phase: 'ready', done: 0, total: 0 })).toBe(100);
  });

  it('labels each phase and keeps a failure message out of the label', () => {
    expect(progressLabel({ phase: 'codes', done: 0, total: 1 })).toBe('Storing codes');
    expect(progressLabel({ phase: 'index', done: 0, total: 1, message: 'ICD-10' })).toBe(
      'Building the search index: ICD-10',
    );
    expect(progressLabel({ phase: 'failed', done: 0, total: 1, message: 'quota' })).toBe(
      'Loading the classifications failed',
    );
  });
});
