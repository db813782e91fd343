import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { juniorGrossEnrolmentRatio } from './junior-gross-enrolment-ratio';

const compute = (input: { enrolled: number; population: number }) =>
  computeWithDefinition(juniorGrossEnrolmentRatio, input);

describe('junior_gross_enrolment_ratio', () => {
  it('2012 national figure 102.1%: above 100% is real and warned about', () => {
    // 47630600 ÷ 46650000 = 1.021020… → 102.1
    const result = compute({ enrolled: 47630600, population: 46650000 });
    expect(result.formattedValue).toBe('102.1');
    expect(result.warnings).toEqual([expect.objectContaining({ code: 'above_100_percent' })]);
    expect(result.warnings[0]?.message.zh).toContain('102.1%');
    expect(result.thresholds).toEqual([]);
  });

  it('below 100%: no warning, 1 decimal, half up', () => {
    // 9345 ÷ 10000 = 93.45% → 93.5
    const result = compute({ enrolled: 9345, population: 10000 });
    expect(result.formattedValue).toBe('93.5');
    expect(result.warnings).toEqual([]);
  });

  it('no population aged 12–14: no value', () => {
    expect(compute({ enrolled: 5, population: 0 }).reason).toBe('zero_denominator');
  });

  it('rejects fractional and negative counts', () => {
    expect(() => compute({ enrolled: 1.5, population: 10 })).toThrow(/enrolled/);
    expect(() => compute({ enrolled: 1, population: -10 })).toThrow(/population/);
  });
});
