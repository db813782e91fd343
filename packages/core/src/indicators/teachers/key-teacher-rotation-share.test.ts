import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { keyTeacherRotationShare } from './key-teacher-rotation-share';

describe('key_teacher_rotation_share', () => {
  it('济源: 1500 rotations with 骨干 12% is 12.00%, 8 points short of the 2017 ≥ 20%', () => {
    // 180 ÷ 1500 = 0.12 → 12.00 ; margin 12 − 20 = −8
    const result = computeWithDefinition(keyTeacherRotationShare, { keyRotated: 180, rotated: 1500 });
    expect(result.method).toBe('of_rotated');
    expect(result.formattedValue).toBe('12.00');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'quality_balance_2017', value: '20', passed: false, margin: '-8' }),
    ]);
  });

  it('of_eligible puts key teachers over the eligible pool', () => {
    // 180 ÷ 3000 = 0.06 → 6.00
    const result = computeWithDefinition(
      keyTeacherRotationShare,
      { keyRotated: 180, eligible: 3000 },
      { method: 'of_eligible' },
    );
    expect(result.method).toBe('of_eligible');
    expect(result.formattedValue).toBe('6.00');
    expect(result.denominator.toString()).toBe('3000');
  });

  it('the methods list the default first', () => {
    expect(keyTeacherRotationShare.methodNames).toEqual(['of_rotated', 'of_eligible']);
  });

  describe('edge cases', () => {
    it('exactly 20% passes, one key teacher fewer fails', () => {
      // 300 ÷ 1500 = 20% ; 299 ÷ 1500 = 19.933…%
      const at = computeWithDefinition(keyTeacherRotationShare, { keyRotated: 300, rotated: 1500 });
      expect(at.thresholds[0]?.passed).toBe(true);
      const below = computeWithDefinition(keyTeacherRotationShare, { keyRotated: 299, rotated: 1500 });
      expect(below.formattedValue).toBe('19.93');
      expect(below.thresholds[0]?.passed).toBe(false);
    });

    it('more key teachers rotated than teachers rotated is an error', () => {
      try {
        computeWithDefinition(keyTeacherRotationShare, { keyRotated: 181, rotated: 180 });
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['keyRotated']);
        expect((error as InvalidInputError).messageZh).toContain('不能大于');
      }
    });

    it('each method needs its own denominator', () => {
      expect(() => computeWithDefinition(keyTeacherRotationShare, { keyRotated: 10, eligible: 100 })).toThrow(
        /needs rotated/,
      );
      expect(() =>
        computeWithDefinition(keyTeacherRotationShare, { keyRotated: 10, rotated: 100 }, { method: 'of_eligible' }),
      ).toThrow(/needs eligible/);
    });

    it('a denominator the method ignores is flagged as unused', () => {
      const result = computeWithDefinition(keyTeacherRotationShare, { keyRotated: 18, rotated: 150, eligible: 900 });
      expect(result.formattedValue).toBe('12.00');
      expect(result.warnings.map((warning) => warning.code)).toEqual(['unused_input']);
    });

    it('nobody rotated: no value', () => {
      expect(computeWithDefinition(keyTeacherRotationShare, { keyRotated: 0, rotated: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('a fractional count is an error', () => {
      expect(() => computeWithDefinition(keyTeacherRotationShare, { keyRotated: 1.5, rotated: 10 })).toThrow(
        /keyRotated/,
      );
    });
  });
});
