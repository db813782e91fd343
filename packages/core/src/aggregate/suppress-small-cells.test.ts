import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { aggregateIndicator } from './aggregate-indicator';
import { suppressSmallCells } from './suppress-small-cells';

const rows = [
  { township: '城关镇', aided: 132, eligible: 134 },
  { township: '东河乡', aided: 4, eligible: 4 },
  { township: '西山镇', aided: 58, eligible: 60 },
  { township: '南湾镇', aided: 80, eligible: 81 },
];

describe('suppressSmallCells', () => {
  it('withholds a small group and its complement, never showing either as zero', () => {
    const groups = aggregateIndicator('student_aid_coverage_rate', rows, { by: ['township'] });
    const published = suppressSmallCells(groups, { minimumCount: 10 });
    expect(
      published.map((group) => [group.key.township, group.withheld ? group.reason : group.result.formattedValue]),
    ).toEqual([
      ['城关镇', '98.51'],
      ['东河乡', 'small_cell'],
      // the smallest other group: without it, 东河乡 = total − the rest
      ['西山镇', 'complementary'],
      ['南湾镇', '98.77'],
    ]);
    const withheld = published[1];
    expect(withheld).not.toHaveProperty('result');
    expect(withheld).not.toHaveProperty('rowCount');
    expect(withheld?.withheld && withheld.message.en).toContain('fewer than 10');
  });

  it('can count rows or an input field instead of the denominator', () => {
    const groups = aggregateIndicator('student_aid_coverage_rate', rows, { by: ['township'] });
    const byRows = suppressSmallCells(groups, { minimumCount: 2, countOf: 'rows' });
    expect(byRows.every((group) => group.withheld)).toBe(true);
    const byAided = suppressSmallCells(groups, { minimumCount: 5, countOf: 'aided', complementary: false });
    expect(byAided.map((group) => group.withheld)).toEqual([false, true, false, false]);
    expect(() => suppressSmallCells(groups, { minimumCount: 5, countOf: 'teachers' })).toThrow(InvalidOptionError);
  });

  it('leaves empty groups (count 0) alone: they already have no value', () => {
    const groups = aggregateIndicator(
      'student_aid_coverage_rate',
      [
        { school: 'a', aided: 0, eligible: 0 },
        { school: 'b', aided: 50, eligible: 50 },
      ],
      { by: ['school'] },
    );
    expect(suppressSmallCells(groups, { minimumCount: 10 }).map((group) => group.withheld)).toEqual([false, false]);
  });

  it('rejects a minimum that is not a whole number ≥ 1', () => {
    expect(() => suppressSmallCells([], { minimumCount: 0 })).toThrow(/minimumCount/);
    expect(() => suppressSmallCells([], { minimumCount: 2.5 })).toThrow(InvalidOptionError);
  });

  it('protects every row and column slice of a two-way table', () => {
    const table = [
      { township: 'A', stage: 'primary', aided: 3, eligible: 3 },
      { township: 'A', stage: 'junior', aided: 40, eligible: 40 },
      { township: 'B', stage: 'primary', aided: 50, eligible: 50 },
      { township: 'B', stage: 'junior', aided: 60, eligible: 60 },
    ];
    const groups = aggregateIndicator('student_aid_coverage_rate', table, { by: ['township', 'stage'] });
    const published = suppressSmallCells(groups, { minimumCount: 10 });
    // A/primary is small; A/junior protects the township row, B/primary the stage column, and
    // then B/junior protects both of theirs.
    expect(published.map((group) => group.withheld)).toEqual([true, true, true, true]);
  });

  it('in every slice, a withheld group never stands alone where a partner exists (property)', () => {
    const cell = fc.record({
      township: fc.constantFrom('A', 'B', 'C'),
      stage: fc.constantFrom('primary', 'junior'),
      eligible: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(cell, { selector: (row) => `${row.township}/${row.stage}`, minLength: 1 }),
        (cells) => {
          const input = cells.map((row) => ({ ...row, aided: row.eligible }));
          const groups = aggregateIndicator('student_aid_coverage_rate', input, { by: ['township', 'stage'] });
          const published = suppressSmallCells(groups, { minimumCount: 10 });
          for (const dimension of ['township', 'stage'] as const) {
            const other = dimension === 'township' ? 'stage' : 'township';
            const slices = new Map<string, typeof published>();
            for (const group of published) {
              const slice = String(group.key[other]);
              slices.set(slice, [...(slices.get(slice) ?? []), group]);
            }
            for (const members of slices.values()) {
              const withheld = members.filter((group) => group.withheld);
              const partners = members.filter((group) => !group.withheld && group.result.denominator.gt(0));
              if (withheld.length === 1) expect(partners).toHaveLength(0);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
