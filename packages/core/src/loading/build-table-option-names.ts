import type { BuildTableOptions } from './build-table';

/**
 * The names of every {@link BuildTableOptions} option, frozen. A loader that splits its options
 * into its own (read options) and those it passes on to `buildTable` checks the caller's options
 * against both lists at once with `checkOptionRecord`, before it opens anything, so a misspelt
 * option (`encodng`) fails at once with the same bilingual `InvalidOptionError` in every loader,
 * listing every option that loader takes.
 *
 * @example
 * ```ts
 * import { buildTableOptionNames, checkOptionRecord } from '@edukpi/core';
 *
 * const readOptionNames = ['encoding', 'delimiter'] as const;
 * checkOptionRecord({ encoding: 'gbk', reportLimit: 10 }, [...readOptionNames, ...buildTableOptionNames]); // passes
 * checkOptionRecord({ encodng: 'gbk' }, [...readOptionNames, ...buildTableOptionNames]);
 * // throws InvalidOptionError, path ['options', 'encodng']:
 * // 'unknown option encodng; the options are: encoding, delimiter, mapping, headerRows, …'
 * buildTableOptionNames.includes('onRow'); // true
 * ```
 */
export const buildTableOptionNames = Object.freeze([
  'mapping',
  'headerRows',
  'headerSearchRows',
  'onRow',
  'keepRows',
  'reportLimit',
  'onProgress',
  'progressInterval',
  'signal',
] as const satisfies readonly (keyof BuildTableOptions<unknown>)[]);
