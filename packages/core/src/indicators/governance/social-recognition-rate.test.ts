import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { socialRecognitionRate } from './social-recognition-rate';

const compute = (input: { satisfied: number; validResponses: number }, regimes?: string[]) =>
  computeWithDefinition(socialRecognitionRate, input, regimes === undefined ? {} : { regimes });

describe('social_recognition_rate', () => {
  it('satisfied ÷ valid responses, 2 decimals, against 85% in three regimes', () => {
    // 4412 ÷ 4670 = 0.944753… → 94.48
    const result = compute({ satisfied: 4412, validResponses: 4670 });
    expect(result.formattedValue).toBe('94.48');
    expect(result.thresholds.map((check) => [check.regime, check.comparator, check.value, check.passed])).toEqual([
      ['quality_balance_2017', '>=', '85', true],
      ['basic_balance_2012', '>=', '85', true],
      ['preschool_universal_2020', '>=', '85', true],
    ]);
  });

  it('the 2017 threshold is marked as a veto item', () => {
    const [check] = compute({ satisfied: 4412, validResponses: 4670 }, ['quality_balance_2017']).thresholds;
    expect(check?.note?.zh).toContain('一票否决');
    expect(check?.note?.en).toContain('veto');
  });

  it('boundary: exactly 85% passes, just below fails, compared unrounded', () => {
    expect(compute({ satisfied: 850, validResponses: 1000 }).thresholds.every((check) => check.passed)).toBe(true);
    // 8499 ÷ 10000 = 84.99%; and 84.996% rounds to 85.00 but still fails
    expect(compute({ satisfied: 8499, validResponses: 10000 }).thresholds[0]?.passed).toBe(false);
    const nearly = compute({ satisfied: 21249, validResponses: 25000 });
    expect(nearly.formattedValue).toBe('85.00');
    expect(nearly.thresholds.map((check) => check.passed)).toEqual([false, false, false]);
  });

  describe('edge cases', () => {
    it('no valid responses: no value, thresholds unchecked', () => {
      const result = compute({ satisfied: 0, validResponses: 0 });
      expect(result.reason).toBe('zero_denominator');
      expect(result.thresholds.map((check) => check.passed)).toEqual([null, null, null]);
    });

    it('more satisfied than valid responses, or a fractional count, is an error', () => {
      expect(() => compute({ satisfied: 101, validResponses: 100 })).toThrow(/satisfied.*cannot exceed/);
      expect(() => compute({ satisfied: 85.5, validResponses: 100 })).toThrow(/whole number/);
    });
  });
});
