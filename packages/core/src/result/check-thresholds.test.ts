import { describe, expect, it } from 'vitest';
import { computeIndicator } from '../compute/compute-indicator';
import { checkThresholds } from './check-thresholds';
import { IndicatorResult } from './indicator-result';

describe('checkThresholds', () => {
  it('checks a result against a province override without recomputing', () => {
    const result = computeIndicator('junior_three_year_consolidation_rate', { graduates: 1880, entrants: 1960 });
    const [check] = checkThresholds(result, [{ regime: 'henan_2023', comparator: '>=', value: 96 }]);
    expect(check).toMatchObject({ regime: 'henan_2023', value: '96', passed: false });
    expect(check?.margin?.startsWith('-0.0816326530612244897959183673469387755')).toBe(true);
  });

  it('is exact at the boundary, also after a JSON round trip', () => {
    // 1 ÷ 3 = 33.333…%: never equal to 33.333333, always above it
    const result = IndicatorResult.fromJson(
      JSON.parse(JSON.stringify(computeIndicator('after_school_participation_rate', { participants: 1, enrolled: 3 }))),
    );
    const checks = checkThresholds(result, [
      { regime: 'x', comparator: '>', value: '33.333333333333333333333333333333333333333333333333333333333333333' },
      { regime: 'y', comparator: '<=', value: '33.34' },
    ]);
    expect(checks.map((check) => check.passed)).toEqual([true, true]);
  });

  it('gives null for a result with no value', () => {
    const result = computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 });
    expect(checkThresholds(result, [{ regime: 'national_target', comparator: '>=', value: 100 }])[0]).toMatchObject({
      passed: null,
      margin: null,
    });
  });

  it('rejects a malformed threshold', () => {
    const result = computeIndicator('change', { previous: 1, current: 2 });
    expect(() => checkThresholds(result, [{ regime: 'x', comparator: '≥' as never, value: 1 }])).toThrow(/comparator/);
  });
});
