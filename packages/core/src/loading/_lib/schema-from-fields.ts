import { z } from 'zod';
import { countSchema, nonNegativeDecimalSchema } from '../../_lib/decimal-schema';
import type { TableFieldSpec } from '../table-spec';

const signedDecimal = z.string().regex(/^-?(?:\d+(?:\.\d*)?|\.\d+)$/);

function fieldSchema(field: TableFieldSpec): z.ZodType {
  switch (field.kind) {
    case 'text':
      return z.string().min(1);
    case 'count':
      return field.allowNegative === true ? z.number().int() : countSchema;
    case 'decimal':
    case 'money':
    case 'percent':
      return field.allowNegative === true ? signedDecimal : nonNegativeDecimalSchema;
    case 'boolean':
      return z.boolean();
    case 'enum':
      return z.enum(Object.keys(field.values ?? {}) as [string, ...string[]]);
  }
}

interface Node {
  readonly children: Map<string, Node>;
  field: TableFieldSpec | undefined;
}

function toSchema(node: Node): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of node.children) {
    if (child.field !== undefined) {
      const schema = fieldSchema(child.field);
      shape[key] = child.field.required === true ? schema : schema.optional();
    } else {
      shape[key] = toSchema(child).optional();
    }
  }
  return z.strictObject(shape);
}

/**
 * The schema a spec without one validates rows with, made from its fields: text non-empty,
 * counts whole and ≥ 0, decimals exact and ≥ 0 (unless `allowNegative`), enums among their
 * values; required fields must have a value, the rest may be blank; nested paths are optional
 * objects.
 */
export function schemaFromFields(fields: readonly TableFieldSpec[]): z.ZodType<Record<string, unknown>> {
  const root: Node = { children: new Map(), field: undefined };
  for (const field of fields) {
    let node = root;
    for (const segment of field.name.split('.')) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { children: new Map(), field: undefined };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.field = field;
  }
  return toSchema(root) as z.ZodType<Record<string, unknown>>;
}
