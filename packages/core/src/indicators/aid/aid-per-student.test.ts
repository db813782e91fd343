import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../../compute/compute-indicator';
import { EdukpiError } from '../../errors/edukpi-error';

describe('aid_per_student', () => {
  it('薛城区 2021: 660.5万元 to 1.1256万 students is 586.80 元 each', () => {
    // 6 605 000 ÷ 11 256 = 586.798… → 586.80
    const result = computeIndicator('aid_per_student', { amountWan: '660.5', aided: 11256 });
    expect(result.formattedValue).toBe('586.80');
    expect(result.unit).toBe('yuan');
    expect(result.inputs.amount?.toString()).toBe('6605000');
    expect(result.toJSON().inputs).toEqual({ amount: '6605000', aided: '11256' });
  });

  it('万元 and 元 give the same exact result (云州区 2241万元)', () => {
    const inWan = computeIndicator('aid_per_student', { amountWan: 2241, aided: 6000 });
    const inYuan = computeIndicator('aid_per_student', { amount: '22410000', aided: 6000 });
    expect(inWan.numerator.toString()).toBe('22410000');
    expect(inWan.toJSON()).toEqual(inYuan.toJSON());
    expect(inWan.formattedValue).toBe('3735.00');
  });

  it('keeps decimal amounts exact: 0.1 + 0.2 style amounts do not drift', () => {
    const result = computeIndicator('aid_per_student', { amount: '0.3', aided: 3 });
    expect(result.exact?.toString()).toBe('0.1');
  });

  describe('edge cases', () => {
    it('no aided students: no value', () => {
      const result = computeIndicator('aid_per_student', { amount: 0, aided: 0 });
      expect(result.value).toBeNull();
      expect(result.reason).toBe('zero_denominator');
    });

    it('both 元 and 万元 given: an error naming both', () => {
      expect(() => computeIndicator('aid_per_student', { amount: 1, amountWan: 1, aided: 1 } as never)).toThrow(
        /amount.*amountWan/s,
      );
    });

    it('neither given: a missing-field error in both languages', () => {
      try {
        computeIndicator('aid_per_student', { aided: 1 } as never);
        expect.unreachable();
      } catch (error) {
        expect(EdukpiError.isInstance(error)).toBe(true);
        expect((error as EdukpiError).path).toEqual(['amount']);
        expect((error as EdukpiError).messageZh).toContain('缺少必填字段');
        expect((error as EdukpiError).messageEn).toContain('missing required field');
      }
    });

    it('a negative amount is an error', () => {
      expect(() => computeIndicator('aid_per_student', { amountWan: '-1', aided: 1 })).toThrow(/must not be negative/);
    });
  });
});
