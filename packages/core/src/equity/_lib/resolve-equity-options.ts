import { checkOptionRecord } from '../../_lib/check-option-record';
import { describeValue } from '../../_lib/describe-value';
import { InvalidOptionError } from '../../errors/invalid-option-error';
import type { EquityScale } from './equity-school';

/** Options every school-based equity measure understands, checked and completed with defaults. */
export interface ResolvedEquityOptions {
  readonly scale: EquityScale;
  readonly groupBy: boolean;
}

/**
 * Checks an equity measure's options: `scale` (1 or 100, default 1) and, where the measure
 * allows it, `groupBy` (a boolean, default false). Unknown option names are rejected, so a
 * typo never passes silently.
 *
 * @throws {InvalidOptionError} when the options are not an object, an option is out of range or unknown.
 */
export function resolveEquityOptions(
  options: unknown,
  allowed: readonly ('scale' | 'groupBy' | 'adjusted')[],
): ResolvedEquityOptions & { readonly adjusted: boolean } {
  if (options === undefined) return { scale: 1, groupBy: false, adjusted: false };
  const record = checkOptionRecord(options, allowed);
  const scale = record.scale ?? 1;
  if (scale !== 1 && scale !== 100) {
    throw new InvalidOptionError({
      path: ['options', 'scale'],
      messageZh: `scale 应为 1(生均)或 100(每百名学生),收到 ${describeValue(scale)}`,
      messageEn: `scale must be 1 (per student) or 100 (per 100 students) (got ${describeValue(scale)}).`,
    });
  }
  const flag = (name: 'groupBy' | 'adjusted'): boolean => {
    const value = record[name] ?? false;
    if (typeof value !== 'boolean') {
      throw new InvalidOptionError({
        path: ['options', name],
        messageZh: `${name} 应为 true 或 false,收到 ${describeValue(value)}`,
        messageEn: `${name} must be true or false (got ${describeValue(value)}).`,
      });
    }
    return value;
  };
  return { scale, groupBy: flag('groupBy'), adjusted: flag('adjusted') };
}
