import { describe, expect, it } from 'vitest';
import { Decimal } from '../_lib/decimal';
import { InvalidInputError } from '../errors/invalid-input-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { catchError } from './_lib/test-support';
import { genderParityIndex } from './gender-parity-index';

describe('genderParityIndex', () => {
  it('95% of girls and 100% of boys: GPI 0.95, the same in both forms', () => {
    const result = genderParityIndex({ female: '95', male: '100' });
    expect(result.value?.toString()).toBe('0.95');
    expect(result.unadjusted?.toString()).toBe('0.95');
    expect(result.adjusted?.toString()).toBe('0.95');
    expect(result.form).toBe('unadjusted');
  });

  it('GPI 1.25 adjusts to 2 − 1/1.25 = 1.2', () => {
    const result = genderParityIndex({ female: '1.25', male: 1 }, { adjusted: true });
    expect(result.value?.toString()).toBe('1.2');
    expect(result.unadjusted?.toString()).toBe('1.25');
    expect(result.form).toBe('adjusted');
    expect(result.toJSON()).toEqual({
      value: '1.2',
      unadjusted: '1.25',
      adjusted: '1.2',
      form: 'adjusted',
      reason: null,
      female: '1.25',
      male: '1',
    });
  });

  it('adjusts exactly: female 104.2, male 98.7 gives 2 − 98.7/104.2', () => {
    const result = genderParityIndex({ female: '104.2', male: '98.7' }, { adjusted: true });
    // (2 · 104.2 − 98.7) / 104.2 = 109.7 / 104.2, one division
    expect(result.value?.equals(new Decimal('109.7').div('104.2'))).toBe(true);
    const twoMinusInverse = new Decimal(2).minus(new Decimal(1).div(result.unadjusted ?? 1));
    expect(result.value?.minus(twoMinusInverse).abs().lte('1e-60')).toBe(true);
    expect(result.value?.toFixed(4)).toBe('1.0528');
    expect(result.unadjusted?.toFixed(4)).toBe('1.0557');
  });

  describe('edge cases', () => {
    it('male value 0: no value, reason zero_denominator', () => {
      const result = genderParityIndex({ female: 5, male: 0 }, { adjusted: true });
      expect([result.value, result.unadjusted, result.adjusted, result.reason]).toEqual([
        null,
        null,
        null,
        'zero_denominator',
      ]);
    });

    it('female value 0: GPI 0', () => {
      expect(genderParityIndex({ female: 0, male: 3 }).value?.toString()).toBe('0');
    });

    it('negative or missing values, unknown fields and bad options are errors', () => {
      const negative = catchError(() => genderParityIndex({ female: '-1', male: 1 }));
      expect(InvalidInputError.isInstance(negative)).toBe(true);
      expect((negative as InvalidInputError).path).toEqual(['female']);
      expect((negative as InvalidInputError).messageZh).toContain('女性指标值(female)不能为负数');
      expect((negative as InvalidInputError).messageEn).toContain('female (female value) must not be negative');
      const missing = catchError(() => genderParityIndex({ female: 1 } as never));
      expect((missing as InvalidInputError).path).toEqual(['male']);
      expect((missing as InvalidInputError).messageZh).toContain('缺少必填字段');
      const unknown = catchError(() => genderParityIndex({ female: 1, male: 1, girls: 1 } as never));
      expect((unknown as InvalidInputError).path).toEqual(['girls']);
      const badOption = catchError(() => genderParityIndex({ female: 1, male: 1 }, { adjusted: 'yes' as never }));
      expect(InvalidOptionError.isInstance(badOption)).toBe(true);
      expect((badOption as InvalidOptionError).path).toEqual(['options', 'adjusted']);
    });
  });
});
