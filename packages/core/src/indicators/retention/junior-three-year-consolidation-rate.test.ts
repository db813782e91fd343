import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../../compute/compute-indicator';

describe('junior_three_year_consolidation_rate', () => {
  it('grade-9 graduates ÷ grade-7 intake, checked against ≥ 95% (2017)', () => {
    // 1880 ÷ 1960 = 0.959183… → 95.92
    const result = computeIndicator('junior_three_year_consolidation_rate', { graduates: 1880, entrants: 1960 });
    expect(result.formattedValue).toBe('95.92');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'quality_balance_2017', comparator: '>=', value: '95', passed: true }),
    ]);
  });

  it('has the same three variants as the nine-year rate', () => {
    const input = { graduates: 950, entrants: 1000, transfersIn: 30, transfersOut: 10, deaths: 1 };
    // raw 950/1000; net 950/1020 = 93.137…; adjusted (950 − 30 + 10)/(1000 − 1) = 930/999 = 93.093…
    expect(computeIndicator('junior_three_year_consolidation_rate', input).formattedValue).toBe('95.00');
    expect(
      computeIndicator('junior_three_year_consolidation_rate', input, { method: 'net_transfers_denominator' })
        .formattedValue,
    ).toBe('93.14');
    expect(
      computeIndicator('junior_three_year_consolidation_rate', input, { method: 'adjusted_numerator' }).formattedValue,
    ).toBe('93.09');
  });

  describe('boundaries of the 95% threshold', () => {
    it('exactly 95% passes', () => {
      const result = computeIndicator('junior_three_year_consolidation_rate', { graduates: 95, entrants: 100 });
      expect(result.thresholds[0]?.passed).toBe(true);
      expect(result.thresholds[0]?.margin).toBe('0');
    });

    it('94.996% rounds to 95.00 but fails: thresholds compare the exact value', () => {
      // 23749 ÷ 25000 = 0.94996
      const result = computeIndicator('junior_three_year_consolidation_rate', { graduates: 23749, entrants: 25000 });
      expect(result.formattedValue).toBe('95.00');
      expect(result.thresholds[0]?.passed).toBe(false);
      expect(result.thresholds[0]?.margin).toBe('-0.004');
    });

    it('no value: the threshold is neither passed nor failed', () => {
      const result = computeIndicator('junior_three_year_consolidation_rate', { graduates: 0, entrants: 0 });
      expect(result.thresholds[0]).toMatchObject({ passed: null, margin: null });
    });
  });

  describe('thresholds as data', () => {
    it('a province override replaces the built-in threshold of the same regime', () => {
      const result = computeIndicator(
        'junior_three_year_consolidation_rate',
        { graduates: 1880, entrants: 1960 },
        { thresholds: [{ regime: 'quality_balance_2017', comparator: '>=', value: 96 }] },
      );
      expect(result.thresholds).toHaveLength(1);
      expect(result.thresholds[0]).toMatchObject({ value: '96', passed: false });
    });

    it('a custom regime is added, and regimes filters which are checked', () => {
      const options = { thresholds: [{ regime: 'henan_2023', comparator: '>=', value: '97' }] } as const;
      const both = computeIndicator('junior_three_year_consolidation_rate', { graduates: 98, entrants: 100 }, options);
      expect(both.thresholds.map((threshold) => [threshold.regime, threshold.passed])).toEqual([
        ['quality_balance_2017', true],
        ['henan_2023', true],
      ]);
      const filtered = computeIndicator(
        'junior_three_year_consolidation_rate',
        { graduates: 98, entrants: 100 },
        { ...options, regimes: ['henan_2023'] },
      );
      expect(filtered.thresholds.map((threshold) => threshold.regime)).toEqual(['henan_2023']);
    });
  });
});
