import { checkOptionRecord, InvalidOptionError } from '@edukpi/core';
import { type SchoolRecord, type StageFigures, schoolStages } from '../school/school-record';
import { checkSchoolColumns } from './_lib/check-school-columns';
import { amountColumns, isGiven, type SchoolColumns, stageCountColumns } from './school-columns';

/** @internal The school in row `row` of checked columns, as a school record (amounts as numbers, −0 as 0). */
export function schoolRecordAt(columns: SchoolColumns, row: number): SchoolRecord {
  const record: Record<string, unknown> = {
    id: columns.id[row],
    name: columns.name?.[row] ?? columns.id[row],
    type: columns.type[row],
    ownership: columns.ownership[row],
  };
  for (const stage of schoolStages) {
    const figures = columns[stage];
    if (figures === undefined || !isGiven(figures.students[row])) continue;
    const stageRecord: Record<string, number> = {};
    for (const column of stageCountColumns) stageRecord[column] = (figures[column][row] as number) + 0;
    record[stage] = stageRecord as unknown as StageFigures;
  }
  for (const column of amountColumns) record[column] = (columns[column][row] as number) + 0;
  const inYuan = columns.equipmentValue?.[row];
  if (isGiven(inYuan)) record.equipmentValue = inYuan + 0;
  else record.equipmentValueWan = (columns.equipmentValueWan?.[row] as number) + 0;
  return record as SchoolRecord;
}

/** Options of {@link schoolRecordsFromColumns}. */
export interface SchoolRecordsFromColumnsOptions {
  /** Only the schools of this county (in table order); every school when left out. */
  readonly county?: string;
}

/**
 * The schools of a table in columns as school records — to evaluate one county in full with
 * `evaluateRegime` after {@link screenCounties} has picked it out (every item, the exact figures,
 * the shortfalls and the schools pulling each CV up). Checks the columns as `screenCounties` does,
 * the whole table each call: for several counties, take them all at once with
 * {@link schoolRecordsByCounty}.
 *
 * @param columns - The school table in columns.
 * @param options - `county` to take one county's schools.
 * @returns The school records, in table order.
 * @throws {InvalidInputError} when a column or a cell is malformed.
 *
 * @example
 * ```ts
 * const screen = screenCounties(qualityBalance2017, columns);
 * const failing = screen.counties.find((county) => county.resourcesPassed === false);
 * const evaluation = evaluateRegime(qualityBalance2017, {
 *   schools: schoolRecordsFromColumns(columns, { county: failing.county }),
 * });
 * evaluation.verdict.failures; // the same failing schools and CVs, with every reason
 * ```
 */
export function schoolRecordsFromColumns(
  columns: SchoolColumns,
  options: SchoolRecordsFromColumnsOptions = {},
): SchoolRecord[] {
  const { county } = checkOptionRecord(options, ['county']) as SchoolRecordsFromColumnsOptions;
  if (county !== undefined && typeof county !== 'string') {
    throw new InvalidOptionError({
      path: ['options', 'county'],
      messageZh: 'county 应为区县的文本标识',
      messageEn: 'county must be the text id of a county.',
    });
  }
  const length = checkSchoolColumns(columns);
  const records: SchoolRecord[] = [];
  for (let row = 0; row < length; row++) {
    if (county === undefined || columns.county[row] === county) records.push(schoolRecordAt(columns, row));
  }
  return records;
}

/**
 * Every school of a table in columns as school records, grouped by county — one check of the table
 * and one pass over it, however many counties are then evaluated in full with `evaluateRegime`.
 *
 * @param columns - The school table in columns.
 * @returns Each county's school records in table order, counties in the order they first appear.
 * @throws {InvalidInputError} when a column or a cell is malformed.
 *
 * @example
 * ```ts
 * const screen = screenCounties(qualityBalance2017, columns);
 * const records = schoolRecordsByCounty(columns);
 * for (const county of screen.counties.filter((entry) => entry.resourcesPassed === false)) {
 *   evaluateRegime(qualityBalance2017, { schools: records.get(county.county) ?? [] });
 * }
 * ```
 */
export function schoolRecordsByCounty(columns: SchoolColumns): Map<string, SchoolRecord[]> {
  const length = checkSchoolColumns(columns);
  const counties = new Map<string, SchoolRecord[]>();
  for (let row = 0; row < length; row++) {
    const county = columns.county[row] as string;
    let records = counties.get(county);
    if (records === undefined) {
      records = [];
      counties.set(county, records);
    }
    records.push(schoolRecordAt(columns, row));
  }
  return counties;
}
