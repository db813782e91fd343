import { defineTableSpec, type TableSpec } from '@edukpi/core';

/** A school row as loaded. */
export interface SchoolRow {
  readonly name: string;
  readonly students: number;
  readonly funds?: string;
  readonly opened?: string;
}

/**
 * A minimal stand-in for a zod object schema (a real zod 4 schema is tested in load-*.test.ts): passes
 * every built row through unchanged, except that each field in `required` must hold a value, with
 * zod's issue for a missing field.
 */
function requiredFieldsSchema<Row>(required: readonly string[]): TableSpec<Row>['schema'] {
  const schema = {
    safeParse(value: unknown) {
      const record = value as Record<string, unknown>;
      const issues = required
        .filter((field) => record[field] === undefined)
        .map((field) => ({
          code: 'invalid_type',
          expected: 'number',
          path: [field],
          message: 'Invalid input: expected number, received undefined',
          input: undefined,
        }));
      return issues.length === 0 ? { success: true, data: value } : { success: false, error: { issues } };
    },
  };
  return schema as unknown as TableSpec<Row>['schema'];
}

/** Schools: name and students required; funds an exact decimal; opened a text date. */
export const schoolSpec = defineTableSpec({
  name: 'school',
  label: { zh: '学校', en: 'school' },
  fields: [
    {
      name: 'name',
      label: { zh: '学校名称', en: 'school name' },
      aliases: { en: ['name'] },
      kind: 'text',
      required: true,
    },
    { name: 'students', label: { zh: '在校生数', en: 'students' }, kind: 'count', required: true },
    { name: 'funds', label: { zh: '公用经费', en: 'funds' }, kind: 'decimal' },
    { name: 'opened', label: { zh: '建校日期', en: 'opened' }, kind: 'text' },
  ],
  schema: requiredFieldsSchema<SchoolRow>(['name', 'students']),
});
