import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { safetySystemComplianceRate } from './safety-system-compliance-rate';

const compute = (input: { schoolsMeeting: number; schools: number }) =>
  computeWithDefinition(safetySystemComplianceRate, input);

describe('safety_system_compliance_rate', () => {
  it('schools meeting the standard ÷ schools, 2 decimals, no built-in threshold', () => {
    // 118 ÷ 120 = 0.983333… → 98.33
    const result = compute({ schoolsMeeting: 118, schools: 120 });
    expect(result.formattedValue).toBe('98.33');
    expect(result.thresholds).toEqual([]);
  });

  it('checks a local 100% target given as an option', () => {
    const target = { regime: 'county_work_target', comparator: '>=', value: '100' } as const;
    const result = computeWithDefinition(
      safetySystemComplianceRate,
      { schoolsMeeting: 118, schools: 120 },
      { thresholds: [target] },
    );
    expect(result.thresholds[0]).toMatchObject({ regime: 'county_work_target', passed: false });
  });

  describe('edge cases', () => {
    it('no schools: no value', () => {
      expect(compute({ schoolsMeeting: 0, schools: 0 }).reason).toBe('zero_denominator');
    });

    it('more schools meeting than schools, or a fractional count, is an error', () => {
      expect(() => compute({ schoolsMeeting: 121, schools: 120 })).toThrow(/schoolsMeeting.*cannot exceed/);
      expect(() => compute({ schoolsMeeting: 0.5, schools: 120 })).toThrow(/whole number/);
    });
  });
});
