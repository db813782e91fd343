import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { coefficientOfVariation } from './coefficient-of-variation';
import { compositeCoefficientOfVariation } from './composite-coefficient-of-variation';
import { genderParityIndex } from './gender-parity-index';
import { giniCoefficient } from './gini-coefficient';
import { mcLooneIndex } from './mcloone-index';
import { theilIndex } from './theil-index';

const schools = [
  { id: 'A', students: 100, value: 4 },
  { id: 'B', students: 200, value: 5 },
  { id: 'C', students: 700, value: 6 },
];

describe('coefficient_of_variation', () => {
  it('is S ÷ X̄, enrolment-weighted, with both stages’ 2017 thresholds', () => {
    // X̄ = (400 + 1000 + 4200) ÷ 1000 = 5.6
    // S² = 0.1 × 2.56 + 0.2 × 0.36 + 0.7 × 0.16 = 0.44; CV = √0.44 ÷ 5.6 = 0.118450…
    const result = computeWithDefinition(coefficientOfVariation, { schools });
    expect(result.denominator.toString()).toBe('5.6');
    expect(result.numerator.pow(2).toDecimalPlaces(40).toString()).toBe('0.44');
    expect(result.formattedValue).toBe('0.118');
    expect(result.thresholds.map((threshold) => [threshold.stage, threshold.value, threshold.passed])).toEqual([
      ['primary', '0.5', true],
      ['junior', '0.45', true],
    ]);
    expect(computeWithDefinition(coefficientOfVariation, { schools }, { stage: 'junior' }).thresholds).toHaveLength(1);
  });

  it('gives the same CV from resource totals as from per-student values', () => {
    const totals = schools.map(({ id, students, value }) => ({ id, students, total: students * value * 37 }));
    expect(computeWithDefinition(coefficientOfVariation, { schools: totals }).exact?.toString()).toBe(
      computeWithDefinition(coefficientOfVariation, { schools }).exact?.toString(),
    );
  });

  it('a single school gives 0; no school, or X̄ = 0, gives no value', () => {
    expect(
      computeWithDefinition(coefficientOfVariation, { schools: [{ students: 10, value: 3 }] }).formattedValue,
    ).toBe('0.000');
    expect(computeWithDefinition(coefficientOfVariation, { schools: [] }).reason).toBe('zero_denominator');
    expect(
      computeWithDefinition(coefficientOfVariation, {
        schools: [
          { students: 10, value: 0 },
          { students: 5, value: 0 },
        ],
      }).reason,
    ).toBe('zero_denominator');
  });

  it('aggregation concatenates the schools of each county', () => {
    const groups = aggregateWithDefinition(
      coefficientOfVariation,
      [
        { county: '甲县', schools: schools.slice(0, 2) },
        { county: '乙县', schools: [schools[2]!] },
        { county: '甲县', schools: [schools[2]!] },
      ],
      { by: ['county'] },
    );
    expect(groups.map((group) => [group.key.county, group.result.formattedValue])).toEqual([
      ['甲县', '0.118'],
      ['乙县', '0.000'],
    ]);
  });

  it('names the school and field of a bad entry, in both languages', () => {
    try {
      computeWithDefinition(coefficientOfVariation, { schools: [{ students: 1.5, value: 1 }] });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['schools', 0, 'students']);
      expect((error as InvalidInputError).messageZh).toContain('在校学生数');
      expect((error as InvalidInputError).messageEn).toContain('whole number');
    }
  });
});

describe('composite_coefficient_of_variation', () => {
  it('is the mean of unrounded CVs, against 0.65 / 0.55 (2012)', () => {
    // eight CVs of 0.6504: rounded to 0.650 they would pass ≤ 0.65; unrounded they fail
    const result = computeWithDefinition(compositeCoefficientOfVariation, { coefficients: Array(8).fill('0.6504') });
    expect(result.formattedValue).toBe('0.650');
    expect(result.thresholds.find((threshold) => threshold.stage === 'primary')?.passed).toBe(false);
  });
});

describe('gini_coefficient, theil_index, mcloone_index', () => {
  it('give the hand-worked values of the same three schools', () => {
    // Gini: Σ PᵢPⱼ|Xᵢ − Xⱼ| = 2(100·200·1 + 100·700·2 + 200·700·1) = 600 000; ÷ (2 · 1000² · 5.6) = 3/56
    const gini = computeWithDefinition(giniCoefficient, { schools });
    expect(gini.exact?.toString().startsWith('0.05357142857142857142857')).toBe(true);
    expect(gini.formattedValue).toBe('0.054');
    // McLoone: median 6, everyone at or below it: 5600 ÷ (6 × 1000) = 0.9333…
    expect(computeWithDefinition(mcLooneIndex, { schools }).formattedValue).toBe('0.933');
    // Theil: Σ (Pᵢ/ΣP)(Xᵢ/X̄) ln(Xᵢ/X̄) = 0.007473…
    expect(computeWithDefinition(theilIndex, { schools }).exact?.toString().startsWith('0.0074736571945')).toBe(true);
  });

  it('equal schools give 0 (Gini, Theil) and 1 (McLoone)', () => {
    const equal = [
      { students: 10, value: 7 },
      { students: 90, value: 7 },
    ];
    expect(computeWithDefinition(giniCoefficient, { schools: equal }).formattedValue).toBe('0.000');
    expect(computeWithDefinition(theilIndex, { schools: equal }).formattedValue).toBe('0.000');
    expect(computeWithDefinition(mcLooneIndex, { schools: equal }).formattedValue).toBe('1.000');
  });

  it('have no value without schools', () => {
    expect(computeWithDefinition(giniCoefficient, { schools: [] }).reason).toBe('zero_denominator');
  });
});

describe('gender_parity_index', () => {
  it('female ÷ male, and the UIS adjusted form above 1', () => {
    expect(computeWithDefinition(genderParityIndex, { female: '95.2', male: '100.2' }).formattedValue).toBe('0.95');
    // 125 ÷ 100 = 1.25 → 2 − 1/1.25 = 1.2
    const adjusted = computeWithDefinition(genderParityIndex, { female: 125, male: 100 }, { method: 'adjusted' });
    expect(adjusted.exact?.toString()).toBe('1.2');
    // below 1 the adjusted form is the plain ratio
    expect(
      computeWithDefinition(genderParityIndex, { female: 80, male: 100 }, { method: 'adjusted' }).exact?.toString(),
    ).toBe('0.8');
    expect(computeWithDefinition(genderParityIndex, { female: 1, male: 0 }).reason).toBe('zero_denominator');
  });

  it('thresholds compare the adjusted value itself', () => {
    const result = computeWithDefinition(
      genderParityIndex,
      { female: 125, male: 100 },
      { method: 'adjusted', thresholds: [{ regime: 'parity', comparator: '<=', value: '1.03' }] },
    );
    expect(result.thresholds[0]?.passed).toBe(false);
    expect(result.thresholds[0]?.margin).toBe('0.17');
  });
});
