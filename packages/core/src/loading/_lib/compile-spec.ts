import { closestStrings } from '../../_lib/closest-strings';
import { describeValue } from '../../_lib/describe-value';
import { InvalidOptionError } from '../../errors/invalid-option-error';
import type { BilingualText } from '../../i18n/localized-text';
import { normalizeHeader } from '../normalize-header';
import type { RawCell } from '../raw-row';
import type { TableFieldKind, TableFieldSpec, TableSpec } from '../table-spec';
import { createCellReader } from './read-cell';

/** A user's mapping from source headers to canonical field names; `null` ignores the column. */
export type ColumnMappingInput = Readonly<Record<string, string | null>> | ReadonlyMap<string, string | null>;

/** A field ready for the hot path: everything looked up once. */
export interface CompiledField {
  readonly name: string;
  readonly label: BilingualText;
  readonly path: readonly string[];
  readonly kind: TableFieldKind;
  readonly required: boolean;
  readonly allowScale: boolean;
  readonly allowNegative: boolean;
  /** Units accepted after a number. */
  readonly units: ReadonlySet<string>;
  /** For `enum`: normalized cell text → canonical value. */
  readonly values: ReadonlyMap<string, string>;
  /** For `enum`: cell text exactly as written in the spec → canonical value, tried first (no normalizing). */
  readonly exactValues: ReadonlyMap<string, string>;
  /** For `enum`: the accepted texts, for messages. */
  readonly valueTexts: readonly string[];
  /** Every normalized header that means this field, for near-miss suggestions. */
  readonly headerKeys: readonly string[];
  /** Reads one cell as this field's kind: the value, `undefined` when blank, or a `CellProblem`. */
  readonly read: (cell: RawCell) => unknown;
  /** Puts a value at the field's path in a row being built. */
  readonly set: (row: Record<string, unknown>, value: unknown) => void;
}

/** A spec with its alias index, checked once per load. */
export interface CompiledSpec {
  readonly fields: readonly CompiledField[];
  readonly byName: ReadonlyMap<string, CompiledField>;
  /** Normalized header → field. */
  readonly aliases: ReadonlyMap<string, CompiledField>;
  /** Normalized user header → field, or `null` to ignore the column. */
  readonly mapping: ReadonlyMap<string, CompiledField | null>;
  /** How schema path segments are named in messages. */
  readonly fieldNames: Readonly<Record<string, BilingualText>>;
}

const kinds: readonly TableFieldKind[] = ['text', 'count', 'decimal', 'money', 'percent', 'boolean', 'enum'];
const forbiddenSegments = new Set(['__proto__', 'constructor', 'prototype']);

function specError(path: readonly (string | number)[], zh: string, en: string): InvalidOptionError {
  return new InvalidOptionError({ path: ['spec', ...path], messageZh: zh, messageEn: en });
}

function compileField(field: TableFieldSpec, position: number): CompiledField {
  const at = ['fields', position];
  if (typeof field !== 'object' || field === null) {
    throw specError(
      at,
      `字段定义应为对象,收到 ${describeValue(field)}`,
      `a field spec must be an object (got ${describeValue(field)}).`,
    );
  }
  if (typeof field.name !== 'string' || field.name === '') {
    throw specError([...at, 'name'], '字段名不能为空', 'a field needs a non-empty name.');
  }
  const path = field.name.split('.');
  for (const segment of path) {
    if (segment === '' || forbiddenSegments.has(segment)) {
      throw specError(
        [...at, 'name'],
        `字段名「${field.name}」不可用:路径段不能为空,也不能是 __proto__、constructor 或 prototype`,
        `field name "${field.name}" is not allowed: path segments must be non-empty and not __proto__, constructor or prototype.`,
      );
    }
  }
  if (!kinds.includes(field.kind)) {
    throw specError(
      [...at, 'kind'],
      `字段 ${field.name} 的类型 ${describeValue(field.kind)} 无效;可用:${kinds.join('、')}`,
      `field ${field.name} has an invalid kind ${describeValue(field.kind)}; the kinds are: ${kinds.join(', ')}.`,
    );
  }
  const values = new Map<string, string>();
  const exactValues = new Map<string, string>();
  const valueTexts: string[] = [];
  if (field.kind === 'enum') {
    const entries = field.values === undefined ? [] : Object.entries(field.values);
    if (entries.length === 0) {
      throw specError(
        [...at, 'values'],
        `枚举字段 ${field.name} 需要 values`,
        `enum field ${field.name} needs values.`,
      );
    }
    for (const [value, texts] of entries) {
      for (const text of [value, ...texts]) {
        const key = normalizeHeader(text);
        const existing = values.get(key);
        if (existing !== undefined && existing !== value) {
          throw specError(
            [...at, 'values', value],
            `枚举字段 ${field.name} 的取值「${text}」同时对应 ${existing} 和 ${value}`,
            `enum field ${field.name}: "${text}" means both ${existing} and ${value}.`,
          );
        }
        values.set(key, value);
        exactValues.set(text, value);
      }
      valueTexts.push(texts[0] ?? value);
    }
  }
  const money = field.kind === 'money';
  const set = createSetter(path);
  const names = [
    field.name,
    field.label.zh,
    field.label.en,
    ...(field.aliases?.zh ?? []),
    ...(field.aliases?.en ?? []),
  ];
  const compiled: Omit<CompiledField, 'read'> & { read: CompiledField['read'] } = {
    name: field.name,
    label: field.label,
    path,
    kind: field.kind,
    required: field.required === true,
    allowScale: field.allowScale ?? money,
    allowNegative: field.allowNegative === true,
    units: new Set(field.units ?? (money ? ['元'] : [])),
    values,
    exactValues,
    valueTexts,
    headerKeys: [...new Set(names.map(normalizeHeader).filter((key) => key !== ''))],
    read: () => undefined,
    set,
  };
  compiled.read = createCellReader(compiled);
  return compiled;
}

/**
 * A setter for a field path. Segments are the spec's own (never `__proto__`, `constructor` or
 * `prototype`), and a group is looked up as an own property only, so nothing inherited is written to.
 */
function createSetter(path: readonly string[]): (row: Record<string, unknown>, value: unknown) => void {
  const [first = '', second = ''] = path;
  if (path.length === 1) {
    return (row, value) => {
      row[first] = value;
    };
  }
  if (path.length === 2) {
    return (row, value) => {
      // Only a group this setter made is an object here: inherited members of Object.prototype
      // are functions, and `__proto__` is not an allowed segment.
      let group = row[first] as Record<string, unknown> | undefined;
      if (typeof group !== 'object' || group === null) {
        group = {};
        row[first] = group;
      }
      group[second] = value;
    };
  }
  const last = path.length - 1;
  return (row, value) => {
    let target = row;
    for (let index = 0; index < last; index++) {
      const key = path[index] as string;
      let next = Object.hasOwn(target, key) ? (target[key] as Record<string, unknown>) : undefined;
      if (next === undefined) {
        next = {};
        target[key] = next;
      }
      target = next;
    }
    target[path[last] as string] = value;
  };
}

function compileMapping(
  mapping: ColumnMappingInput | undefined,
  byName: ReadonlyMap<string, CompiledField>,
): Map<string, CompiledField | null> {
  const compiled = new Map<string, CompiledField | null>();
  if (mapping === undefined) return compiled;
  if (typeof mapping !== 'object' || mapping === null) {
    throw new InvalidOptionError({
      path: ['options', 'mapping'],
      messageZh: `mapping 应为对象或 Map,收到 ${describeValue(mapping)}`,
      messageEn: `mapping must be an object or a Map (got ${describeValue(mapping)}).`,
    });
  }
  const entries = mapping instanceof Map ? [...mapping.entries()] : Object.entries(mapping);
  for (const [header, target] of entries) {
    if (target === null) {
      compiled.set(normalizeHeader(header), null);
      continue;
    }
    const field = typeof target === 'string' ? byName.get(target) : undefined;
    if (field === undefined) {
      const suggestions = closestStrings(String(target), [...byName.keys()]);
      const hintZh = suggestions.length > 0 ? `;是否想用:${suggestions.join('、')}` : '';
      const hintEn = suggestions.length > 0 ? `; did you mean: ${suggestions.join(', ')}` : '';
      throw new InvalidOptionError({
        path: ['options', 'mapping', header],
        messageZh: `mapping 把「${header}」对应到未知字段 ${describeValue(target)}${hintZh}`,
        messageEn: `mapping sends "${header}" to an unknown field ${describeValue(target)}${hintEn}.`,
      });
    }
    compiled.set(normalizeHeader(header), field);
  }
  return compiled;
}

/**
 * Checks a table spec and indexes its headers: every field name, label and alias, normalized.
 *
 * @throws {InvalidOptionError} for a malformed spec (duplicate names, an alias meaning two
 *   fields, a forbidden path segment, an enum without values) or a mapping to an unknown field.
 */
export function compileSpec(spec: TableSpec<unknown>, mapping?: ColumnMappingInput): CompiledSpec {
  if (typeof spec !== 'object' || spec === null || !Array.isArray(spec.fields) || spec.fields.length === 0) {
    throw specError([], '表定义需要至少一个字段', 'a table spec needs at least one field.');
  }
  const fields = spec.fields.map(compileField);
  const byName = new Map<string, CompiledField>();
  const aliases = new Map<string, CompiledField>();
  fields.forEach((field, position) => {
    if (byName.has(field.name)) {
      throw specError(
        ['fields', position, 'name'],
        `字段名 ${field.name} 重复`,
        `field name ${field.name} appears twice.`,
      );
    }
    byName.set(field.name, field);
  });
  fields.forEach((field, position) => {
    for (const key of field.headerKeys) {
      const existing = aliases.get(key);
      if (existing !== undefined && existing !== field) {
        throw specError(
          ['fields', position, 'aliases'],
          `列名「${key}」同时对应字段 ${existing.name} 和 ${field.name}`,
          `header "${key}" would mean both ${existing.name} and ${field.name}.`,
        );
      }
      aliases.set(key, field);
    }
  });
  const fieldNames: Record<string, BilingualText> = {};
  for (const field of fields) {
    const last = field.path[field.path.length - 1] ?? field.name;
    if (!Object.hasOwn(fieldNames, last)) fieldNames[last] = field.label;
  }
  return {
    fields,
    byName,
    aliases,
    mapping: compileMapping(mapping, byName),
    fieldNames: spec.fieldNames ?? fieldNames,
  };
}
