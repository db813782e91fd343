import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { CLASS_SIZE_CAPS, classSizeComplianceRate } from './class-size-compliance-rate';

type Input = Parameters<
  typeof computeWithDefinition<'class_size_compliance_rate', typeof classSizeComplianceRate.fields, 'standard'>
>[1];
const compute = (input: Input, options: { stage?: 'preschool' | 'primary' | 'junior' } = {}) =>
  computeWithDefinition(classSizeComplianceRate, input, options);
const oneClass = (stage: 'primary' | 'junior', students: number) =>
  compute({ stagedClassSizes: [{ stage, students }] }).formattedValue;

describe('class_size_compliance_rate', () => {
  it('counts a class list against the cap of each stage', () => {
    // compliant: primary 45, junior 50, primary 30; over: primary 46, junior 51 → 3 ÷ 5 = 60.00
    const result = compute({
      stagedClassSizes: [
        { stage: 'primary', students: 45 },
        { stage: 'primary', students: 46 },
        { stage: 'junior', students: 50 },
        { stage: 'junior', students: 51 },
        { stage: 'primary', students: 30 },
      ],
    });
    expect(result.numerator.toString()).toBe('3');
    expect(result.denominator.toString()).toBe('5');
    expect(result.formattedValue).toBe('60.00');
    expect(result.warnings).toEqual([]);
  });

  it('boundaries: primary 45/46, junior 50/51; 46–50 is fine in junior only', () => {
    expect(CLASS_SIZE_CAPS).toEqual({ primary: 45, junior: 50 });
    expect(oneClass('primary', 45)).toBe('100.00');
    expect(oneClass('primary', 46)).toBe('0.00');
    expect(oneClass('junior', 50)).toBe('100.00');
    expect(oneClass('junior', 51)).toBe('0.00');
    expect(oneClass('junior', 46)).toBe('100.00');
    expect(oneClass('primary', 50)).toBe('0.00');
  });

  it('takes pre-counted totals (the way to give kindergarten classes)', () => {
    // 171 ÷ 180 = 0.95 → 95.00
    expect(compute({ compliantClasses: 171, classes: 180 }).formattedValue).toBe('95.00');
  });

  it('2017 asks 100% per compulsory stage; 2020 asks ≥ 85% of kindergarten classes', () => {
    const result = compute({ compliantClasses: 179, classes: 180 });
    expect(result.thresholds.map((check) => [check.regime, check.stage, check.value, check.passed])).toEqual([
      ['quality_balance_2017', 'primary', '100', false],
      ['quality_balance_2017', 'junior', '100', false],
      ['preschool_universal_2020', 'preschool', '85', true],
    ]);
    // A kindergarten count checked at its stage: 152 ÷ 180 = 84.44% < 85.
    const preschool = compute({ compliantClasses: 152, classes: 180 }, { stage: 'preschool' });
    expect(preschool.formattedValue).toBe('84.44');
    expect(preschool.thresholds.map((check) => [check.regime, check.passed])).toEqual([
      ['preschool_universal_2020', false],
    ]);
    // 153 ÷ 180 = 85.00% exactly passes.
    expect(compute({ compliantClasses: 153, classes: 180 }, { stage: 'preschool' }).thresholds[0]?.passed).toBe(true);
    expect(
      compute({ stagedClassSizes: [{ stage: 'primary', students: 45 }] }, { stage: 'primary' }).thresholds,
    ).toEqual([expect.objectContaining({ regime: 'quality_balance_2017', stage: 'primary', passed: true })]);
  });

  describe('edge cases', () => {
    it('an empty class list has no value', () => {
      expect(compute({ stagedClassSizes: [] }).reason).toBe('zero_denominator');
    });

    it('rejects a kindergarten stage in the class list, with a bilingual message', () => {
      try {
        compute({ stagedClassSizes: [{ stage: 'preschool', students: 25 }] } as never);
        expect.unreachable();
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        expect((error as InvalidInputError).path).toEqual(['stagedClassSizes', 0, 'stage']);
        expect((error as InvalidInputError).messageZh).toContain('幼儿园');
        expect((error as InvalidInputError).messageEn).toContain("'primary' or 'junior'");
      }
    });

    it('rejects fractional sizes, a missing stage, part > whole', () => {
      expect(() => compute({ stagedClassSizes: [{ stage: 'junior', students: 40.5 }] })).toThrow(
        /stagedClassSizes\[0\]\.students.*whole number/,
      );
      expect(() => compute({ stagedClassSizes: [{ students: 40 }] } as never)).toThrow(/stage/);
      expect(() => compute({ compliantClasses: 11, classes: 10 })).toThrow(/compliantClasses.*cannot exceed/);
    });

    it('exports the stage as a string enum in JSON Schema', () => {
      const schema = classSizeComplianceRate.inputJsonSchema() as {
        properties: { stagedClassSizes: { items: { properties: { stage: unknown } } } };
      };
      expect(schema.properties.stagedClassSizes.items.properties.stage).toEqual({
        type: 'string',
        enum: ['primary', 'junior'],
      });
    });
  });

  it('aggregates rows by stage as sums of counts', () => {
    const groups = aggregateWithDefinition(
      classSizeComplianceRate,
      [
        { school: 'A', stage: 'primary', stagedClassSizes: [{ stage: 'primary', students: 44 }] },
        { school: 'B', stage: 'junior', stagedClassSizes: [{ stage: 'junior', students: 52 }] },
        { school: 'C', stage: 'primary', compliantClasses: 2, classes: 4 },
      ],
      { by: ['stage'] },
    );
    // primary: (1 + 2) ÷ (1 + 4) = 60.00; junior: 0 ÷ 1 = 0.00
    expect(groups.map((group) => [group.key.stage, group.result.formattedValue])).toEqual([
      ['primary', '60.00'],
      ['junior', '0.00'],
    ]);
  });
});
