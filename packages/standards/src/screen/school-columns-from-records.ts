import { checkWithSchema, Decimal, type InputIssue, InvalidInputError } from '@edukpi/core';
import { isClearlyValidSchool } from '../school/_lib/is-clearly-valid-school';
import { schoolFieldNames } from '../school/school-field-names';
import { type SchoolRecord, type SchoolStageName, schoolRecordSchema, schoolStages } from '../school/school-record';
import { amountColumns, type SchoolColumns, type StageColumns, stageCountColumns } from './school-columns';

type StageArrays = { -readonly [K in keyof StageColumns]: (number | null)[] };

/**
 * The schools of several counties as one table in columns, for {@link screenCounties}. Each record
 * is checked against `schoolRecordSchema`, and each amount must survive the move to a double: a
 * decimal string with more digits than a double holds (`'1234567.123456789012'`) is reported, never
 * rounded silently.
 *
 * @param counties - Each county's school records, by county id: a `Map` or a plain object.
 * @returns The table in columns, counties in the order given, schools in their order.
 * @throws {InvalidInputError} listing every malformed record and every amount a double cannot hold.
 *
 * @example
 * ```ts
 * const columns = schoolColumnsFromRecords({ '130281': zunhuaSchools, '130283': qiananSchools });
 * const screen = screenCounties(qualityBalance2017, columns);
 * screen.counties.map((county) => [county.county, county.resourcesPassed]);
 * ```
 */
export function schoolColumnsFromRecords(
  counties: ReadonlyMap<string, readonly SchoolRecord[]> | Readonly<Record<string, readonly SchoolRecord[]>>,
): SchoolColumns {
  const entries: [string, readonly SchoolRecord[]][] =
    counties instanceof Map ? [...counties.entries()] : Object.entries(counties ?? {});
  const issues: InputIssue[] = [];
  const county: string[] = [];
  const id: string[] = [];
  const name: string[] = [];
  const type: SchoolRecord['type'][] = [];
  const ownership: SchoolRecord['ownership'][] = [];
  const equipmentValue: (number | null)[] = [];
  const equipmentValueWan: (number | null)[] = [];
  const amounts = Object.fromEntries(amountColumns.map((column) => [column, [] as number[]])) as Record<
    (typeof amountColumns)[number],
    number[]
  >;
  const stages: Partial<Record<SchoolStageName, StageArrays>> = {};
  const valid: [string, SchoolRecord, number][] = [];
  for (const [county, schools] of entries) {
    if (!Array.isArray(schools)) {
      issues.push({
        path: [county],
        messageZh: `区县 ${county} 的学校应为数组`,
        messageEn: `the schools of county ${county} must be an array.`,
      });
      continue;
    }
    schools.forEach((school, index) => {
      if (!isClearlyValidSchool(school)) {
        const checked = checkWithSchema(schoolRecordSchema, school, {
          fieldNames: schoolFieldNames,
          path: [county, index],
        });
        if (!checked.ok) {
          issues.push(...checked.issues);
          return;
        }
      }
      valid.push([county, school, index]);
      for (const stage of schoolStages) if (school[stage] !== undefined) stages[stage] ??= emptyStage();
    });
  }
  const asDouble = (countyId: string, index: number, field: string, value: unknown): number | null => {
    if (value === undefined) return null;
    const double = Number(String(value));
    if (typeof value !== 'number' && !new Decimal(double).eq(new Decimal(String(value)))) {
      const name = schoolFieldNames[field] ?? { zh: field, en: field };
      issues.push({
        path: [countyId, index, field],
        messageZh: `${name.zh} ${String(value)} 的有效数字超出双精度数能精确保存的范围,请用 evaluateRegime 按记录评估`,
        messageEn: `${name.en} ${String(value)} has more significant digits than a double holds exactly; evaluate these records with evaluateRegime.`,
      });
    }
    return double + 0;
  };
  for (const [countyId, school, index] of valid) {
    county.push(countyId);
    id.push(school.id);
    name.push(school.name);
    type.push(school.type);
    ownership.push(school.ownership);
    for (const field of amountColumns) amounts[field].push(asDouble(countyId, index, field, school[field]) as number);
    equipmentValue.push(asDouble(countyId, index, 'equipmentValue', school.equipmentValue));
    equipmentValueWan.push(asDouble(countyId, index, 'equipmentValueWan', school.equipmentValueWan));
    for (const stage of schoolStages) {
      const arrays = stages[stage];
      if (arrays === undefined) continue;
      const figures = school[stage];
      for (const column of stageCountColumns) arrays[column].push(figures === undefined ? null : figures[column]);
    }
  }
  const [first, ...rest] = issues;
  if (first !== undefined) {
    throw new InvalidInputError({ issues: [first, ...rest], subject: { zh: '学校记录', en: 'the school records' } });
  }
  return { county, id, name, type, ownership, ...amounts, equipmentValue, equipmentValueWan, ...stages };
}

function emptyStage(): StageArrays {
  return Object.fromEntries(stageCountColumns.map((column) => [column, []])) as unknown as StageArrays;
}
