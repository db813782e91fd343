import {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  type DuckDBValue,
} from '@duckdb/node-api';

/** A DuckDB value as edukpi reads it: exact, and `null` for NULL. */
export type DuckdbCell = string | number | boolean | bigint | Date | null;

const millisecondsPerDay = 86_400_000;
/** The range of a JS `Date`: ±8.64e15 ms around the epoch. */
const maxDateMilliseconds = 8_640_000_000_000_000n;

/**
 * One DuckDB value as an exact cell:
 *
 * - NULL → `null` (a blank cell, never zero);
 * - BOOLEAN → `boolean`; TINYINT…INTEGER, UTINYINT…UINTEGER, FLOAT, DOUBLE → `number`
 *   (a NaN or infinite double → its text `'NaN'` / `'Infinity'`, so it is rejected, never counted);
 * - BIGINT, UBIGINT, HUGEINT, UHUGEINT, BIGNUM → `bigint`, exact;
 * - DECIMAL(w,s) → its exact decimal text with `s` decimals (`'12345.6700000000'`), never a float;
 * - DATE → a `Date` at UTC midnight; TIMESTAMP (any precision, with or without time zone) → a
 *   `Date` (to the millisecond); a date outside the JS range (`infinity`) → its DuckDB text;
 * - VARCHAR, ENUM → `string`; any other type (UUID, TIME, INTERVAL, LIST, STRUCT, BLOB…) → its
 *   DuckDB text form.
 */
export function toDuckdbCell(value: DuckDBValue): DuckdbCell {
  if (value === null) return null;
  switch (typeof value) {
    case 'boolean':
    case 'bigint':
    case 'string':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    default:
      break;
  }
  if (value instanceof DuckDBDecimalValue) return value.toString();
  if (value instanceof DuckDBDateValue) {
    if (!value.isFinite) return value.days > 0 ? 'infinity' : '-infinity';
    const milliseconds = value.days * millisecondsPerDay;
    return Math.abs(milliseconds) <= Number(maxDateMilliseconds) ? new Date(milliseconds) : value.toString();
  }
  if (value instanceof DuckDBTimestampValue || value instanceof DuckDBTimestampTZValue) {
    return dateFromMilliseconds(floorDivide(value.micros, 1000n), value);
  }
  if (value instanceof DuckDBTimestampMillisecondsValue) return dateFromMilliseconds(value.millis, value);
  if (value instanceof DuckDBTimestampSecondsValue) return dateFromMilliseconds(value.seconds * 1000n, value);
  if (value instanceof DuckDBTimestampNanosecondsValue) {
    return dateFromMilliseconds(floorDivide(value.nanos, 1_000_000n), value);
  }
  return value.toString();
}

function dateFromMilliseconds(
  milliseconds: bigint,
  value: { readonly isFinite: boolean; toString(): string },
): DuckdbCell {
  if (!value.isFinite) return milliseconds > 0n ? 'infinity' : '-infinity';
  return milliseconds >= -maxDateMilliseconds && milliseconds <= maxDateMilliseconds
    ? new Date(Number(milliseconds))
    : value.toString();
}

function floorDivide(dividend: bigint, divisor: bigint): bigint {
  const quotient = dividend / divisor;
  return dividend % divisor < 0n ? quotient - 1n : quotient;
}
