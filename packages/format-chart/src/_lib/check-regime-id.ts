import { describeValue, type ErrorPathSegment, InvalidOptionError } from '@edukpi/core';

/**
 * @internal Checks a `regime` option: a regime id (a non-empty string) whose thresholds to draw;
 * `undefined` passes through.
 *
 * @throws {InvalidOptionError} with `path` when it is anything else.
 */
export function checkRegimeId(value: unknown, path: readonly ErrorPathSegment[]): string | undefined {
  if (value === undefined || (typeof value === 'string' && value.length > 0)) return value;
  throw new InvalidOptionError({
    path,
    messageZh: `regime 应为评估办法 id(字符串),收到 ${describeValue(value)}`,
    messageEn: `regime must be a regime id (a string) (got ${describeValue(value)}).`,
  });
}
