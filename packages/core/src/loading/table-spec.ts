import type { z } from 'zod';
import type { BilingualText } from '../i18n/localized-text';

/**
 * How a column's cells are read:
 *
 * - `text`: trimmed text; numbers are written out as text (an id exported as a number stays exact).
 * - `count`: a whole number ≥ 0 as a JS number (`1,234`, `１２３４`, `1.2万` where `allowScale`).
 * - `decimal`: an exact decimal as a string (`'660.5'`), never a float.
 * - `money`: like `decimal`, an amount of money; `万` / `亿` suffixes and the unit `元` are allowed unless turned off.
 * - `percent`: percentage points as an exact decimal string: `'92.88%'` and `'92.88'` both give `'92.88'`.
 * - `boolean`: 是/否, 有/无, Y/N, yes/no, true/false, 1/0, √/×.
 * - `enum`: one of the field's `values`, matched by any of its aliases (`小学` → `'primary'`).
 */
export type TableFieldKind = 'text' | 'count' | 'decimal' | 'money' | 'percent' | 'boolean' | 'enum';

/** Header aliases of a field, by language. Matching ignores case, whitespace, `_`, `-` and full/half width. */
export interface TableFieldAliases {
  readonly zh?: readonly string[];
  readonly en?: readonly string[];
}

/** One canonical field of a table: the columns that fill it and how its cells are read. */
export interface TableFieldSpec {
  /**
   * The canonical name, e.g. `'name'` or `'primary.students'`. Dots make a nested path, so flat
   * columns fill nested objects (`primary.students` → `{ primary: { students } }`). Always
   * accepted as a header itself.
   */
  readonly name: string;
  /** The field's label in Chinese and English, used in messages and accepted as a header. */
  readonly label: BilingualText;
  /** More header names that mean this field. */
  readonly aliases?: TableFieldAliases;
  /** Whether the column must be present in the source. Defaults to `false`. A blank cell is the schema's business. */
  readonly required?: boolean;
  /** How the cells are read. */
  readonly kind: TableFieldKind;
  /** For `enum`: each canonical value with the cell texts that mean it, e.g. `{ primary: ['小学'] }`. */
  readonly values?: Readonly<Record<string, readonly string[]>>;
  /** For numbers: accept `万` / `亿` / `万亿` suffixes. Defaults to `true` for `money`, `false` otherwise. */
  readonly allowScale?: boolean;
  /** For numbers: the unit words a cell may end with (`'人'`, `'元'`). Defaults to `['元']` for `money`, none otherwise. */
  readonly units?: readonly string[];
  /** For numbers: accept values below zero. Defaults to `false`. */
  readonly allowNegative?: boolean;
}

/**
 * A table's columns and the schema its rows must pass: what a loader needs to turn a sheet into
 * validated rows. Make one with {@link defineTableSpec}.
 */
export interface TableSpec<Row> {
  /** A short id of the table, e.g. `'school'`. */
  readonly name: string;
  /** The table's name in Chinese and English, for messages. */
  readonly label: BilingualText;
  /** The canonical fields. */
  readonly fields: readonly TableFieldSpec[];
  /** The zod schema every built row must pass; its output is the row returned. */
  readonly schema: z.ZodType<Row>;
  /** How schema paths are named in messages, by the last path segment; defaults to the field labels. */
  readonly fieldNames?: Readonly<Record<string, BilingualText>>;
  /**
   * An optional last step before validation, for rules of the source rather than of the row: e.g.
   * dropping the all-zero figures an export prints for a stage the school does not teach. Gets the
   * row as built from the cells (a fresh object it may change) and returns the row to validate.
   */
  readonly prepareRow?: (row: Record<string, unknown>) => Record<string, unknown>;
  /**
   * An optional shortcut for speed: returns `true` only for a built row the schema accepts and
   * returns unchanged, so the schema need not run for it. `false` means "run the schema". A
   * `quickCheck` that returns `true` for a row the schema rejects is a bug; test it against the schema.
   */
  readonly quickCheck?: (row: Readonly<Record<string, unknown>>) => boolean;
}
