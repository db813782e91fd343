import fc from 'fast-check';
import { Decimal } from '../../_lib/decimal';
import type { EquitySchool } from './equity-school';

export { catchError } from '../../_test/catch-error';

/** Test helper: whether two decimals agree to within `tolerance`. */
export function isClose(actual: Decimal | null, expected: Decimal | null, tolerance = '1e-50'): boolean {
  if (actual === null || expected === null) return actual === expected;
  return actual.minus(expected).abs().lte(tolerance);
}

/** A non-negative decimal string with up to 3 decimals, below 10 000. */
export const decimalStringArbitrary = fc
  .integer({ min: 0, max: 10_000_000 })
  .map((thousandths) => new Decimal(thousandths).div(1000).toString());

/** A school in either form, with 0 to 3000 students. */
export const schoolArbitrary: fc.Arbitrary<EquitySchool> = fc.oneof(
  fc.record({ students: fc.integer({ min: 0, max: 3000 }), value: decimalStringArbitrary }),
  fc.record({ students: fc.integer({ min: 0, max: 3000 }), total: decimalStringArbitrary }),
);

/** A county's schools: 1 to 30. */
export const schoolsArbitrary = fc.array(schoolArbitrary, { minLength: 1, maxLength: 30 });

/** A positive scaling constant, 0.001 to 1000. */
export const positiveFactorArbitrary = fc
  .integer({ min: 1, max: 1_000_000 })
  .map((thousandths) => new Decimal(thousandths).div(1000));

/** Multiplies every school's figure (value or total) by `factor`. */
export function scaleSchools(schools: readonly EquitySchool[], factor: Decimal): EquitySchool[] {
  return schools.map((school) =>
    school.value !== undefined
      ? { ...school, value: new Decimal(school.value.toString()).times(factor).toString() }
      : { ...school, total: new Decimal(school.total.toString()).times(factor).toString() },
  );
}
