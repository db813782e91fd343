import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { publicKindergartenEnrolmentShare } from './public-kindergarten-enrolment-share';

const compute = (input: { publicChildren: number; children: number }) =>
  computeWithDefinition(publicKindergartenEnrolmentShare, input);

describe('public_kindergarten_enrolment_share', () => {
  it('东胜区 2022: 57.17% of children in public kindergartens, above the 50% threshold', () => {
    // 11434 ÷ 20000 = 0.5717 → 57.17 (counts illustrative, rate published)
    const result = compute({ publicChildren: 11434, children: 20000 });
    expect(result.formattedValue).toBe('57.17');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'preschool_universal_2020', comparator: '>=', value: '50', passed: true }),
    ]);
  });

  it('boundary: exactly 50% passes, one child fewer fails', () => {
    expect(compute({ publicChildren: 500, children: 1000 }).thresholds[0]?.passed).toBe(true);
    const below = compute({ publicChildren: 499, children: 1000 });
    expect(below.formattedValue).toBe('49.90');
    expect(below.thresholds[0]?.passed).toBe(false);
  });

  describe('edge cases', () => {
    it('no children: no value', () => {
      expect(compute({ publicChildren: 0, children: 0 }).reason).toBe('zero_denominator');
    });

    it('more public children than children, or a fractional count, is an error', () => {
      expect(() => compute({ publicChildren: 1001, children: 1000 })).toThrow(/publicChildren.*cannot exceed/);
      expect(() => compute({ publicChildren: 1, children: 1000.5 })).toThrow(/whole number/);
    });
  });
});
