import type { z } from 'zod';
import { describeIssue } from '../_lib/describe-issue';
import type { ErrorPathSegment } from '../errors/edukpi-error';
import type { InputIssue } from '../errors/invalid-input-error';
import type { BilingualText } from '../i18n/localized-text';

/** Options of {@link checkWithSchema} and {@link validateWithSchema}. */
export interface CheckWithSchemaOptions {
  /** How each field is named in messages, by field name (the last segment of its path). */
  readonly fieldNames?: Readonly<Record<string, BilingualText>>;
  /** Where the value sits, prefixed to every issue's path (e.g. `['schools', 3]`). */
  readonly path?: readonly ErrorPathSegment[];
}

/** The outcome of {@link checkWithSchema}: the parsed value, or every issue found. */
export type CheckWithSchemaOutcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly [InputIssue, ...InputIssue[]] };

/**
 * Checks a value against a zod schema and, where it fails, describes every issue in Chinese and
 * English with the field's name and path — the messages edukpi's own errors use. For plugins
 * (loaders, standards) that validate many rows and report each bad one without throwing.
 *
 * @param schema - Any zod schema.
 * @param value - The value to check.
 * @param options - Field names for messages, and a path prefix.
 * @returns `{ ok: true, value }` with the parsed value, or `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * const outcome = checkWithSchema(z.object({ students: z.number().int().min(0) }), { students: -3 }, {
 *   fieldNames: { students: { zh: '在校生数', en: 'students' } },
 *   path: ['schools', 2],
 * });
 * outcome.ok === false && outcome.issues[0].messageZh; // '在校生数(schools[2].students)不能为负数,收到 -3'
 * ```
 */
export function checkWithSchema<T>(
  schema: z.ZodType<T>,
  value: unknown,
  options: CheckWithSchemaOptions = {},
): CheckWithSchemaOutcome<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const names = options.fieldNames ?? {};
  const [first, ...rest] = parsed.error.issues.map((issue) =>
    describeIssue(issue, value, (name) => names[name] ?? { zh: name, en: name }, options.path ?? []),
  );
  if (first === undefined) throw new Error('unreachable: a failed parse has issues');
  return { ok: false, issues: [first, ...rest] };
}
