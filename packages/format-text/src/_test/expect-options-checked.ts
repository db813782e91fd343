import { InvalidOptionError } from '@edukpi/core';
import { expect } from 'vitest';
import { catchError } from './catch-error';

/**
 * Test helper: checks that `run` refuses `options` naming `misspelt` with an {@link InvalidOptionError}
 * at `[...root, misspelt]` (`root` default `['options']`) whose message, in both languages, names it and lists exactly `names`;
 * refuses `options` that are not an object; and accepts every one of `names`.
 *
 * @param run - Calls the function under test with the given options.
 * @param misspelt - A typo of a real option, e.g. `'decimls'`.
 * @param names - Every option the function documents, written out by the test.
 * @param root - Where the options sit in the call: `['options']`, or `['settings']` for a formatter's settings.
 */
export function expectOptionsChecked(
  run: (options: unknown) => unknown,
  misspelt: string,
  names: readonly string[],
  root: readonly string[] = ['options'],
) {
  const error = catchError(() => run({ [misspelt]: 1 }));
  expect(InvalidOptionError.isInstance(error), String(error)).toBe(true);
  const { path, messageEn, messageZh } = error as InvalidOptionError;
  expect(path).toEqual([...root, misspelt]);
  expect(messageEn).toContain(`unknown option ${misspelt};`);
  expect(messageZh).toContain(`未知选项 ${misspelt}`);
  const listed = /the options are: (.*)\.$/.exec(messageEn)?.[1]?.split(', ');
  expect([...(listed ?? [])].sort()).toEqual([...names].sort());
  for (const name of names) expect(messageZh).toContain(name);

  for (const options of [null, 'en', 2, ['locale']]) {
    const refused = catchError(() => run(options));
    expect(InvalidOptionError.isInstance(refused), JSON.stringify(options)).toBe(true);
    expect((refused as InvalidOptionError).path).toEqual(root);
  }
  for (const name of names) expect(() => run({ [name]: undefined }), name).not.toThrow();
}
