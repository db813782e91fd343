import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { teacherPayParityRatio } from './teacher-pay-parity-ratio';

describe('teacher_pay_parity_ratio', () => {
  it('10.2万元 over 98 000 元 is 1.04, meeting the 2017 ≥ 1', () => {
    // 102 000 ÷ 98 000 = 1.040816… → 1.04
    const result = computeWithDefinition(teacherPayParityRatio, {
      teacherAveragePayWan: '10.2',
      civilServantAveragePay: 98000,
    });
    expect(result.formattedValue).toBe('1.04');
    expect(result.unit).toBe('ratio');
    expect(result.toJSON().inputs).toEqual({ teacherAveragePay: '102000', civilServantAveragePay: '98000' });
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'quality_balance_2017', comparator: '>=', value: '1', passed: true }),
    ]);
  });

  it('元 and 万元 give the same exact result, for either input', () => {
    const inYuan = computeWithDefinition(teacherPayParityRatio, {
      teacherAveragePay: '87654.32',
      civilServantAveragePay: 90000,
    });
    const inWan = computeWithDefinition(teacherPayParityRatio, {
      teacherAveragePayWan: '8.765432',
      civilServantAveragePayWan: 9,
    });
    expect(inWan.toJSON()).toEqual(inYuan.toJSON());
    // 87 654.32 ÷ 90 000 = 0.973936… → 0.97
    expect(inYuan.formattedValue).toBe('0.97');
    expect(inYuan.thresholds[0]?.passed).toBe(false);
  });

  describe('edge cases', () => {
    it('equal pay is exactly 1 and passes', () => {
      const result = computeWithDefinition(teacherPayParityRatio, {
        teacherAveragePay: 96000,
        civilServantAveragePay: 96000,
      });
      expect(result.formattedValue).toBe('1.00');
      expect(result.thresholds[0]).toMatchObject({ passed: true, margin: '0' });
    });

    it('0.995 prints as 1.00 (half up) but fails: the check uses the exact ratio', () => {
      // 99 500 ÷ 100 000 = 0.995
      const result = computeWithDefinition(teacherPayParityRatio, {
        teacherAveragePay: 99500,
        civilServantAveragePay: 100000,
      });
      expect(result.formattedValue).toBe('1.00');
      expect(result.thresholds[0]).toMatchObject({ passed: false, margin: '-0.005' });
    });

    it("civil servants' average pay of 0: no value", () => {
      expect(
        computeWithDefinition(teacherPayParityRatio, { teacherAveragePay: 1, civilServantAveragePay: 0 }).reason,
      ).toBe('zero_denominator');
    });

    it('an amount in both 元 and 万元 is an error', () => {
      expect(() =>
        computeWithDefinition(teacherPayParityRatio, {
          teacherAveragePay: 100000,
          teacherAveragePayWan: 10,
          civilServantAveragePay: 90000,
        } as never),
      ).toThrow(/teacherAveragePay.*teacherAveragePayWan/s);
    });

    it('a missing or negative amount is an error', () => {
      try {
        computeWithDefinition(teacherPayParityRatio, { teacherAveragePay: 100000 } as never);
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['civilServantAveragePay']);
      }
      expect(() =>
        computeWithDefinition(teacherPayParityRatio, { teacherAveragePay: '-1', civilServantAveragePay: 90000 }),
      ).toThrow(/must not be negative/);
    });
  });
});
