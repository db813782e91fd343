import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../compute/compute-indicator';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { aggregateIndicator } from './aggregate-indicator';

const schools = [
  { township: '城关镇', stage: 'primary', participants: 900, enrolled: 1000 },
  { township: '城关镇', stage: 'junior', participants: 10, enrolled: 100 },
  { township: '东河乡', stage: 'primary', participants: 45, enrolled: 50 },
  { township: '东河乡', stage: 'primary', participants: 30, enrolled: 60 },
];

describe('aggregateIndicator', () => {
  it('computes one ratio of sums per group, in first-seen order', () => {
    const groups = aggregateIndicator('after_school_participation_rate', schools, { by: ['township'] });
    expect(groups.map((group) => [group.key.township, group.rowCount, group.result.formattedValue])).toEqual([
      // 910 ÷ 1100 = 82.727…; the mean of 90% and 10% would be 50%
      ['城关镇', 2, '82.73'],
      // 75 ÷ 110 = 68.181…
      ['东河乡', 2, '68.18'],
    ]);
    expect(groups[0]?.result.numerator.toString()).toBe('910');
    expect(groups[0]?.result.denominator.toString()).toBe('1100');
  });

  it('without by, returns the total as one group', () => {
    const [total] = aggregateIndicator('after_school_participation_rate', schools);
    // 985 ÷ 1210 = 81.404…
    expect(total?.result.formattedValue).toBe('81.40');
    expect(total?.key).toEqual({});
    expect(total?.rowCount).toBe(4);
  });

  it('groups by several dimensions', () => {
    const groups = aggregateIndicator('after_school_participation_rate', schools, { by: ['township', 'stage'] });
    expect(groups.map((group) => group.key)).toEqual([
      { township: '城关镇', stage: 'primary' },
      { township: '城关镇', stage: 'junior' },
      { township: '东河乡', stage: 'primary' },
    ]);
  });

  it('sums money given in 万元 on some rows and 元 on others, exactly', () => {
    const [total] = aggregateIndicator('aid_per_student', [
      { amountWan: '0.15', aided: 1 },
      { amount: '500.5', aided: 1 },
    ]);
    // 1500 + 500.5 = 2000.5 ÷ 2 = 1000.25
    expect(total?.result.inputs.amount?.toString()).toBe('2000.5');
    expect(total?.result.formattedValue).toBe('1000.25');
  });

  it('passes the method and options through', () => {
    const rows = [
      { county: 'A', graduates: 95, entrants: 100, transfersIn: 5, transfersOut: 10 },
      { county: 'A', graduates: 190, entrants: 200, transfersIn: 0, transfersOut: 5 },
    ];
    const [group] = aggregateIndicator('junior_three_year_consolidation_rate', rows, {
      by: ['county'],
      method: 'net_transfers_denominator',
    });
    // 285 ÷ (300 + 5 − 15) = 285 ÷ 290 = 98.275…
    expect(group?.result.formattedValue).toBe('98.28');
    expect(group?.result.thresholds[0]?.passed).toBe(true);
  });

  it('a group whose denominator sums to zero has no value', () => {
    const groups = aggregateIndicator(
      'student_aid_coverage_rate',
      [
        { school: 'a', aided: 0, eligible: 0 },
        { school: 'b', aided: 3, eligible: 4 },
      ],
      { by: ['school'] },
    );
    expect(groups.map((group) => group.result.reason)).toEqual(['zero_denominator', null]);
  });

  it('reports every invalid row with its index, and drops none silently', () => {
    try {
      aggregateIndicator('after_school_participation_rate', [
        { township: 'a', participants: 1, enrolled: 2 },
        { township: 'a', participants: -1, enrolled: 2 },
        { township: 'b', participants: 3, enrolled: 2 },
      ]);
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      const issues = (error as InvalidInputError).issues;
      expect(issues.map((issue) => issue.path)).toEqual([
        ['rows', 1, 'participants'],
        ['rows', 2, 'participants'],
      ]);
      expect((error as InvalidInputError).messageEn).toContain('rows[1].participants');
    }
  });

  it('requires the method’s fields on every row', () => {
    expect(() =>
      aggregateIndicator(
        'nine_year_consolidation_rate',
        [
          { graduates: 1, entrants: 1, transfersIn: 0, transfersOut: 0 },
          { graduates: 1, entrants: 1 },
        ],
        { method: 'net_transfers_denominator' },
      ),
    ).toThrow(/transfersIn/);
  });

  it('stops after maxIssues and says where', () => {
    const rows = Array.from({ length: 10 }, () => ({ participants: -1, enrolled: 1 }));
    try {
      aggregateIndicator('after_school_participation_rate', rows, { maxIssues: 3 });
      expect.unreachable();
    } catch (error) {
      const issues = (error as InvalidInputError).issues;
      expect(issues).toHaveLength(4);
      expect(issues[3]?.messageEn).toContain('rows from 3 on were not checked');
    }
  });

  it('rejects grouping by an input field or by a non-scalar value', () => {
    expect(() => aggregateIndicator('after_school_participation_rate', schools, { by: ['enrolled'] as never })).toThrow(
      InvalidOptionError,
    );
    expect(() =>
      aggregateIndicator('after_school_participation_rate', [{ township: { id: 1 }, participants: 1, enrolled: 1 }], {
        by: ['township'],
      }),
    ).toThrow(/township/);
  });

  it('ratio of sums: aggregating then computing equals computing the summed inputs, for any split (property)', () => {
    const row = fc
      .record({
        group: fc.constantFrom('a', 'b', 'c', 'd'),
        entrants: fc.integer({ min: 0, max: 1_000_000 }),
        graduatesShare: fc.integer({ min: 0, max: 1200 }),
        transfersIn: fc.integer({ min: 0, max: 5000 }),
        transfersOut: fc.integer({ min: 0, max: 5000 }),
      })
      .map(({ group, entrants, graduatesShare, transfersIn, transfersOut }) => ({
        group,
        entrants,
        graduates: Math.floor((entrants * graduatesShare) / 1000),
        transfersIn,
        transfersOut,
        deaths: Math.floor(entrants / 1000),
      }));
    const methods = ['raw', 'net_transfers_denominator', 'adjusted_numerator'] as const;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.constantFrom(...methods), (rows, method) => {
        const groups = aggregateIndicator('nine_year_consolidation_rate', rows, { by: ['group'], method });
        for (const group of groups) {
          const members = rows.filter((candidate) => candidate.group === group.key.group);
          const sum = (field: 'graduates' | 'entrants' | 'transfersIn' | 'transfersOut' | 'deaths') =>
            members.reduce((total, member) => total + member[field], 0);
          const direct = computeIndicator(
            'nine_year_consolidation_rate',
            {
              graduates: sum('graduates'),
              entrants: sum('entrants'),
              transfersIn: sum('transfersIn'),
              transfersOut: sum('transfersOut'),
              deaths: sum('deaths'),
            },
            { method },
          );
          expect(group.result.toJSON()).toEqual(direct.toJSON());
        }
        // The groups' parts add up to the total's parts.
        const [total] = aggregateIndicator('nine_year_consolidation_rate', rows, { method });
        const numerators = groups.reduce((sum, group) => sum + Number(group.result.numerator.toString()), 0);
        expect(total?.result.numerator.toString()).toBe(String(numerators));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps count sums exact beyond Number.MAX_SAFE_INTEGER', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const [total] = aggregateIndicator('school_consolidation', [
      { before: big, after: 1 },
      { before: big, after: 1 },
    ]);
    expect(total?.result.inputs.before?.toString()).toBe('18014398509481982');
    expect(total?.result.numerator.toString()).toBe('18014398509481980');
  });
});
