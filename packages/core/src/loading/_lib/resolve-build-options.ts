import { checkOptionRecord } from '../../_lib/check-option-record';
import { describeValue } from '../../_lib/describe-value';
import { InvalidOptionError } from '../../errors/invalid-option-error';
import type { BuildTableOptions } from '../build-table';
import { buildTableOptionNames } from '../build-table-option-names';
import type { LoadProgressCallback } from '../table-loader';
import type { ColumnMappingInput } from './compile-spec';

/** {@link BuildTableOptions} with defaults applied. */
export interface ResolvedBuildOptions<Row> {
  readonly mapping: ColumnMappingInput | undefined;
  readonly headerRows: number | undefined;
  readonly headerSearchRows: number;
  readonly onRow: ((row: Row, source: { sheet: string; row: number }) => unknown) | undefined;
  readonly keepRows: boolean;
  readonly reportLimit: number;
  readonly onProgress: LoadProgressCallback | undefined;
  readonly progressInterval: number;
  readonly signal: { readonly aborted: boolean; readonly reason?: unknown } | undefined;
}

function wholeNumber(
  record: Readonly<Record<string, unknown>>,
  name: string,
  min: number,
  max: number,
  fallback: number,
) {
  const value = record[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidOptionError({
      path: ['options', name],
      messageZh: `${name} 应为 ${min} 到 ${max} 的整数,收到 ${describeValue(value)}`,
      messageEn: `${name} must be a whole number from ${min} to ${max} (got ${describeValue(value)}).`,
    });
  }
  return value;
}

function functionOption<T>(record: Readonly<Record<string, unknown>>, name: string): T | undefined {
  const value = record[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'function') {
    throw new InvalidOptionError({
      path: ['options', name],
      messageZh: `${name} 应为函数,收到 ${describeValue(value)}`,
      messageEn: `${name} must be a function (got ${describeValue(value)}).`,
    });
  }
  return value as T;
}

/**
 * Checks and defaults the options of `buildTable`.
 *
 * @throws {InvalidOptionError} for an unknown option or a value out of range.
 */
export function resolveBuildOptions<Row>(options: BuildTableOptions<Row> | undefined): ResolvedBuildOptions<Row> {
  const record = checkOptionRecord(options ?? {}, buildTableOptionNames);
  const onRow = functionOption<ResolvedBuildOptions<Row>['onRow']>(record, 'onRow');
  const keepRows = record.keepRows ?? onRow === undefined;
  if (typeof keepRows !== 'boolean') {
    throw new InvalidOptionError({
      path: ['options', 'keepRows'],
      messageZh: `keepRows 应为 true 或 false,收到 ${describeValue(keepRows)}`,
      messageEn: `keepRows must be true or false (got ${describeValue(keepRows)}).`,
    });
  }
  const signal = record.signal;
  if (signal !== undefined && (typeof signal !== 'object' || signal === null || !('aborted' in signal))) {
    throw new InvalidOptionError({
      path: ['options', 'signal'],
      messageZh: 'signal 应为 AbortSignal',
      messageEn: 'signal must be an AbortSignal.',
    });
  }
  const headerRows = record.headerRows === undefined ? undefined : wholeNumber(record, 'headerRows', 1, 10, 1);
  return {
    mapping: record.mapping as ColumnMappingInput | undefined,
    headerRows,
    headerSearchRows: wholeNumber(record, 'headerSearchRows', 1, 1000, 30),
    onRow,
    keepRows,
    reportLimit: wholeNumber(record, 'reportLimit', 0, Number.MAX_SAFE_INTEGER, 10_000),
    onProgress: functionOption<LoadProgressCallback>(record, 'onProgress'),
    progressInterval: wholeNumber(record, 'progressInterval', 1, Number.MAX_SAFE_INTEGER, 10_000),
    signal: signal as ResolvedBuildOptions<Row>['signal'],
  };
}
