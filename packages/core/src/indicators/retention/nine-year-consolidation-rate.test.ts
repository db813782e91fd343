import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../../compute/compute-indicator';
import { InvalidInputError } from '../../errors/invalid-input-error';

const cohort = { graduates: 2568, entrants: 2500, transfersIn: 140, transfersOut: 60, deaths: 4 };

describe('nine_year_consolidation_rate', () => {
  it('raw: graduates ÷ entrants, 2 decimals (济源 102.72%)', () => {
    const result = computeIndicator('nine_year_consolidation_rate', { graduates: 2568, entrants: 2500 });
    expect(result.toJSON()).toMatchObject({
      id: 'nine_year_consolidation_rate',
      method: 'raw',
      value: '102.72',
      exact: '102.72',
      numerator: '2568',
      denominator: '2500',
      unit: 'percent',
      decimals: 2,
      reason: null,
    });
  });

  it('raw above 100% is kept, with a warning that says why', () => {
    const result = computeIndicator('nine_year_consolidation_rate', { graduates: 2568, entrants: 2500 });
    expect(result.warnings.map((warning) => warning.code)).toEqual(['above_100_percent']);
    expect(result.warnings[0]?.message.zh).toContain('转入');
    expect(result.warnings[0]?.message.en).toContain('transfers in');
  });

  it('net_transfers_denominator: graduates ÷ (entrants + in − out)', () => {
    // 2568 ÷ (2500 + 140 − 60) = 2568 ÷ 2580 = 0.995348… → 99.53
    const result = computeIndicator('nine_year_consolidation_rate', cohort, { method: 'net_transfers_denominator' });
    expect(result.formattedValue).toBe('99.53');
    expect(result.denominator.toString()).toBe('2580');
    expect(result.warnings.map((warning) => warning.code)).toEqual(['unused_input']);
  });

  it('adjusted_numerator: (graduates − in + out) ÷ (entrants − deaths)', () => {
    // (2568 − 140 + 60) ÷ (2500 − 4) = 2488 ÷ 2496 = 0.996794… → 99.68
    const result = computeIndicator('nine_year_consolidation_rate', cohort, { method: 'adjusted_numerator' });
    expect(result.formattedValue).toBe('99.68');
    expect(result.numerator.toString()).toBe('2488');
    expect(result.denominator.toString()).toBe('2496');
    expect(result.warnings).toEqual([]);
  });

  it('warns when transfers are given but the raw method ignores them', () => {
    const result = computeIndicator('nine_year_consolidation_rate', cohort);
    const unused = result.warnings.find((warning) => warning.code === 'unused_input');
    expect(unused?.message.en).toContain('transfersIn, transfersOut, deaths');
    expect(unused?.message.en).toContain('net_transfers_denominator');
  });

  describe('edge cases', () => {
    it('zero entrants: no value, reason zero_denominator', () => {
      const result = computeIndicator('nine_year_consolidation_rate', { graduates: 0, entrants: 0 });
      expect(result.value).toBeNull();
      expect(result.exact).toBeNull();
      expect(result.reason).toBe('zero_denominator');
      expect(result.toJSON()).toMatchObject({ value: null, exact: null, reason: 'zero_denominator' });
    });

    it('0 ÷ 0 as 100% only under the explicit zeroOverZero: full policy', () => {
      const result = computeIndicator(
        'nine_year_consolidation_rate',
        { graduates: 0, entrants: 0 },
        { zeroOverZero: 'full' },
      );
      expect(result.formattedValue).toBe('100.00');
      expect(result.warnings.map((warning) => warning.code)).toEqual(['zero_over_zero_policy']);
      // 5 ÷ 0 stays undefined even under the policy.
      expect(
        computeIndicator('nine_year_consolidation_rate', { graduates: 5, entrants: 0 }, { zeroOverZero: 'full' })
          .reason,
      ).toBe('zero_denominator');
    });

    it('more transfers out than entrants plus in: no value, reason negative_denominator', () => {
      const result = computeIndicator(
        'nine_year_consolidation_rate',
        { graduates: 10, entrants: 20, transfersIn: 0, transfersOut: 25 },
        { method: 'net_transfers_denominator' },
      );
      expect(result.value).toBeNull();
      expect(result.reason).toBe('negative_denominator');
    });

    it('a negative adjusted numerator is kept, with a warning', () => {
      const result = computeIndicator(
        'nine_year_consolidation_rate',
        { graduates: 10, entrants: 100, transfersIn: 30, transfersOut: 5, deaths: 0 },
        { method: 'adjusted_numerator' },
      );
      expect(result.formattedValue).toBe('-15.00');
      expect(result.warnings.map((warning) => warning.code)).toEqual(['negative_value']);
    });

    it('deaths cannot exceed entrants', () => {
      expect(() =>
        computeIndicator('nine_year_consolidation_rate', {
          graduates: 1,
          entrants: 2,
          transfersIn: 0,
          transfersOut: 0,
          deaths: 3,
        }),
      ).toThrow(/deaths/);
    });

    it('the netted methods require the transfer fields, naming each', () => {
      try {
        computeIndicator(
          'nine_year_consolidation_rate',
          { graduates: 1, entrants: 2 },
          { method: 'adjusted_numerator' },
        );
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        const issues = (error as InvalidInputError).issues;
        expect(issues.map((issue) => issue.path)).toEqual([['transfersIn'], ['transfersOut'], ['deaths']]);
        expect(issues[0]?.messageZh).toContain('转入');
      }
    });
  });
});
