import type { ErrorPathSegment } from '../errors/edukpi-error';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { describeValue } from './describe-value';

/**
 * Checks that `options` is an object whose keys are all among `allowed`, so a typo in an option
 * name never passes silently; returns it as a record.
 *
 * Plugins use it for their own options, so a misspelt option fails the same way everywhere.
 *
 * @param options - What the caller passed as options.
 * @param allowed - The option names the function knows.
 * @param where - `path`: where the options sit in the call, for the error's path and message
 *   (default `['options']`; a formatter's construction settings pass `['settings']`).
 * @returns `options` as a record.
 * @throws {InvalidOptionError} when `options` is not an object, or names an unknown option.
 *
 * @example
 * ```ts
 * checkOptionRecord({ locale: 'en' }, ['locale', 'width']); // { locale: 'en' }
 * checkOptionRecord({ lcoale: 'en' }, ['locale', 'width']); // throws InvalidOptionError, path ['options', 'lcoale']
 * checkOptionRecord({ lcoale: 'en' }, ['locale'], { path: ['settings'] }); // path ['settings', 'lcoale']
 * ```
 */
export function checkOptionRecord(
  options: unknown,
  allowed: readonly string[],
  where: { readonly path?: readonly ErrorPathSegment[] } = {},
): Readonly<Record<string, unknown>> {
  const path = where.path ?? ['options'];
  const label = path.join('.');
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionError({
      path,
      messageZh: `${label} 应为对象,收到 ${describeValue(options)}`,
      messageEn: `${label} must be an object (got ${describeValue(options)}).`,
    });
  }
  const record = options as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    if (!allowed.includes(name)) {
      throw new InvalidOptionError({
        path: [...path, name],
        messageZh: `未知选项 ${name};可用选项:${allowed.join('、')}`,
        messageEn: `unknown option ${name}; the options are: ${allowed.join(', ')}.`,
      });
    }
  }
  return record;
}
