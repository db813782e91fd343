import type { ResultFormatter } from './result-formatter';

/**
 * Whether a value implements the formatter contract {@link ResultFormatter}, version `'v1'`: an
 * object with `specificationVersion: 'v1'`, a `name` and a `formatResult` function (and, when
 * present, `formatResults` and `formatEvaluation` functions). Use it to check a plugin before
 * handing it results.
 *
 * @param value - Anything, e.g. a module's default export.
 * @returns `true` when `value` is a v1 formatter.
 * @throws Never.
 *
 * @example
 * ```ts
 * isResultFormatter({ specificationVersion: 'v1', name: 'x', formatResult: () => '' }); // true
 * isResultFormatter({ specificationVersion: 'v2', name: 'x', formatResult: () => '' }); // false
 * ```
 */
export function isResultFormatter(value: unknown): value is ResultFormatter<unknown, unknown, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  const optionalFunction = (name: string) => candidate[name] === undefined || typeof candidate[name] === 'function';
  return (
    candidate.specificationVersion === 'v1' &&
    typeof candidate.name === 'string' &&
    typeof candidate.formatResult === 'function' &&
    optionalFunction('formatResults') &&
    optionalFunction('formatEvaluation')
  );
}
