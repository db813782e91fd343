import {
  type BilingualText,
  type BuildTableOptions,
  buildTable,
  buildTableOptionNames,
  checkOptionRecord,
  InvalidOptionError,
  type LoadResult,
  MissingColumnsError,
  type RawSheet,
  type TableSpec,
} from '@edukpi/core';
import type ExcelJS from 'exceljs';
import { fileError } from './_lib/file-error';
import { openWorkbook, type WorkbookLimits } from './_lib/open-workbook';
import { readWorksheet } from './_lib/read-worksheet';

/** A workbook: a file path, or its bytes (a `Buffer` is a `Uint8Array`). */
export type XlsxSource = string | Uint8Array;

/** The options only the XLSX loader has: which sheets to read and the safety limits. */
export interface XlsxReadOptions {
  /**
   * The one sheet to read: its name (exact, or ignoring surrounding spaces and case) or its
   * 0-based position among the workbook's sheets (hidden ones included). Defaults to the first
   * visible sheet whose header holds the table's required columns; which sheet was read is
   * reported in `warnings` when the workbook has several. Not with `sheets`.
   */
  readonly sheet?: string | number;
  /**
   * Several sheets with the same layout, loaded into one table in order: `'all'` for every
   * visible sheet (a sheet holding no column of the table, such as a 说明 sheet, is skipped with
   * a warning; hidden sheets are skipped and listed), or a list of names and 0-based positions.
   * Each rejection names its sheet. Defaults to one sheet (see `sheet`). Not with `sheet`.
   */
  readonly sheets?: 'all' | readonly (string | number)[];
  /** The largest workbook file read, in bytes; a larger one is refused before it is read. Defaults to 100 MB. */
  readonly maxBytes?: number;
  /**
   * The most bytes the workbook's parts may inflate to, together. exceljs holds a workbook in
   * memory at about 8 times its inflated XML, so the default, 128 MB (about 330,000 rows of 10
   * columns, 1 GB of heap), keeps a load within Node's default heap; raise it together with
   * `--max-old-space-size`, or read large data with @edukpi/loader-duckdb.
   */
  readonly maxUncompressedBytes?: number;
  /** The highest inflate ratio allowed for a part larger than 1 MB. Defaults to 100 (Apache POI's zip-bomb threshold). */
  readonly maxCompressionRatio?: number;
  /** The most parts (files inside the zip) a workbook may have. Defaults to 10,000. */
  readonly maxEntries?: number;
}

/** Options of {@link loadXlsx}: every {@link BuildTableOptions} option, plus sheet selection and limits. */
export interface LoadXlsxOptions<Row> extends BuildTableOptions<Row>, XlsxReadOptions {}

/** The parameters of {@link loadXlsx}. */
export interface LoadXlsxParameters<Row> {
  /** The workbook: a path to an `.xlsx` file, or its bytes. */
  readonly source: XlsxSource;
  /** The table to build. */
  readonly spec: TableSpec<Row>;
  readonly options?: LoadXlsxOptions<Row>;
}

const megabyte = 1024 * 1024;
const readOptionNames = [
  'sheet',
  'sheets',
  'maxBytes',
  'maxUncompressedBytes',
  'maxCompressionRatio',
  'maxEntries',
] as const satisfies readonly (keyof XlsxReadOptions)[];
/** Every option {@link loadXlsx} takes, checked before the workbook is opened. */
const optionNames: readonly string[] = [...readOptionNames, ...buildTableOptionNames];

/**
 * Loads an Excel workbook (`.xlsx`) into the validated rows of a table, as exported by the
 * statistics system: title rows above the header, a two-row Chinese header with merged group
 * cells (flattened to `小学 / 在校生数`), formula cells, totals rows, several sheets.
 *
 * The file is checked before exceljs sees it: its size (a path is `stat`ed, never read when too
 * large), that it is a zip and an Office Open XML workbook (an old `.xls`, a CSV or HTML file
 * renamed `.xlsx`, a Word file are named as such), and that its zip central directory declares no
 * more than the limits (a zip bomb is refused before anything is inflated; a part that inflates
 * past its declared size is stopped at that size).
 *
 * Cells: formulas are read by their cached result, never their text (a formula with no cached
 * result is rejected, saying to recalculate in Excel); error values (`#DIV/0!`, `#N/A`) are
 * rejected; rich text is joined; date cells are `Date`s. A merged cell's text fills its range (a
 * township merged down its schools is repeated on each row), while a merged number counts once,
 * in the range's top-left cell, with a warning. Hidden rows and columns are read and listed in
 * `warnings`. Totals (合计 / 总计) and blank rows are skipped with a note, and
 * `counts.read === accepted + rejected + skipped`, always.
 *
 * @param parameters - `source` (a path or bytes), `spec` (the table) and `options`
 *   ({@link LoadXlsxOptions}).
 * @returns The accepted rows, every rejected cell (sheet, row, column, raw value, reason in
 *   Chinese and English), the skipped rows, the counts, the column mapping and warnings.
 * @throws {LoadError} `read_failed` (missing or unreadable file), `file_too_large` (over `maxBytes`,
 *   a zip bomb), `invalid_file` (not an `.xlsx` workbook, encrypted, damaged).
 * @throws {MissingColumnsError} when no sheet (or the chosen sheet) has the required columns.
 * @throws {InvalidOptionError} for an unknown sheet or a malformed option.
 *
 * @example
 * ```ts
 * import { loadXlsx } from '@edukpi/loader-xlsx';
 *
 * // Sheet1: a title row, a header 学校名称 | 小学 (在校生数, 班数) over two rows, two schools, a 合计 row.
 * const result = await loadXlsx({ source: '2023事业统计.xlsx', spec: schoolSpec });
 * result.rows;       // [{ name: '城关第一小学', primary: { students: 1200, classes: 24 } }]
 * result.rejections; // [{ sheet: 'Sheet1', row: 5, column: '小学 / 在校生数', value: '三百', code: 'not_a_number',
 *                    //    reason: { zh: '小学在校生数应为数字,「三百」不是数字', en: … }, … }]
 * result.counts;     // { read: 6, accepted: 1, rejected: 1, skipped: 4 }
 * ```
 */
export async function loadXlsx<Row>({ source, spec, options }: LoadXlsxParameters<Row>): Promise<LoadResult<Row>> {
  const { read, build } = splitOptions(options);
  const limits = resolveLimits(read);
  if (read.sheet !== undefined && read.sheets !== undefined) {
    throw new InvalidOptionError({
      path: ['options', 'sheets'],
      messageZh: 'sheet 与 sheets 只能指定其一',
      messageEn: 'give either sheet or sheets, not both.',
    });
  }
  const { workbook, name } = await openWorkbook(source, limits);
  const worksheets = workbook.worksheets;
  if (worksheets.length === 0) {
    throw fileError(
      'not_a_workbook',
      { zh: `工作簿「${name}」中没有工作表`, en: `The workbook "${name}" has no sheets.` },
      undefined,
      name,
    );
  }

  const notes: BilingualText[] = [];
  let result: LoadResult<Row>;
  if (read.sheet !== undefined) {
    const sheet = readWorksheet(findWorksheet(worksheets, read.sheet, ['options', 'sheet']));
    result = await buildTable({ sheets: sheet, spec, options: build });
  } else if (read.sheets !== undefined) {
    const chosen = chooseSheets(worksheets, read.sheets, notes);
    result = await buildTable({ sheets: chosen.map(readWorksheet), spec, options: build });
  } else {
    result = await loadFirstMatching(worksheets, spec, build, notes);
  }
  return notes.length === 0 ? result : { ...result, warnings: [...notes, ...result.warnings] };
}

/**
 * Checks the option names (the loader's own and `buildTable`'s, so a typo fails before the
 * workbook is opened) and separates the loader's own options from those of `buildTable`.
 */
function splitOptions<Row>(options: LoadXlsxOptions<Row> | undefined): {
  read: XlsxReadOptions;
  build: BuildTableOptions<Row>;
} {
  if (options === undefined) return { read: {}, build: {} };
  checkOptionRecord(options, optionNames);
  const read: Record<string, unknown> = {};
  const build: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if ((readOptionNames as readonly string[]).includes(key)) read[key] = value;
    else build[key] = value;
  }
  return { read: read as XlsxReadOptions, build: build as BuildTableOptions<Row> };
}

function resolveLimits(read: XlsxReadOptions): WorkbookLimits {
  return {
    maxBytes: positiveNumber(read.maxBytes, 'maxBytes', 100 * megabyte),
    maxUncompressedBytes: positiveNumber(read.maxUncompressedBytes, 'maxUncompressedBytes', 128 * megabyte),
    maxCompressionRatio: positiveNumber(read.maxCompressionRatio, 'maxCompressionRatio', 100),
    maxEntries: positiveNumber(read.maxEntries, 'maxEntries', 10_000),
  };
}

function positiveNumber(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidOptionError({
      path: ['options', name],
      messageZh: `${name} 应为正数,收到 ${String(value)}`,
      messageEn: `${name} must be a positive number (got ${String(value)}).`,
    });
  }
  return value;
}

/** A worksheet by name (exact first, then ignoring surrounding spaces and case) or 0-based position. */
function findWorksheet(
  worksheets: readonly ExcelJS.Worksheet[],
  selector: string | number,
  path: readonly (string | number)[],
): ExcelJS.Worksheet {
  if (typeof selector === 'number') {
    const found = Number.isInteger(selector) ? worksheets[selector] : undefined;
    if (found !== undefined) return found;
  } else if (typeof selector === 'string') {
    const exact = worksheets.find((worksheet) => worksheet.name === selector);
    if (exact !== undefined) return exact;
    const key = selector.trim().toLowerCase();
    const loose = worksheets.find((worksheet) => worksheet.name.trim().toLowerCase() === key);
    if (loose !== undefined) return loose;
  }
  const names = worksheets.map((worksheet, index) => `${index}: ${worksheet.name}`);
  throw new InvalidOptionError({
    path,
    messageZh: `工作簿中没有工作表 ${JSON.stringify(selector)};现有工作表(序号从 0 起):${names.join('、')}`,
    messageEn: `The workbook has no sheet ${JSON.stringify(selector)}; its sheets (numbered from 0) are: ${names.join(', ')}.`,
  });
}

function isVisible(worksheet: ExcelJS.Worksheet): boolean {
  return worksheet.state === undefined || worksheet.state === 'visible';
}

/** The sheets of `sheets: 'all' | [...]`, noting hidden sheets left out of `'all'`. */
function chooseSheets(
  worksheets: readonly ExcelJS.Worksheet[],
  selection: XlsxReadOptions['sheets'],
  notes: BilingualText[],
): ExcelJS.Worksheet[] {
  if (selection === 'all') {
    const hidden = worksheets.filter((worksheet) => !isVisible(worksheet));
    if (hidden.length > 0) notes.push(hiddenSheetsNote(hidden));
    return worksheets.filter(isVisible);
  }
  if (!Array.isArray(selection) || selection.length === 0) {
    throw new InvalidOptionError({
      path: ['options', 'sheets'],
      messageZh: "sheets 应为 'all' 或非空的工作表名称/序号列表",
      messageEn: "sheets must be 'all' or a non-empty list of sheet names or positions.",
    });
  }
  const chosen: ExcelJS.Worksheet[] = [];
  selection.forEach((selector, index) => {
    const worksheet = findWorksheet(worksheets, selector, ['options', 'sheets', index]);
    if (!chosen.includes(worksheet)) chosen.push(worksheet);
  });
  return chosen;
}

function hiddenSheetsNote(hidden: readonly ExcelJS.Worksheet[]): BilingualText {
  const names = hidden.map((worksheet) => worksheet.name);
  return {
    zh: `隐藏的工作表未读取:${names.map((sheetName) => `「${sheetName}」`).join('、')};如需读取,请用 sheet 或 sheets 选项指名`,
    en: `Hidden sheets were not read: ${names.map((sheetName) => `"${sheetName}"`).join(', ')}; name them in the sheet or sheets option to read them.`,
  };
}

/**
 * The default: tries each visible sheet in order and keeps the first whose header holds the
 * table's required columns (a sheet that lacks them fails within its first rows, so trying is
 * cheap). When none does, throws the failure of the sheet that came closest.
 */
async function loadFirstMatching<Row>(
  worksheets: readonly ExcelJS.Worksheet[],
  spec: TableSpec<Row>,
  build: BuildTableOptions<Row>,
  notes: BilingualText[],
): Promise<LoadResult<Row>> {
  const visible = worksheets.filter(isVisible);
  const candidates = visible.length > 0 ? visible : [...worksheets];
  const passed: string[] = [];
  let closest: MissingColumnsError | undefined;
  for (const worksheet of candidates) {
    const sheet: RawSheet = readWorksheet(worksheet);
    try {
      const result = await buildTable({ sheets: sheet, spec, options: build });
      if (worksheets.length > 1) notes.unshift(chosenSheetNote(worksheet.name, passed, spec));
      const hidden = worksheets.filter((candidate) => !isVisible(candidate));
      if (hidden.length > 0 && visible.length > 0) notes.push(hiddenSheetsNote(hidden));
      return result;
    } catch (error) {
      if (!MissingColumnsError.isInstance(error)) throw error;
      if (closest === undefined || error.missing.length < closest.missing.length) closest = error;
      passed.push(worksheet.name);
    }
  }
  throw closest!;
}

function chosenSheetNote(sheetName: string, passed: readonly string[], spec: TableSpec<unknown>): BilingualText {
  const skippedZh = passed.length > 0 ? `;前面的${passed.map((name) => `「${name}」`).join('、')}没有所需的列` : '';
  const skippedEn =
    passed.length > 0
      ? `; ${passed.map((name) => `"${name}"`).join(', ')} before it ${passed.length === 1 ? 'lacks' : 'lack'} the required columns`
      : '';
  return {
    zh: `读取了工作表「${sheetName}」:第一个含有${spec.label.zh}表所需列的工作表${skippedZh}。可用 sheet 选项指定其他工作表`,
    en: `Read the sheet "${sheetName}": the first sheet holding the required columns of the ${spec.label.en} table${skippedEn}. Choose another with the sheet option.`,
  };
}
