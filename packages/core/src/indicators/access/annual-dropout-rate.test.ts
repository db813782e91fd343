import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { annualDropoutRate } from './annual-dropout-rate';

type Input = Parameters<
  typeof computeWithDefinition<'annual_dropout_rate', typeof annualDropoutRate.fields, 'strict' | 'netted'>
>[1];
const compute = (input: Input, method?: 'strict' | 'netted') =>
  computeWithDefinition(annualDropoutRate, input, method === undefined ? {} : { method });
const roll = {
  enrolledAtStart: 1200,
  suspended: 2,
  withdrawn: 3,
  deaths: 1,
  transfersOut: 25,
  otherDecreases: 0,
  transfersIn: 28,
  otherIncreases: 1,
};

describe('annual_dropout_rate', () => {
  describe('strict (default)', () => {
    it('dropouts ÷ enrolment at the start of the year', () => {
      // 3 ÷ 1200 = 0.0025 → 0.25
      const result = compute({ dropouts: 3, enrolledAtStart: 1200 });
      expect(result.method).toBe('strict');
      expect(result.formattedValue).toBe('0.25');
      // 1 ÷ 2400 = 0.041666…% → 0.04
      expect(compute({ dropouts: 1, enrolledAtStart: 2400 }).formattedValue).toBe('0.04');
    });

    it('the zero target (动态清零): no dropout passes, one dropout fails', () => {
      const cleared = compute({ dropouts: 0, enrolledAtStart: 1200 });
      expect(cleared.formattedValue).toBe('0.00');
      expect(cleared.thresholds).toEqual([
        expect.objectContaining({ regime: 'national_target', comparator: '<=', value: '0', passed: true }),
      ]);
      // 1 ÷ 30000 = 0.00333…% rounds to 0.00 but is not zero: it fails
      const one = compute({ dropouts: 1, enrolledAtStart: 30000 });
      expect(one.formattedValue).toBe('0.00');
      expect(one.thresholds[0]?.passed).toBe(false);
    });

    it('needs dropouts, which cannot exceed the enrolment at the start', () => {
      expect(() => compute({ enrolledAtStart: 1200 })).toThrow(/method strict needs dropouts/);
      try {
        compute({ dropouts: 1201, enrolledAtStart: 1200 });
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['dropouts']);
        expect((error as InvalidInputError).messageEn).toContain('cannot exceed');
      }
      expect(() => compute({ dropouts: 2.5, enrolledAtStart: 1200 })).toThrow(/dropouts.*whole number/);
    });

    it('no students at the start: no value', () => {
      expect(compute({ dropouts: 0, enrolledAtStart: 0 }).reason).toBe('zero_denominator');
    });
  });

  describe('netted (两基 era)', () => {
    it('(休学 + 退学 + 死亡 + 转出 + 其他减少) − (转入 + 其他增加), over the enrolment at the start', () => {
      // (2 + 3 + 1 + 25 + 0) − (28 + 1) = 2; 2 ÷ 1200 = 0.1666…% → 0.17
      const result = compute(roll, 'netted');
      expect(result.numerator.toString()).toBe('2');
      expect(result.formattedValue).toBe('0.17');
    });

    it('is negative when the roll grew, never clamped, and says why', () => {
      // 31 − (40 + 1) = −10; −10 ÷ 1200 = −0.8333…% → −0.83
      const result = compute({ ...roll, transfersIn: 40 }, 'netted');
      expect(result.formattedValue).toBe('-0.83');
      expect(result.warnings).toEqual([
        expect.objectContaining({ code: 'negative_value', message: annualDropoutRate.negativeMeaning }),
      ]);
      // ≤ 0 passes the zero target under netted: the threshold note says this is weaker
      expect(result.thresholds[0]?.passed).toBe(true);
    });

    it('needs all seven counts', () => {
      const { otherIncreases: _left, ...withoutOne } = roll;
      expect(() => compute(withoutOne, 'netted')).toThrow(/otherIncreases/);
    });

    it('warns when dropouts are given but not used', () => {
      const result = compute({ ...roll, dropouts: 4 }, 'netted');
      expect(result.warnings.map((warning) => warning.code)).toEqual(['unused_input']);
    });
  });

  it('a county is the ratio of its schools’ sums', () => {
    const [county] = aggregateWithDefinition(annualDropoutRate, [
      { dropouts: 1, enrolledAtStart: 400 },
      { dropouts: 0, enrolledAtStart: 1600 },
    ]);
    // 1 ÷ 2000 = 0.05
    expect(county?.result.formattedValue).toBe('0.05');
  });
});
