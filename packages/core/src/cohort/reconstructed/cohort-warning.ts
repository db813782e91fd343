import type { BilingualText } from '../../i18n/localized-text';
import type { GradeLabel } from './grade-label';

/**
 * Why a flow-rate table or a reconstructed cohort carries a warning:
 *
 * - `negative_dropout`: the grade's promotion and repetition rates add up to more than 1, so its
 *   dropout rate d = 1 − p − r is negative. Real data do this when pupils transfer in between
 *   the two years (migration, 随迁子女, a school that opened), or when the two years' counts do
 *   not match; the value is kept, never clamped. In the cohort, survival can then rise from one
 *   grade to the next and the coefficient of efficiency can exceed 100%.
 * - `repetition_rate_at_least_one`: r ≥ 1, as many repeaters in t+1 as pupils in t or more. With
 *   unlimited repetition the cohort never leaves the grade (no value from that grade on); with a
 *   cap on repetitions the model runs, but the grade keeps (or multiplies) its pupils until the cap.
 */
export type CohortWarningCode = 'negative_dropout' | 'repetition_rate_at_least_one';

/** A warning about one grade: a stable code, the grade, and a message in Chinese and English. */
export interface CohortWarning {
  readonly code: CohortWarningCode;
  /** The grade's position in the input, from 0. */
  readonly gradeIndex: number;
  /** The grade's label. */
  readonly grade: GradeLabel;
  readonly message: BilingualText;
}
