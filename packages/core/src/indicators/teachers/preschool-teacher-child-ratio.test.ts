import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { preschoolTeacherChildRatio } from './preschool-teacher-child-ratio';

describe('preschool_teacher_child_ratio', () => {
  it('2022 公报: 4627.55万 children over 324.42万 teachers is 1:14.26, within ≤ 15', () => {
    // 46 275 500 ÷ 3 244 200 = 14.26407… → 14.26
    const result = computeWithDefinition(preschoolTeacherChildRatio, { children: 46275500, teachers: 3244200 });
    expect(result.formattedValue).toBe('14.26');
    expect(result.unit).toBe('one_to_ratio');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'preschool_universal_2020', comparator: '<=', value: '15', passed: true }),
    ]);
  });

  describe('edge cases', () => {
    it('15 children per teacher passes; one child more fails', () => {
      // 450 ÷ 30 = 15 ; 451 ÷ 30 = 15.0333…
      expect(
        computeWithDefinition(preschoolTeacherChildRatio, { children: 450, teachers: 30 }).thresholds[0],
      ).toMatchObject({ passed: true, margin: '0' });
      const over = computeWithDefinition(preschoolTeacherChildRatio, { children: 451, teachers: 30 });
      expect(over.formattedValue).toBe('15.03');
      expect(over.thresholds[0]?.passed).toBe(false);
    });

    it('no teachers: no value', () => {
      expect(computeWithDefinition(preschoolTeacherChildRatio, { children: 20, teachers: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('a fractional count is an error', () => {
      expect(() => computeWithDefinition(preschoolTeacherChildRatio, { children: 20.5, teachers: 2 })).toThrow(
        /children/,
      );
    });
  });
});
