import { describe, expect, it } from 'vitest';
import { aggregateWithDefinition } from '../../aggregate/aggregate-indicator';
import { computeWithDefinition } from '../../compute/compute-with-definition';
import { InvalidInputError } from '../../errors/invalid-input-error';
import { transitionRate } from './transition-rate';

type Method = 'effective' | 'simple';
type Input = Parameters<typeof computeWithDefinition<'transition_rate', typeof transitionRate.fields, Method>>[1];
const compute = (input: Input, method?: Method) =>
  computeWithDefinition(transitionRate, input, method === undefined ? {} : { method });
const input = { newEntrants: 940, lastGradeEnrolment: 1000, lastGradeRepeaters: 20 };

describe('transition_rate', () => {
  it('effective (default): new entrants ÷ (last-grade enrolment − last-grade repeaters)', () => {
    // 940 ÷ (1000 − 20) = 940 ÷ 980 = 95.918…% → 95.9
    const result = compute(input);
    expect(result.method).toBe('effective');
    expect(result.denominator.toString()).toBe('980');
    expect(result.formattedValue).toBe('95.9');
  });

  it('simple: no repeaters term', () => {
    // 940 ÷ 1000 = 94.0
    expect(compute({ newEntrants: 940, lastGradeEnrolment: 1000 }, 'simple').formattedValue).toBe('94.0');
    expect(compute(input, 'simple').warnings.map((warning) => warning.code)).toEqual(['unused_input']);
  });

  it('with no repeaters the two methods agree', () => {
    const none = { newEntrants: 940, lastGradeEnrolment: 1000, lastGradeRepeaters: 0 };
    expect(compute(none).formattedValue).toBe('94.0');
  });

  it('the effective method needs the repeaters', () => {
    expect(() => compute({ newEntrants: 940, lastGradeEnrolment: 1000 })).toThrow(
      /method effective needs lastGradeRepeaters/,
    );
  });

  it('can exceed 100% when entrants come from elsewhere: warned, not clamped', () => {
    // 1010 ÷ (1000 − 10) = 102.02…% → 102.0
    const result = compute({ newEntrants: 1010, lastGradeEnrolment: 1000, lastGradeRepeaters: 10 });
    expect(result.formattedValue).toBe('102.0');
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'above_100_percent', message: transitionRate.aboveHundred }),
    ]);
  });

  it('every pupil repeating the last grade leaves no denominator: no value', () => {
    expect(compute({ newEntrants: 0, lastGradeEnrolment: 30, lastGradeRepeaters: 30 }).reason).toBe('zero_denominator');
  });

  it('more repeaters than last-grade pupils is an input error', () => {
    try {
      compute({ newEntrants: 10, lastGradeEnrolment: 30, lastGradeRepeaters: 31 });
      expect.unreachable();
    } catch (error) {
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as InvalidInputError).path).toEqual(['lastGradeRepeaters']);
    }
    expect(() => compute({ newEntrants: 10.5, lastGradeEnrolment: 30, lastGradeRepeaters: 1 })).toThrow(/newEntrants/);
  });

  it('schools roll up as sums of each term', () => {
    const [total] = aggregateWithDefinition(transitionRate, [
      { newEntrants: 470, lastGradeEnrolment: 500, lastGradeRepeaters: 10 },
      { newEntrants: 470, lastGradeEnrolment: 500, lastGradeRepeaters: 10 },
    ]);
    expect(total?.result.formattedValue).toBe('95.9');
  });
});
