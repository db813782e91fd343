import { closestStrings } from '../../_lib/closest-strings';
import type { MissingColumn } from '../missing-columns-error';
import type { CompiledField, CompiledSpec } from './compile-spec';
import type { HeaderColumn } from './detect-header';

/**
 * The required fields no column fills — or, when no column fills any field, every required
 * field (every field when none is required) — each with, as near misses, the unused header
 * closest to each of its name, label and aliases (at most three).
 */
export function findMissingColumns(header: readonly HeaderColumn[], spec: CompiledSpec): MissingColumn[] {
  const filled = new Set<CompiledField>();
  for (const column of header) if (column.field !== null) filled.add(column.field);
  const required = spec.fields.filter((field) => field.required);
  const wanted = filled.size === 0 && required.length === 0 ? spec.fields : required;
  const unused = header.filter((column) => column.field === null && column.key !== '');
  const keys = unused.map((column) => column.key);
  return wanted
    .filter((field) => !filled.has(field))
    .map((field) => {
      const near = new Set<string>();
      for (const key of field.headerKeys) {
        for (const match of closestStrings(key, keys, 1)) {
          const column = unused[keys.indexOf(match)];
          if (column !== undefined) near.add(column.text);
        }
      }
      return { field: field.name, label: field.label, nearMisses: [...near].slice(0, 3) };
    });
}
