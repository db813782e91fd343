import { describe, expect, it } from 'vitest';
import { Decimal } from '../../_lib/decimal';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { equipmentValuePerStudent } from './equipment-value-per-student';

describe('equipment_value_per_student', () => {
  it('240万元 for 1200 students is 2000.00 元, in 元 whatever unit the value came in', () => {
    // 2 400 000 ÷ 1200 = 2000
    const inWan = computeWithDefinition(equipmentValuePerStudent, { equipmentValueWan: 240, students: 1200 });
    expect(inWan.formattedValue).toBe('2000.00');
    expect(inWan.unit).toBe('yuan');
    expect(inWan.toJSON().inputs).toEqual({ equipmentValue: '2400000', students: '1200' });
    const inYuan = computeWithDefinition(equipmentValuePerStudent, { equipmentValue: '2400000', students: 1200 });
    expect(inYuan.toJSON()).toEqual(inWan.toJSON());
  });

  it('a junior school is checked against ≥ 2500', () => {
    // 372.6万元 ÷ 1380 = 2700
    const result = computeWithDefinition(
      equipmentValuePerStudent,
      { equipmentValueWan: '372.6', students: 1380 },
      { stage: 'junior' },
    );
    expect(result.formattedValue).toBe('2700.00');
    expect(result.thresholds).toEqual([
      expect.objectContaining({ regime: 'quality_balance_2017', stage: 'junior', value: '2500', passed: true }),
    ]);
  });

  describe('edge cases (spec boundary)', () => {
    const primary = { stage: 'primary' } as const;

    it('2000 元 passes the primary threshold; 1999.99 元 fails', () => {
      const at = computeWithDefinition(equipmentValuePerStudent, { equipmentValue: 2400000, students: 1200 }, primary);
      expect(at.thresholds[0]).toMatchObject({ value: '2000', passed: true, margin: '0' });
      // 2 399 988 ÷ 1200 = 1999.99
      const below = computeWithDefinition(
        equipmentValuePerStudent,
        { equipmentValue: 2399988, students: 1200 },
        primary,
      );
      expect(below.formattedValue).toBe('1999.99');
      expect(below.thresholds[0]).toMatchObject({ passed: false, margin: '-0.01' });
    });

    it("options.stage: 'primary' leaves out the junior threshold", () => {
      const result = computeWithDefinition(
        equipmentValuePerStudent,
        { equipmentValueWan: 240, students: 1200 },
        primary,
      );
      expect(result.thresholds.map((check) => check.stage)).toEqual(['primary']);
      const both = computeWithDefinition(equipmentValuePerStudent, { equipmentValueWan: 240, students: 1200 });
      expect(both.thresholds.map((check) => [check.stage, check.passed])).toEqual([
        ['primary', true],
        ['junior', false],
      ]);
    });

    it('1700 元 is exactly 0.85 × 2000: below the standard here (the 85% floor is the balance rule)', () => {
      // 204万元 ÷ 1200 = 1700 = 0.85 × 2000
      const result = computeWithDefinition(
        equipmentValuePerStudent,
        { equipmentValueWan: 204, students: 1200 },
        primary,
      );
      expect(result.formattedValue).toBe('1700.00');
      expect(result.exact?.div(2000).equals(new Decimal('0.85'))).toBe(true);
      expect(result.thresholds[0]).toMatchObject({ passed: false, margin: '-300' });
    });

    it('a value just under 2000 that prints as 2000.00 still fails', () => {
      // 2 399 994 ÷ 1200 = 1999.995 → 2000.00 (half up), below 2000
      const result = computeWithDefinition(
        equipmentValuePerStudent,
        { equipmentValue: 2399994, students: 1200 },
        primary,
      );
      expect(result.formattedValue).toBe('2000.00');
      expect(result.thresholds[0]?.passed).toBe(false);
    });

    it('no students: no value', () => {
      expect(computeWithDefinition(equipmentValuePerStudent, { equipmentValueWan: 1, students: 0 }).reason).toBe(
        'zero_denominator',
      );
    });

    it('the value in both 元 and 万元, or in neither, is an error', () => {
      expect(() =>
        computeWithDefinition(equipmentValuePerStudent, {
          equipmentValue: 2400000,
          equipmentValueWan: 240,
          students: 1200,
        } as never),
      ).toThrow(/equipmentValue.*equipmentValueWan/s);
      try {
        computeWithDefinition(equipmentValuePerStudent, { students: 1200 } as never);
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['equipmentValue']);
      }
    });
  });
});
