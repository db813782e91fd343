import { describeValue, type ErrorPathSegment, InvalidOptionError, type SchoolStage } from '@edukpi/core';

/**
 * @internal Checks a stage option against `allowed` (default: every {@link SchoolStage});
 * `undefined` passes through.
 *
 * @throws {InvalidOptionError} with `path` when it is not one of them.
 */
export function checkStage<Stage extends SchoolStage = SchoolStage>(
  value: unknown,
  path: readonly ErrorPathSegment[],
  allowed: readonly Stage[] = ['preschool', 'primary', 'junior', 'senior'] as unknown as readonly Stage[],
): Stage | undefined {
  if (value === undefined || allowed.includes(value as Stage)) return value as Stage | undefined;
  throw new InvalidOptionError({
    path,
    messageZh: `stage(学段)应为 ${allowed.join('、')} 之一,收到 ${describeValue(value)}`,
    messageEn: `stage must be one of ${allowed.join(', ')} (got ${describeValue(value)}).`,
  });
}
