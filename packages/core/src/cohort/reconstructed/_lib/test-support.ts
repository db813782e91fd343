import fc from 'fast-check';
import { Decimal } from '../../../_lib/decimal';
import type { FlowRatesByGradeInput, GradeEnrolment } from '../flow-rates-by-grade';

export { catchError } from '../../../_test/catch-error';

/**
 * Test helper: whether two decimals agree to within `tolerance`, relative to the expected value
 * when it is above 1 in size (64 significant digits leave a last-digit error of that order).
 */
export function isClose(
  actual: Decimal | null,
  expected: Decimal | null,
  tolerance: Decimal | string | number = '1e-50',
): boolean {
  if (actual === null || expected === null) return actual === expected;
  return actual.minus(expected).abs().lte(Decimal.max(1, expected.abs()).times(tolerance));
}

/**
 * A closed grade table: no transfers in, so every grade's dropouts are ≥ 0. For each grade, its
 * pupils in t, the share (in thousandths) who repeat and, of the rest, the share promoted;
 * next year's counts are built from those flows (plus new entrants in grade 1).
 */
export const closedTableArbitrary: fc.Arbitrary<FlowRatesByGradeInput & { graduates: number }> = fc
  .tuple(
    fc.array(
      fc.record({
        enrolment: fc.integer({ min: 1, max: 5000 }),
        repeatThousandths: fc.integer({ min: 0, max: 600 }),
        promoteThousandths: fc.integer({ min: 0, max: 1000 }),
      }),
      { minLength: 1, maxLength: 9 },
    ),
    fc.integer({ min: 0, max: 5000 }),
  )
  .map(([rows, newEntrants]) => {
    const flows = rows.map((row) => {
      const repeaters = Math.floor((row.enrolment * row.repeatThousandths) / 1000);
      const promoted = Math.floor(((row.enrolment - repeaters) * row.promoteThousandths) / 1000);
      return { enrolment: row.enrolment, repeaters, promoted };
    });
    const grades = flows.map((flow, index): GradeEnrolment => {
      const arriving = index === 0 ? newEntrants : (flows[index - 1]?.promoted ?? 0);
      return {
        grade: index + 1,
        enrolment: flow.enrolment,
        nextYearEnrolment: arriving + flow.repeaters,
        nextYearRepeaters: flow.repeaters,
      };
    });
    return { grades, graduates: flows[flows.length - 1]?.promoted ?? 0 };
  });

/** Any valid grade table, transfers in included: dropout rates may be negative, rates above 1. */
export const anyTableArbitrary: fc.Arbitrary<FlowRatesByGradeInput> = fc
  .tuple(
    fc.array(
      fc
        .record({
          enrolment: fc.integer({ min: 0, max: 100_000 }),
          nextYearEnrolment: fc.integer({ min: 0, max: 100_000 }),
        })
        .chain((row) =>
          fc
            .integer({ min: 0, max: row.nextYearEnrolment })
            .map((nextYearRepeaters): GradeEnrolment => ({ ...row, nextYearRepeaters })),
        ),
      { minLength: 1, maxLength: 9 },
    ),
    fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
  )
  .map(([grades, graduates]) => (graduates === undefined ? { grades } : { grades, graduates }));

/**
 * Rates of a closed system as exact decimal strings in thousandths: r from 0 to `maxRepetition`,
 * p from 0 to 1 − r, so d ≥ 0.
 */
export function ratesArbitrary(maxRepetitionThousandths = 999) {
  return fc.array(
    fc.integer({ min: 0, max: maxRepetitionThousandths }).chain((repeat) =>
      fc.integer({ min: 0, max: 1000 - repeat }).map((promote) => ({
        promotion: new Decimal(promote).div(1000).toString(),
        repetition: new Decimal(repeat).div(1000).toString(),
      })),
    ),
    { minLength: 1, maxLength: 9 },
  );
}
