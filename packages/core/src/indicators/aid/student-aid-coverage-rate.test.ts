import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../../compute/compute-indicator';

describe('student_aid_coverage_rate', () => {
  it('aided ÷ eligible, checked against the 100% target (应助尽助)', () => {
    const full = computeIndicator('student_aid_coverage_rate', { aided: 11256, eligible: 11256 });
    expect(full.formattedValue).toBe('100.00');
    expect(full.thresholds[0]).toMatchObject({ regime: 'national_target', value: '100', passed: true });

    // 997 ÷ 1000 = 99.70%: short of the target
    const short = computeIndicator('student_aid_coverage_rate', { aided: 997, eligible: 1000 });
    expect(short.formattedValue).toBe('99.70');
    expect(short.thresholds[0]?.passed).toBe(false);
  });

  describe('edge cases', () => {
    it('above 100% when students not identified are aided: kept, with a warning', () => {
      const result = computeIndicator('student_aid_coverage_rate', { aided: 1030, eligible: 1000 });
      expect(result.formattedValue).toBe('103.00');
      expect(result.warnings[0]).toMatchObject({ code: 'above_100_percent' });
      expect(result.warnings[0]?.message.en).toContain('not identified');
    });

    it('no eligible students: no value', () => {
      expect(computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 }).reason).toBe('zero_denominator');
    });
  });
});
