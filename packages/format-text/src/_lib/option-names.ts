import { checkOptionRecord, type ErrorPathSegment } from '@edukpi/core';

/** The keys of `Options` that `Names` does not list: `never` when it lists them all. */
export type MissingOptionNames<Options, Names extends readonly PropertyKey[]> = Exclude<keyof Options, Names[number]>;

/**
 * Lists the option names of an options interface, checked at compile time to be exactly its keys:
 * a name the interface has not fails the `keyof` constraint, and a key the list leaves out fails
 * with a `missingOptionNames` property naming it. So a new option can never be added to an
 * interface without being accepted at run time, nor a name kept after its option is gone.
 *
 * @typeParam Options - The options interface, e.g. `FormatNumberOptions` (inherited keys included).
 * @returns A function taking the names and returning them frozen, as a literal tuple.
 *
 * @example
 * ```ts
 * const names = optionNamesOf<{ locale?: string; decimals?: number }>()(['locale', 'decimals']);
 * // names: readonly ['locale', 'decimals']
 * optionNamesOf<{ locale?: string; decimals?: number }>()(['locale']);             // does not compile: decimals missing
 * optionNamesOf<{ locale?: string; decimals?: number }>()(['locale', 'decimals', 'x']); // does not compile: x unknown
 * ```
 */
export function optionNamesOf<Options>() {
  return <const Names extends readonly (keyof Options & string)[]>(
    names: Names &
      ([MissingOptionNames<Options, Names>] extends [never]
        ? unknown
        : { readonly missingOptionNames: MissingOptionNames<Options, Names> }),
  ): Names => Object.freeze([...names]) as unknown as Names;
}

/**
 * Checks the options a public function was given: an object (or `undefined`, for none) naming only
 * options the function knows, so a misspelt option (`decimls`, `locle`) fails instead of being
 * silently ignored. The error is core's, as every edukpi package gives it.
 *
 * @param options - What the caller passed.
 * @param names - The option names the function takes (from {@link optionNamesOf}).
 * @param path - Where the options sit in the call (default `['options']`; a formatter's settings: `['settings']`).
 * @returns `options` as a record (`{}` for `undefined`).
 * @throws {InvalidOptionError} when `options` is not an object (path `['options']`) or names an
 *   unknown option (path `['options', name]`; the message lists the valid options).
 */
export function checkOptions(
  options: unknown,
  names: readonly string[],
  path: readonly ErrorPathSegment[] = ['options'],
): Readonly<Record<string, unknown>> {
  return checkOptionRecord(options === undefined ? {} : options, names, { path });
}

/** The options among `names` (every option being optional), to pass on to a function that takes only those. */
export function pickOptions<Options extends object>(options: Options, names: readonly string[]): Partial<Options> {
  const picked: Record<string, unknown> = {};
  for (const name of names) if (Object.hasOwn(options, name)) picked[name] = options[name as keyof Options];
  return picked as Partial<Options>;
}
