import { Decimal } from '@edukpi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryFigures, primarySchool } from '../_test/school-fixtures';
import { qualityBalance2017 } from '../regimes/quality-balance-2017';
import { evaluateRegime } from './evaluate-regime';

// The engine decides in doubles only when a comparison is clear by a wide margin. These tests put
// values exactly on, and one smallest step either side of, every boundary it decides: a standard,
// the 85% floor, a CV threshold and a CV's third decimal — and check each decision against exact
// decimal arithmetic done here, independently.

const teachingStandard = new Decimal('4.5');

describe('exact decisions at the boundaries', () => {
  it('a school value on, just under and just over its standard (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom(1, 3, 7, 1_000_003),
        (students, offset, divisor) => {
          // teachingArea = 4.5 × students + offset / divisor m² — on the standard when offset is 0.
          const area = teachingStandard.times(students).plus(new Decimal(offset).div(divisor)).toDecimalPlaces(12);
          const evaluation = evaluateRegime(qualityBalance2017, {
            schools: [primarySchool({ primary: { ...primaryFigures, students }, teachingArea: area.toString() })],
          });
          const check = evaluation.resources?.schools[0]?.indicators.find(
            (entry) => entry.indicator === 'teaching_space_per_student',
          );
          expect(check?.passed).toBe(area.gte(teachingStandard.times(students)));
          expect(new Decimal(check?.value ?? 'NaN').gte(teachingStandard)).toBe(check?.passed);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the 85% floor on, just under and just over (1700 元 per student and one 元 less in a million)', () => {
    for (const [equipment, passes] of [
      ['1700000', true],
      ['1699999.999999', false],
      ['1700000.000001', true],
    ] as const) {
      const evaluation = evaluateRegime(qualityBalance2017, {
        schools: [primarySchool({ equipmentValue: equipment })],
      });
      expect(evaluation.resources?.schools[0]?.passed).toBe(passes);
    }
  });

  it('a CV exactly at the threshold passes, one step over fails', () => {
    // Two schools of 500 students with 3 and 1 m² of sports ground each: CV = (3 − 1) ÷ (3 + 1) = 0.5.
    const pair = (first: string, second: string) =>
      evaluateRegime(qualityBalance2017, {
        schools: [
          primarySchool({ id: 'A', primary: { ...primaryFigures, students: 500 }, sportsArea: first }),
          primarySchool({ id: 'B', primary: { ...primaryFigures, students: 500 }, sportsArea: second }),
        ],
      }).resources?.coefficients.find((check) => check.indicator === 'sports_space_per_student');
    const atThreshold = pair('1500', '500');
    expect(atThreshold?.coefficient).toBe('0.5');
    expect(atThreshold?.passed).toBe(true);
    expect(atThreshold?.displayCoefficient).toBe('0.500');
    const over = pair('1500.000000001', '500');
    expect(new Decimal(over?.coefficient ?? 'NaN').gt('0.5')).toBe(true);
    expect(over?.passed).toBe(false);
  });

  it('a CV exactly on a rounding boundary displays rounded half up', () => {
    // (11235 − 8765) ÷ (11235 + 8765) = 0.1235 exactly: shown as 0.124, not 0.123.
    const evaluation = evaluateRegime(qualityBalance2017, {
      schools: [
        primarySchool({ id: 'A', primary: { ...primaryFigures, students: 1000 }, sportsArea: 11235 }),
        primarySchool({ id: 'B', primary: { ...primaryFigures, students: 1000 }, sportsArea: 8765 }),
      ],
    });
    const check = evaluation.resources?.coefficients.find((entry) => entry.indicator === 'sports_space_per_student');
    expect(check?.coefficient).toBe('0.1235');
    expect(check?.displayCoefficient).toBe('0.124');
    expect(check?.approximateCoefficient).toBeCloseTo(0.1235, 12);
  });

  it('decisions and displays agree with the exact CV for random counties (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ students: fc.integer({ min: 1, max: 3000 }), area: fc.integer({ min: 0, max: 40_000 }) }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (schools) => {
          const evaluation = evaluateRegime(qualityBalance2017, {
            schools: schools.map(({ students, area }, index) =>
              primarySchool({ id: `S${index}`, primary: { ...primaryFigures, students }, sportsArea: area }),
            ),
          });
          for (const check of evaluation.resources?.coefficients ?? []) {
            if (check.coefficient === null) {
              expect(check.passed).toBeNull();
              expect(check.displayCoefficient).toBeNull();
              continue;
            }
            const exact = new Decimal(check.coefficient);
            expect(check.passed).toBe(exact.lte(check.threshold ?? 'NaN'));
            expect(check.displayCoefficient).toBe(exact.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toFixed(3));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('exact figures are computed once, on first read, and then kept', () => {
    const evaluation = evaluateRegime(qualityBalance2017, { schools: [primarySchool()] });
    const check = evaluation.resources?.schools[0]?.indicators[0];
    expect(check?.value).toBe(check?.value);
    expect(check?.value).toBe('4.2');
    expect(check?.approximateValue).toBe(4.2);
  });
});
