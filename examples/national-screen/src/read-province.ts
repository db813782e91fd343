import { stat } from 'node:fs/promises';
import {
  checkOptionRecord,
  describeValue,
  type InputIssue,
  InvalidInputError,
  InvalidOptionError,
  LoadError,
  MissingColumnsError,
} from '@edukpi/core';
import { type DuckdbCell, readDuckdbTable } from '@edukpi/loader-duckdb';
import type { SchoolColumns, SchoolStageName, StageColumns } from '@edukpi/standards';
import { type ProvinceColumn, provinceColumns } from './_lib/province-columns';

/** Options of {@link readProvince}. */
export interface ReadProvinceOptions {
  /**
   * Headers of the file to read as the columns named (`{ 小学在校生数: 'primary_students' }`), for
   * a file whose headers are not the English column names. Default `{}`: each column is found by
   * its own name, letter case ignored.
   */
  readonly mapping?: Readonly<Record<string, string>>;
  /** The most schools the file may hold; a larger one is refused before any row is read. Default 1,000,000. */
  readonly maxRows?: number;
}

/** The parameters of {@link readProvince}. */
export interface ReadProvinceParameters {
  /** A CSV file (read with `read_csv`, every cell as text, then cast in SQL) or a Parquet file (`.parquet`, `.pq`, read with `read_parquet`). */
  readonly source: string;
  readonly options?: ReadProvinceOptions;
}

const parquetExtension = /\.(?:parquet|pq)$/i;
const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The file's headers, as DuckDB reads them (a query with no rows still has its columns). */
async function readHeaders(from: string, source: string): Promise<string[]> {
  const table = await readDuckdbTable({
    source: { sql: `SELECT * FROM ${from} LIMIT 0`, parameters: { path: source } },
    options: { name: source },
  });
  return table.columns.map((column) => column.name);
}

/** Each expected column's header in the file, or why the file cannot be read: a missing column, a senior stage in part. */
function matchColumns(
  headers: readonly string[],
  mapping: Readonly<Record<string, string>>,
  source: string,
): Map<ProvinceColumn, string> {
  const byName = new Map<string, string>();
  for (const header of headers) {
    const target = mapping[header] ?? header;
    if (!byName.has(target.toLowerCase())) byName.set(target.toLowerCase(), header);
  }
  const found = new Map<ProvinceColumn, string>();
  for (const column of provinceColumns) {
    const header = byName.get(column.name);
    if (header !== undefined) found.set(column, header);
  }
  const seniorColumns = provinceColumns.filter((column) => column.presence === 'stage');
  const seniorGiven = seniorColumns.some((column) => found.has(column));
  const equipmentGiven = provinceColumns.some((column) => column.presence === 'equipment' && found.has(column));
  const missing = provinceColumns.filter(
    (column) =>
      !found.has(column) &&
      (column.presence === 'required' ||
        (column.presence === 'stage' && seniorGiven) ||
        (column.presence === 'equipment' && !equipmentGiven && column.name === 'equipment_value')),
  );
  if (missing.length > 0) {
    const squeeze = (text: string) => text.toLowerCase().replace(/[\s_\-.]/g, '');
    throw new MissingColumnsError({
      sheet: source,
      table: { zh: '学校', en: 'school' },
      headers,
      missing: missing.map((column) => ({
        field: column.name,
        label: column.label,
        nearMisses: headers.filter((header) => squeeze(header) === squeeze(column.name)),
      })),
    });
  }
  return found;
}

/**
 * Reads a province's (or the nation's) school table — one row per school, every county in one file —
 * from a CSV or Parquet file with DuckDB SQL, into the `SchoolColumns` that `screenCounties` and
 * `schoolRecordsFromColumns` of `@edukpi/standards` take: text columns as strings, every number
 * column as a `Float64Array` (a blank cell as `NaN`, which the screen reads as blank, never as 0).
 *
 * The columns are found by name (`county`, `id`, `name`, `type`, `ownership`, `primary_students`…
 * `junior_intermediate_or_above_title_teachers`, optionally the nine `senior_…` columns,
 * `teaching_area`, `sports_area`, `equipment_value` (元) and/or `equipment_value_wan` (万元),
 * `computers`, `books`, `multimedia_classrooms`); other columns are ignored. The query casts every
 * number to DOUBLE — counts included, so that a fractional head count (`12.5`) reaches the screen's
 * check and is refused there rather than rounded by an INTEGER cast — and keeps NULLs. No row is
 * filtered out: a malformed cell is refused by `screenCounties`, with its row (the n-th school, the
 * header not counted).
 *
 * @param parameters - `source`, the file, and `options` (`mapping` of headers, `maxRows`).
 * @returns The school table in columns, in file order.
 * @throws {MissingColumnsError} when a required column is not in the file (each listed with its label in Chinese and English, and near misses such as `primaryStudents`).
 * @throws {InvalidInputError} when a number cell holds a value DuckDB reads as NaN or infinity.
 * @throws {LoadError} when the file does not exist, DuckDB cannot read it or a cell is not a number (`'12人'`): DuckDB's message, which names the column.
 * @throws {InvalidOptionError} for an unknown option or a mapping to an unknown column.
 *
 * @example
 * ```ts
 * const columns = await readProvince({ source: 'data/province-schools.csv' });
 * columns.id.length;                // 128
 * columns.county[0];                // '城关区'
 * columns.junior?.students[0];      // NaN: 城关区实验小学 teaches no junior stage
 * screenCounties(qualityBalance2017, columns).counties.length; // 6
 * ```
 */
export async function readProvince({ source, options = {} }: ReadProvinceParameters): Promise<SchoolColumns> {
  const { mapping = {}, maxRows } = checkOptionRecord(options, ['mapping', 'maxRows']) as ReadProvinceOptions;
  const known = new Set(provinceColumns.map((column) => column.name));
  for (const [header, name] of Object.entries(mapping)) {
    if (!known.has(name)) {
      throw new InvalidOptionError({
        path: ['options', 'mapping', header],
        messageZh: `mapping 把「${header}」对应到未知的列 ${describeValue(name)};可用的列:${[...known].join('、')}`,
        messageEn: `mapping sends "${header}" to an unknown column ${describeValue(name)}; the columns are: ${[...known].join(', ')}.`,
      });
    }
  }
  // A query source skips the loader's own file check; without this DuckDB would say "IO Error: No files found".
  const file = await stat(source).catch(() => null);
  if (file === null || !file.isFile()) {
    throw new LoadError({
      code: 'read_failed',
      source,
      messageZh: `找不到学校表文件「${source}」`,
      messageEn: `The school table file "${source}" does not exist.`,
    });
  }
  const from = parquetExtension.test(source)
    ? 'read_parquet($path)'
    : 'read_csv($path, header = true, all_varchar = true)';
  const found = matchColumns(await readHeaders(from, source), mapping, source);
  const selected = [...found];
  const casts = selected.map(
    ([column, header]) =>
      `CAST(${quoteIdentifier(header)} AS ${column.target.kind === 'text' ? 'VARCHAR' : 'DOUBLE'}) AS ${column.name}`,
  );
  const table = await readDuckdbTable({
    source: { sql: `SELECT\n  ${casts.join(',\n  ')}\nFROM ${from}`, parameters: { path: source } },
    options: { name: source, ...(maxRows === undefined ? {} : { maxRows }) },
  });

  const issues: InputIssue[] = [];
  const numbers = (column: ProvinceColumn, values: readonly DuckdbCell[]): Float64Array => {
    const numeric = new Float64Array(values.length);
    values.forEach((value, row) => {
      if (typeof value === 'number') numeric[row] = value;
      else if (value === null) numeric[row] = Number.NaN;
      else {
        // DuckDB gives a NaN or infinite double as its text: refuse it rather than read it as blank.
        numeric[row] = Number.NaN;
        issues.push({
          path: ['columns', column.name, row],
          messageZh: `第 ${row + 1} 所学校:${column.label.zh}(${column.name})应为有限数,收到 ${describeValue(value)}`,
          messageEn: `school ${row + 1}: ${column.label.en} (${column.name}) must be a finite number, got ${describeValue(value)}.`,
        });
      }
    });
    return numeric;
  };
  const texts: Record<string, string[]> = {};
  const amounts: Record<string, Float64Array> = {};
  const stages: Partial<Record<SchoolStageName, Record<string, Float64Array>>> = {};
  selected.forEach(([column], index) => {
    const values = table.columns[index]?.values ?? [];
    const { target } = column;
    if (target.kind === 'text') texts[target.field] = values.map((value) => (value === null ? '' : String(value)));
    else if (target.kind === 'amount') amounts[target.field] = numbers(column, values);
    else {
      stages[target.stage] = { ...stages[target.stage], [target.field]: numbers(column, values) };
    }
  });
  const [first, ...rest] = issues;
  if (first !== undefined) throw new InvalidInputError({ issues: [first, ...rest] });

  return {
    county: texts.county ?? [],
    id: texts.id ?? [],
    ...(texts.name === undefined ? {} : { name: texts.name }),
    type: (texts.type ?? []) as unknown as SchoolColumns['type'],
    ownership: (texts.ownership ?? []) as unknown as SchoolColumns['ownership'],
    ...(Object.fromEntries(
      Object.entries(stages).map(([stage, figures]) => [stage, figures as unknown as StageColumns]),
    ) as Pick<SchoolColumns, SchoolStageName>),
    teachingArea: amounts.teachingArea as Float64Array,
    sportsArea: amounts.sportsArea as Float64Array,
    ...(amounts.equipmentValue === undefined ? {} : { equipmentValue: amounts.equipmentValue }),
    ...(amounts.equipmentValueWan === undefined ? {} : { equipmentValueWan: amounts.equipmentValueWan }),
    computers: amounts.computers as Float64Array,
    books: amounts.books as Float64Array,
    multimediaClassrooms: amounts.multimediaClassrooms as Float64Array,
  };
}
