import { Decimal } from '../../../_lib/decimal';
import type { MaxRepetitions } from '../max-repetitions';

const ONE = new Decimal(1);

/**
 * How the pupils who enter one grade spend their time in it, for a repetition rate r and a cap
 * on repetitions. Each function takes the pupils concerned and multiplies or divides once, so
 * that terminating inputs give terminating, exact results.
 */
export interface GradeStay {
  /** Pupil-years spent in the grade by `entrants` pupils who enter it, repetitions included. */
  pupilYears(entrants: Decimal): Decimal;
  /** Of `entrants`, the pupils promoted out of the grade at promotion rate `promotion`. */
  promoted(entrants: Decimal, promotion: Decimal): Decimal;
  /** Of `entrants`, the pupils pushed out by the cap: they would have repeated once more. */
  cappedOut(entrants: Decimal): Decimal;
  /** The pupil-years spent in the grade by `promotedPupils` pupils who leave it by promotion. */
  yearsOfPromoted(promotedPupils: Decimal): Decimal;
}

/**
 * The stay in a grade with repetition rate r.
 *
 * ```text
 * unlimited:  pupil-years = entrants ÷ (1 − r)            (1 + r + r² + …, r < 1)
 *             promoted    = entrants × (p ÷ (1 − r))
 *             years of the promoted = promoted ÷ (1 − r)    (the stay does not depend on how it ends)
 * cap of k:   S = 1 + r + … + r^k = (1 − r^(k+1)) ÷ (1 − r),  T = 1 + 2r + … + (k+1)r^k
 *             pupil-years = entrants × S
 *             promoted    = entrants × (p ÷ (1 − r) × (1 − r^(k+1)))       (r ≥ 1: entrants × p × S)
 *             capped out  = entrants × r^(k+1)
 *             years of the promoted = promoted × T ÷ S
 * ```
 *
 * The share promoted is formed first and then applied to the entrants: when d ≥ 0 it is at most
 * 1 even after rounding (rounding is monotone and 1 is exact), so the cohort never grows from
 * one grade to the next by a rounding in the 64th digit.
 *
 * @returns `null` when repetition is unlimited and r ≥ 1: the series diverges, no one leaves.
 */
export function gradeStay(repetition: Decimal, maxRepetitions: MaxRepetitions): GradeStay | null {
  const below = repetition.lt(1);
  const leaving = ONE.minus(repetition);
  if (maxRepetitions === 'unlimited') {
    if (!below) return null;
    return {
      pupilYears: (entrants) => entrants.div(leaving),
      promoted: (entrants, promotion) => entrants.times(promotion.div(leaving)),
      cappedOut: () => new Decimal(0),
      yearsOfPromoted: (promotedPupils) => promotedPupils.div(leaving),
    };
  }
  const cappedShare = repetition.pow(maxRepetitions + 1);
  // T by Horner: 1 + r(2 + r(3 + … + r(k+1))); S the same way when r ≥ 1 (then 1 − r is 0 or negative).
  let weightedYears = new Decimal(maxRepetitions + 1);
  let hornerYears = ONE;
  for (let step = maxRepetitions; step >= 1; step -= 1) {
    weightedYears = new Decimal(step).plus(repetition.times(weightedYears));
    if (!below) hornerYears = ONE.plus(repetition.times(hornerYears));
  }
  const staying = ONE.minus(cappedShare);
  const years = below ? staying.div(leaving) : hornerYears;
  return {
    pupilYears: (entrants) => entrants.times(years),
    promoted: (entrants, promotion) =>
      entrants.times(below ? promotion.div(leaving).times(staying) : promotion.times(years)),
    cappedOut: (entrants) => entrants.times(cappedShare),
    yearsOfPromoted: (promotedPupils) => promotedPupils.times(weightedYears).div(years),
  };
}
