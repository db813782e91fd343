import type { z } from 'zod';
import type { BilingualText } from '../i18n/localized-text';
import { compileSpec } from './_lib/compile-spec';
import { schemaFromFields } from './_lib/schema-from-fields';
import type { TableFieldSpec, TableSpec } from './table-spec';

/**
 * The parameters of {@link defineTableSpec}: a {@link TableSpec} whose row type is the schema's
 * output. Without a `schema`, rows are validated by one made from the fields (see
 * {@link defineTableSpec}).
 */
export interface DefineTableSpecParameters<Schema extends z.ZodType> {
  readonly name: string;
  readonly label: BilingualText;
  readonly fields: readonly TableFieldSpec[];
  readonly schema?: Schema;
  readonly fieldNames?: Readonly<Record<string, BilingualText>>;
  readonly prepareRow?: (row: Record<string, unknown>) => Record<string, unknown>;
  readonly quickCheck?: (row: Readonly<Record<string, unknown>>) => boolean;
}

/**
 * Defines a table for the loaders: its canonical fields (name or nested path, Chinese and English
 * label and aliases, required or optional, kind, enum values, whether `万`/`亿` are allowed) and
 * the zod schema every built row must pass. Without a schema, one is made from the fields: text
 * non-empty, counts whole and ≥ 0, decimals exact (strings) and ≥ 0 unless `allowNegative`,
 * booleans, enums among their values; required fields need a value, others may be blank; no
 * other keys. Checks the definition once, so a clash is found when the spec is written, not when
 * a file is loaded.
 *
 * @param parameters - The table's `name`, `label`, `fields` and optional `schema`; optional `fieldNames`
 *   for messages, a `prepareRow` step and a `quickCheck` shortcut (see {@link TableSpec}).
 * @returns The frozen spec, typed by the schema's output.
 * @throws {InvalidOptionError} when two fields share a name, an alias or a header would mean two
 *   fields, a name uses `__proto__`, `constructor` or `prototype` as a path segment, an enum field
 *   has no values, or a kind is unknown.
 *
 * @example
 * ```ts
 * const spec = defineTableSpec({
 *   name: 'kindergarten',
 *   label: { zh: '幼儿园', en: 'kindergarten' },
 *   fields: [
 *     { name: 'name', label: { zh: '幼儿园名称', en: 'name' }, kind: 'text', required: true },
 *     {
 *       name: 'ownership',
 *       label: { zh: '办学性质', en: 'ownership' },
 *       kind: 'enum',
 *       values: { public: ['公办'], private: ['民办'] },
 *       required: true,
 *     },
 *     { name: 'children.enrolled', label: { zh: '在园幼儿数', en: 'children enrolled' }, kind: 'count' },
 *   ],
 *   schema: z.object({
 *     name: z.string(),
 *     ownership: z.enum(['public', 'private']),
 *     children: z.object({ enrolled: z.number().int().min(0) }).optional(),
 *   }),
 * });
 * spec.fields.length; // 3
 * ```
 */
export function defineTableSpec<Schema extends z.ZodType = z.ZodType<Record<string, unknown>>>(
  parameters: DefineTableSpecParameters<Schema>,
): TableSpec<z.output<Schema>> {
  const fields = Object.freeze([...parameters.fields]);
  // Check the fields first: the schema made from them assumes they are well formed.
  compileSpec({ name: parameters.name, label: parameters.label, fields, schema: undefined as never });
  return Object.freeze({
    name: parameters.name,
    label: parameters.label,
    fields,
    schema: (parameters.schema ?? schemaFromFields(fields)) as z.ZodType<z.output<Schema>>,
    ...(parameters.fieldNames === undefined ? {} : { fieldNames: parameters.fieldNames }),
    ...(parameters.prepareRow === undefined ? {} : { prepareRow: parameters.prepareRow }),
    ...(parameters.quickCheck === undefined ? {} : { quickCheck: parameters.quickCheck }),
  });
}
