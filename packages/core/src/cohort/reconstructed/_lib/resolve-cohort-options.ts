import { checkOptionRecord } from '../../../_lib/check-option-record';
import { type Decimal, toDecimal } from '../../../_lib/decimal';
import { nonNegativeDecimalSchema } from '../../../_lib/decimal-schema';
import { describeValue } from '../../../_lib/describe-value';
import { InvalidOptionError } from '../../../errors/invalid-option-error';
import type { MaxRepetitions } from '../max-repetitions';

/** The largest cap on repetitions accepted: far beyond any school system's rule. */
export const MAX_REPETITIONS_LIMIT = 1000;

/** The options of {@link reconstructCohort}, checked and completed with defaults. */
export interface ResolvedCohortOptions {
  readonly cohortSize: Decimal;
  readonly maxRepetitions: MaxRepetitions;
}

const OPTION_NAMES = ['cohortSize', 'maxRepetitions'] as const;

/**
 * Checks the options of {@link reconstructCohort}: `cohortSize` a decimal > 0 (default 1000),
 * `maxRepetitions` `'unlimited'` (default) or a whole number from 0 to 1000. Unknown option
 * names are rejected, so a typo never passes silently.
 *
 * @throws {InvalidOptionError} with the path `['options', name]`.
 */
export function resolveCohortOptions(options: unknown): ResolvedCohortOptions {
  if (options === undefined) return { cohortSize: toDecimal(1000), maxRepetitions: 'unlimited' };
  const record = checkOptionRecord(options, OPTION_NAMES);
  const size = record.cohortSize ?? 1000;
  const parsedSize = nonNegativeDecimalSchema.safeParse(size);
  if (!parsedSize.success || toDecimal(parsedSize.data).isZero()) {
    throw new InvalidOptionError({
      path: ['options', 'cohortSize'],
      messageZh: `cohortSize(假想队列人数)应为大于 0 的数字或数字字符串,收到 ${describeValue(size)}`,
      messageEn: `cohortSize (the notional cohort's pupils) must be a number or decimal string above 0 (got ${describeValue(size)}).`,
    });
  }
  const cap = record.maxRepetitions ?? 'unlimited';
  if (
    cap !== 'unlimited' &&
    !(Number.isInteger(cap) && (cap as number) >= 0 && (cap as number) <= MAX_REPETITIONS_LIMIT)
  ) {
    throw new InvalidOptionError({
      path: ['options', 'maxRepetitions'],
      messageZh: `maxRepetitions(每个年级最多留级次数)应为 'unlimited' 或 0 到 ${MAX_REPETITIONS_LIMIT} 的整数,收到 ${describeValue(cap)}`,
      messageEn: `maxRepetitions (how many times a pupil may repeat a grade) must be 'unlimited' or a whole number from 0 to ${MAX_REPETITIONS_LIMIT} (got ${describeValue(cap)}).`,
    });
  }
  return { cohortSize: toDecimal(parsedSize.data), maxRepetitions: cap as MaxRepetitions };
}
