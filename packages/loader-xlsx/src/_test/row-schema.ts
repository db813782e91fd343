import type { TableSpec } from '@edukpi/core';

/**
 * A minimal stand-in for a zod object schema (a real zod 4 schema is tested in load-*.test.ts): passes
 * every built row through unchanged, except that each path in `required` must hold a value, as
 * a zod schema with those fields non-optional would require, with zod's issue for a missing field.
 */
export function requiredPathsSchema<Row>(required: readonly string[]): TableSpec<Row>['schema'] {
  const schema = {
    safeParse(value: unknown) {
      const issues = required
        .map((path) => path.split('.'))
        .filter((segments) => valueAt(value, segments) === undefined)
        .map((segments) => ({
          code: 'invalid_type',
          expected: 'number',
          path: segments,
          message: 'Invalid input: expected number, received undefined',
          input: undefined,
        }));
      return issues.length === 0 ? { success: true, data: value } : { success: false, error: { issues } };
    },
  };
  return schema as unknown as TableSpec<Row>['schema'];
}

function valueAt(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
