import { describe, expect, it } from 'vitest';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { multimediaClassroomCoverage } from './multimedia-classroom-coverage';

const compute = (input: { classroomsEquipped: number; classrooms: number }) =>
  computeWithDefinition(multimediaClassroomCoverage, input);

describe('multimedia_classroom_coverage', () => {
  it('equipped classrooms ÷ classrooms, 2 decimals', () => {
    // 1183 ÷ 1216 = 0.972861… → 97.29
    expect(compute({ classroomsEquipped: 1183, classrooms: 1216 }).formattedValue).toBe('97.29');
    // 1 ÷ 8 = 0.125 → 12.50
    expect(compute({ classroomsEquipped: 1, classrooms: 8 }).formattedValue).toBe('12.50');
  });

  describe('edge cases', () => {
    it('no classrooms: no value', () => {
      expect(compute({ classroomsEquipped: 0, classrooms: 0 }).reason).toBe('zero_denominator');
    });

    it('more equipped than classrooms, or a negative count, is an error', () => {
      expect(() => compute({ classroomsEquipped: 1217, classrooms: 1216 })).toThrow(
        /classroomsEquipped.*cannot exceed/,
      );
      expect(() => compute({ classroomsEquipped: -1, classrooms: 1216 })).toThrow(/negative/);
    });
  });
});
