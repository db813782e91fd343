import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { inclusiveKindergartenCountShare } from './inclusive-kindergarten-count-share';

const compute = (input: { inclusiveKindergartens: number; kindergartens: number }) =>
  computeWithDefinition(inclusiveKindergartenCountShare, input);

describe('inclusive_kindergarten_count_share', () => {
  it('inclusive kindergartens ÷ kindergartens, 2 decimals', () => {
    // 61 ÷ 80 = 0.7625 → 76.25
    expect(compute({ inclusiveKindergartens: 61, kindergartens: 80 }).toJSON()).toMatchObject({
      value: '76.25',
      numerator: '61',
      denominator: '80',
    });
    // 2 ÷ 3 = 0.666… → 66.67
    expect(compute({ inclusiveKindergartens: 2, kindergartens: 3 }).formattedValue).toBe('66.67');
  });

  it('carries no threshold: the 80% of the 2020 regime is on children, not kindergartens', () => {
    expect(compute({ inclusiveKindergartens: 61, kindergartens: 80 }).thresholds).toEqual([]);
    expect(inclusiveKindergartenCountShare.source.note?.en).toContain('not the coverage');
  });

  describe('edge cases', () => {
    it('no kindergartens: no value', () => {
      expect(compute({ inclusiveKindergartens: 0, kindergartens: 0 }).reason).toBe('zero_denominator');
    });

    it('more inclusive kindergartens than kindergartens, or a fractional count, is an error', () => {
      expect(() => compute({ inclusiveKindergartens: 81, kindergartens: 80 })).toThrow(
        /inclusiveKindergartens.*cannot exceed/,
      );
      expect(() => compute({ inclusiveKindergartens: 60.5, kindergartens: 80 })).toThrow(/whole number/);
    });
  });
});
