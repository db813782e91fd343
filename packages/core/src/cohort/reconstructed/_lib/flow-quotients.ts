import { Decimal } from '../../../_lib/decimal';
import { roundQuotientHalfUp } from '../../../_lib/exact-quotient';

const ONE = new Decimal(1);

/** The three flow rates of one grade, rounded at one shared decimal place. */
export interface FlowQuotients {
  readonly promotion: Decimal | null;
  readonly repetition: Decimal;
  readonly dropout: Decimal | null;
  /** The decimal place the rates were rounded at (63 unless p + r ≥ 10). */
  readonly places: number;
}

/**
 * The decimal place at which every rate of a grade, their sum and the residual 1 − p − r fit
 * in the 64 significant digits of {@link Decimal}: 64 minus the integer digits of
 * max(1, (P + R) ÷ E). That is 63 for any real grade (p + r < 10).
 */
function sharedPlaces(outflow: Decimal, enrolment: Decimal): number {
  const whole = outflow.divToInt(enrolment);
  const integerDigits = whole.isZero() ? 1 : whole.toFixed(0).length;
  return 64 - integerDigits;
}

/**
 * p = P ÷ E and r = R ÷ E, each rounded half up at the same decimal place, with no intermediate
 * rounding; d = 1 − p − r. Because the three share their last place and fit in 64 digits,
 * p + r + d = 1 holds exactly in {@link Decimal} arithmetic (not just to 64 digits).
 *
 * @param promoted - P, or `null` when it is unknown (the last grade without graduates).
 * @param repeaters - R.
 * @param enrolment - E, > 0.
 */
export function flowQuotients(promoted: Decimal | null, repeaters: Decimal, enrolment: Decimal): FlowQuotients {
  const places = sharedPlaces(repeaters.plus(promoted ?? 0), enrolment);
  const repetition = roundQuotientHalfUp(repeaters, enrolment, ONE, places);
  if (promoted === null) return { promotion: null, repetition, dropout: null, places };
  const promotion = roundQuotientHalfUp(promoted, enrolment, ONE, places);
  return { promotion, repetition, dropout: ONE.minus(promotion).minus(repetition), places };
}
