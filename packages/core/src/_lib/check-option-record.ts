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
 * @returns `options` as a record.
 * @throws {InvalidOptionError} when `options` is not an object, or names an unknown option.
 *
 * @example
 * ```ts
 * checkOptionRecord({ locale: 'en' }, ['locale', 'width']); // { locale: 'en' }
 * checkOptionRecord({ lcoale: 'en' }, ['locale', 'width']); // throws InvalidOptionError, path ['options', 'lcoale']
 * ```
 */
export function checkOptionRecord(options: unknown, allowed: readonly string[]): Readonly<Record<string, unknown>> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionError({
      path: ['options'],
      messageZh: `options 应为对象,收到 ${describeValue(options)}`,
      messageEn: `options must be an object (got ${describeValue(options)}).`,
    });
  }
  const record = options as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    if (!allowed.includes(name)) {
      throw new InvalidOptionError({
        path: ['options', name],
        messageZh: `未知选项 ${name};可用选项:${allowed.join('、')}`,
        messageEn: `unknown option ${name}; the options are: ${allowed.join(', ')}.`,
      });
    }
  }
  return record;
}
