/** Reading validate input: valid lines, unknown fields, and malformed lines with their numbers. */
import { describe, expect, it } from 'vitest';
import { parseInput } from './input';

describe('parseInput', () => {
  it('reads episodes, ignoring unknown fields and blank lines', () => {
    const text = [
      '{"id":"a","sex":"male","age":70,"endDate":"2024-01-02","diagnoses":["J189"],"procedures":[],"ward":"7B"}',
      '',
      '{"id":7,"sex":null,"age":null,"diagnoses":["I10X"],"procedures":["W37.1"]}',
    ].join('\n');
    const { episodes, problems } = parseInput(text);
    expect(problems).toEqual([]);
    expect(episodes.map((e) => [e.line, e.episode.id])).toEqual([
      [1, 'a'],
      [3, '7'],
    ]);
    expect(episodes[0]!.episode).not.toHaveProperty('ward');
  });

  it('reports malformed lines by number and keeps the rest', () => {
    const text = [
      '{"id":"ok","sex":"female","age":40,"diagnoses":["J18.9"],"procedures":[]}',
      '{"id":"bad json",',
      '{"id":"x","sex":"unknown","age":40,"diagnoses":[],"procedures":[]}',
      '["not", "an", "object"]',
      '{"id":"y","sex":"male","age":40,"endDate":"02/01/2024","diagnoses":[],"procedures":[]}',
      '{"id":"z","sex":"male","age":40,"procedures":[]}',
    ].join('\n');
    const { episodes, problems } = parseInput(text);
    expect(episodes.map((e) => e.episode.id)).toEqual(['ok']);
    expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(problems[0]!.message).toMatch(/not valid JSON/);
    expect(problems[1]!.message).toMatch(/^sex:/);
    expect(problems[2]!.message).toMatch(/JSON object/);
    expect(problems[3]!.message).toMatch(/YYYY-MM-DD/);
    expect(problems[4]!.message).toMatch(/^diagnoses:/);
  });
});
