import { EdukpiError } from '../errors/edukpi-error';
import type { BilingualText } from '../i18n/localized-text';

const marker = Symbol.for('edukpi.error.missing-columns');

/** A required field no column was found for, with the headers that came closest. */
export interface MissingColumn {
  /** The canonical field name. */
  readonly field: string;
  /** The field's label. */
  readonly label: BilingualText;
  /** Source headers that look like it (a typo, a different unit), best first; may be empty. */
  readonly nearMisses: readonly string[];
}

/**
 * Thrown when a sheet's header lacks required columns of the table. `missing` lists each
 * missing field with the source headers that came closest, so a renamed or misspelt column is
 * easy to map with the `mapping` option; `headers` lists every header found.
 *
 * @example
 * ```ts
 * try {
 *   await loadCsv({ source: 'schools.csv', spec: schoolTableSpec });
 * } catch (error) {
 *   if (MissingColumnsError.isInstance(error)) {
 *     error.missing[0]; // { field: 'name', label: { zh: '学校名称', … }, nearMisses: ['学校名'] }
 *   }
 * }
 * ```
 */
export class MissingColumnsError extends EdukpiError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for by isInstance, across copies of core
  private readonly [marker] = true;

  declare readonly code: 'missing_columns';
  /** The sheet whose header was read. */
  readonly sheet: string;
  /** The required fields not found. Never empty. */
  readonly missing: readonly MissingColumn[];
  /** Every header found in the sheet (flattened), left to right. */
  readonly headers: readonly string[];

  constructor({
    sheet,
    missing,
    headers,
    table,
  }: {
    sheet: string;
    missing: readonly MissingColumn[];
    headers: readonly string[];
    table: BilingualText;
  }) {
    const listZh = missing
      .map(
        (column) =>
          `${column.label.zh}(${column.field})${column.nearMisses.length > 0 ? `,相近的列:${column.nearMisses.map((header) => `「${header}」`).join('、')}` : ''}`,
      )
      .join(';');
    const listEn = missing
      .map(
        (column) =>
          `${column.label.en} (${column.field})${column.nearMisses.length > 0 ? `, near misses: ${column.nearMisses.map((header) => `"${header}"`).join(', ')}` : ''}`,
      )
      .join('; ');
    super({
      code: 'missing_columns',
      path: [sheet],
      messageZh: `「${sheet}」缺少${table.zh}的必需列:${listZh}。可用 mapping 选项指定列名对应的字段。`,
      messageEn: `"${sheet}" lacks required columns of the ${table.en} table: ${listEn}. Map other headers with the mapping option.`,
    });
    this.name = 'MissingColumnsError';
    this.sheet = sheet;
    this.missing = missing;
    this.headers = headers;
  }

  /** Whether `error` is a {@link MissingColumnsError} from any copy of `@edukpi/core`. */
  static override isInstance(error: unknown): error is MissingColumnsError {
    return EdukpiError.hasMarker(error, marker);
  }
}
