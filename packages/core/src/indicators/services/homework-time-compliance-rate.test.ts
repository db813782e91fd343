import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import {
  type CompulsoryGrade,
  DAILY_WRITTEN_HOMEWORK_CAP_MINUTES,
  homeworkTimeComplianceRate,
} from './homework-time-compliance-rate';

type Input = Parameters<
  typeof computeWithDefinition<'homework_time_compliance_rate', typeof homeworkTimeComplianceRate.fields, 'standard'>
>[1];
const compute = (input: Input) => computeWithDefinition(homeworkTimeComplianceRate, input);
/** The rate of a single class: '100.00' when it complies, '0.00' when it does not. */
const oneClass = (grade: number, minutes: number | string) =>
  compute({ classHomework: [{ grade, dailyWrittenHomeworkMinutes: minutes }] }).formattedValue;

describe('homework_time_compliance_rate', () => {
  it('counts a class list against the cap of each grade', () => {
    // compliant: grade 1 at 0, grade 5 at 60; over: grade 2 at 10, grade 8 at 91 → 2 ÷ 4 = 50.00
    const result = compute({
      classHomework: [
        { grade: 1, dailyWrittenHomeworkMinutes: 0 },
        { grade: 2, dailyWrittenHomeworkMinutes: 10 },
        { grade: 5, dailyWrittenHomeworkMinutes: 60 },
        { grade: 8, dailyWrittenHomeworkMinutes: 91 },
      ],
    });
    expect(result.numerator.toString()).toBe('2');
    expect(result.denominator.toString()).toBe('4');
    expect(result.formattedValue).toBe('50.00');
    // Neither the list nor the counts it is tallied into are reported as unused.
    expect(result.warnings).toEqual([]);
    expect(compute({ compliantClasses: 1, classes: 2 }).warnings).toEqual([]);
  });

  it('takes pre-counted totals', () => {
    // 57 ÷ 60 = 0.95 → 95.00
    expect(compute({ compliantClasses: 57, classes: 60 }).formattedValue).toBe('95.00');
    // 2 ÷ 3 → 66.67
    expect(compute({ compliantClasses: 2, classes: 3 }).formattedValue).toBe('66.67');
  });

  it('exports the caps: none in grades 1–2, 60 minutes in 3–6, 90 in 7–9', () => {
    expect(DAILY_WRITTEN_HOMEWORK_CAP_MINUTES).toEqual({ 1: 0, 2: 0, 3: 60, 4: 60, 5: 60, 6: 60, 7: 90, 8: 90, 9: 90 });
  });

  describe('boundaries', () => {
    it('grades 1–2: 0 minutes complies, 1 does not', () => {
      expect(oneClass(1, 0)).toBe('100.00');
      expect(oneClass(1, 1)).toBe('0.00');
      expect(oneClass(2, 0)).toBe('100.00');
      expect(oneClass(2, 1)).toBe('0.00');
      expect(oneClass(2, '0.5')).toBe('0.00');
    });

    it('grades 3–6: 60 complies, 61 does not', () => {
      for (const grade of [3, 4, 5, 6]) {
        expect(oneClass(grade, 60)).toBe('100.00');
        expect(oneClass(grade, 61)).toBe('0.00');
      }
      expect(oneClass(6, '60.01')).toBe('0.00');
      expect(oneClass(3, '59.99')).toBe('100.00');
    });

    it('grades 7–9: 90 complies, 91 does not; 61 is fine in junior', () => {
      for (const grade of [7, 8, 9]) {
        expect(oneClass(grade, 90)).toBe('100.00');
        expect(oneClass(grade, 91)).toBe('0.00');
      }
      expect(oneClass(7, 61)).toBe('100.00');
    });

    it('every cap is applied by its own grade', () => {
      const classHomework = ([1, 2, 3, 4, 5, 6, 7, 8, 9] as CompulsoryGrade[]).map((grade) => ({
        grade,
        dailyWrittenHomeworkMinutes: DAILY_WRITTEN_HOMEWORK_CAP_MINUTES[grade],
      }));
      expect(compute({ classHomework }).formattedValue).toBe('100.00');
    });
  });

  describe('edge cases', () => {
    it('an empty class list has no value', () => {
      expect(compute({ classHomework: [] }).reason).toBe('zero_denominator');
      expect(compute({ compliantClasses: 0, classes: 0 }).reason).toBe('zero_denominator');
    });

    it('rejects grades outside 1–9 with a bilingual message and the item path', () => {
      for (const grade of [0, 10, 2.5]) {
        try {
          compute({
            classHomework: [
              { grade: 3, dailyWrittenHomeworkMinutes: 30 },
              { grade, dailyWrittenHomeworkMinutes: 30 },
            ],
          });
          expect.unreachable();
        } catch (error) {
          expect(InvalidInputError.isInstance(error)).toBe(true);
          expect((error as InvalidInputError).path).toEqual(['classHomework', 1, 'grade']);
          expect((error as InvalidInputError).messageZh).toContain('1 到 9');
          expect((error as InvalidInputError).messageEn).toContain('from 1 to 9');
        }
      }
    });

    it('rejects negative minutes and unknown item fields', () => {
      expect(() => compute({ classHomework: [{ grade: 3, dailyWrittenHomeworkMinutes: -1 }] })).toThrow(
        /classHomework\[0\]\.dailyWrittenHomeworkMinutes.*negative/,
      );
      expect(() =>
        compute({ classHomework: [{ grade: 3, dailyWrittenHomeworkMinutes: 30, subject: 'math' }] } as never),
      ).toThrow(/unknown field subject/);
    });

    it('compliant classes cannot exceed classes, and counts are whole', () => {
      expect(() => compute({ compliantClasses: 61, classes: 60 })).toThrow(/compliantClasses.*cannot exceed/);
      expect(() => compute({ compliantClasses: 1.5, classes: 60 })).toThrow(/whole number/);
    });

    it('requires exactly one input form', () => {
      expect(() => compute({ classHomework: [], classes: 1 } as never)).toThrow(/one form only/);
      expect(() => compute({ compliantClasses: 1 } as never)).toThrow(/missing required field classes/);
      expect(() => compute({} as never)).toThrow(/classHomework/);
    });
  });

  it('aggregates rows in either form as sums of counts', () => {
    const [total] = aggregateWithDefinition(homeworkTimeComplianceRate, [
      {
        classHomework: [
          { grade: 4, dailyWrittenHomeworkMinutes: 45 },
          { grade: 9, dailyWrittenHomeworkMinutes: 100 },
        ],
      },
      { compliantClasses: 7, classes: 8 },
    ]);
    // (1 + 7) ÷ (2 + 8) = 80.00
    expect(total?.result.formattedValue).toBe('80.00');
  });
});
