import { describeValue, type InputIssue, InvalidInputError } from '@edukpi/core';
import { schoolFieldNames } from '../../school/school-field-names';
import { type SchoolStageName, schoolStages, schoolTypes, stagesOfSchoolType } from '../../school/school-record';
import {
  amountColumns,
  isGiven,
  type OptionalNumberColumn,
  type SchoolColumns,
  type StageColumns,
  stageCountColumns,
} from '../school-columns';

const types = new Set<unknown>(schoolTypes);
const ownerships = new Set<unknown>(['public', 'private']);
const stageLabels: Readonly<Record<SchoolStageName, { zh: string; en: string }>> = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior' },
  senior: { zh: '高中', en: 'senior' },
};

// Each finder is one tight loop over one column, kept in its own small function so the engine
// optimises it once; the messages are then written for the rows it returns only.

function rowsNotText(values: ArrayLike<unknown>, length: number): number[] {
  const rows: number[] = [];
  for (let row = 0; row < length; row++) {
    const value = values[row];
    if (!(typeof value === 'string' && value.length > 0)) rows.push(row);
  }
  return rows;
}

function rowsNotIn(values: ArrayLike<unknown>, length: number, allowed: ReadonlySet<unknown>): number[] {
  const rows: number[] = [];
  for (let row = 0; row < length; row++) if (!allowed.has(values[row])) rows.push(row);
  return rows;
}

function rowsNotAmount(values: ArrayLike<unknown>, length: number): number[] {
  const rows: number[] = [];
  for (let row = 0; row < length; row++) {
    const value = values[row];
    if (!(typeof value === 'number' && value >= 0 && value !== Number.POSITIVE_INFINITY)) rows.push(row);
  }
  return rows;
}

/** Rows whose equipment value is given in both units or neither, or is not a finite number ≥ 0. */
function rowsBadEquipment(
  inYuan: OptionalNumberColumn | undefined,
  inWan: OptionalNumberColumn | undefined,
  length: number,
): number[] {
  const rows: number[] = [];
  for (let row = 0; row < length; row++) {
    const yuan = inYuan === undefined ? undefined : inYuan[row];
    const wan = inWan === undefined ? undefined : inWan[row];
    const yuanGiven = isGiven(yuan);
    if (yuanGiven === isGiven(wan)) {
      rows.push(row);
      continue;
    }
    const value = yuanGiven ? yuan : wan;
    if (!((value as number) >= 0 && value !== Number.POSITIVE_INFINITY)) rows.push(row);
  }
  return rows;
}

/** Sets `bit` in `taught` for each row whose value is given. */
function markGiven(values: OptionalNumberColumn, length: number, taught: Uint8Array, bit: number): void {
  for (let row = 0; row < length; row++) if (isGiven(values[row])) taught[row] = (taught[row] as number) | bit;
}

/** Whether a stage count is wrong: not a whole number ≥ 0 in a taught stage, or given in a stage not taught. */
function isBadCount(value: number | null | undefined, taught: boolean): boolean {
  if (!taught) return isGiven(value);
  // A whole number below 2³² passes the first test alone.
  return (value as number) >>> 0 !== value && !(Number.isSafeInteger(value) && (value as number) >= 0);
}

/** Rows with a wrong count in any of a stage's columns: one pass over the rows, reading every column. */
function rowsBadStage(
  columns: readonly OptionalNumberColumn[],
  length: number,
  taught: Uint8Array,
  bit: number,
): number[] {
  const rows: number[] = [];
  for (let row = 0; row < length; row++) {
    const teaches = ((taught[row] as number) & bit) !== 0;
    for (let index = 0; index < columns.length; index++) {
      if (isBadCount((columns[index] as OptionalNumberColumn)[row], teaches)) {
        rows.push(row);
        break;
      }
    }
  }
  return rows;
}

/** Of the `rows` given, those where this column's count is wrong. */
function rowsBadCount(
  values: OptionalNumberColumn,
  rows: readonly number[],
  taught: Uint8Array,
  bit: number,
): number[] {
  return rows.filter((row) => isBadCount(values[row], ((taught[row] as number) & bit) !== 0));
}

/** Each known type's stages as a bit mask (bit 0 primary, 1 junior, 2 senior); 0: any stages. */
const stageMaskOfType = new Map<unknown, number>(
  Object.entries(stagesOfSchoolType).map(([type, stages]) => [
    type,
    stages.reduce((mask, stage) => mask | (1 << schoolStages.indexOf(stage)), 0),
  ]),
);

/** Rows of a type with fixed stages that teach none of them, or a stage outside them. */
function rowsWithStagesNotOfType(types: ArrayLike<unknown>, taught: Uint8Array, length: number): number[] {
  const rows: number[] = [];
  for (let row = 0; row < length; row++) {
    const allowed = stageMaskOfType.get(types[row]);
    if (allowed === undefined || allowed === 0) continue;
    const mask = taught[row] as number;
    if (mask === 0 || (mask & ~allowed) !== 0) rows.push(row);
  }
  return rows;
}

/** A hint for a 64-bit integer (bigint) cell: the screen reads numbers and never converts silently. */
function bigintHint(value: unknown): { readonly zh: string; readonly en: string } {
  return typeof value === 'bigint'
    ? { zh: '(大整数 bigint,请先转为数字)', en: ' (a bigint: convert it to a number first)' }
    : { zh: '', en: '' };
}

const isArrayLike = (value: unknown): value is ArrayLike<unknown> =>
  typeof value === 'object' && value !== null && Number.isSafeInteger((value as { length?: unknown }).length);

const label = (name: string) =>
  name === 'county' ? { zh: '区县', en: 'county' } : (schoolFieldNames[name] ?? { zh: name, en: name });

/**
 * Checks a school table in columns: the columns there and of one length, then every cell. Throws
 * an {@link InvalidInputError} listing every problem (column, row, value, in both languages);
 * returns the number of schools.
 */
export function checkSchoolColumns(columns: SchoolColumns): number {
  const issues: InputIssue[] = [];
  const fail = () => {
    const [first, ...rest] = issues;
    if (first !== undefined)
      throw new InvalidInputError({
        issues: [first, ...rest],
        subject: { zh: '按列的学校表', en: 'the school table in columns' },
      });
  };
  if (typeof columns !== 'object' || columns === null || Array.isArray(columns)) {
    issues.push({
      path: ['columns'],
      messageZh: `columns 应为按列组织的学校表(每列一个数组),收到 ${describeValue(columns)}`,
      messageEn: `columns must be a school table in columns (one array per field), got ${describeValue(columns)}.`,
    });
    fail();
  }
  const length = isArrayLike(columns.id) ? columns.id.length : 0;
  const checkColumn = (path: readonly (string | number)[], value: unknown, required: boolean) => {
    const name = String(path[path.length - 1]);
    const where = path.join('.');
    if (value === undefined && !required) return;
    if (!isArrayLike(value)) {
      issues.push({
        path: ['columns', ...path],
        messageZh: `缺少列 ${where}(${label(name).zh}),或它不是数组`,
        messageEn: `column ${where} (${label(name).en}) is missing or not an array.`,
      });
    } else if (value.length !== length) {
      issues.push({
        path: ['columns', ...path],
        messageZh: `列 ${where} 有 ${value.length} 行,与 id 列的 ${length} 行不一致`,
        messageEn: `column ${where} has ${value.length} rows, the id column ${length}.`,
      });
    } else if (value instanceof BigInt64Array || value instanceof BigUint64Array) {
      // One issue for the column, not one per cell: a 64-bit integer column (Parquet INT64,
      // DuckDB BIGINT) is never converted silently.
      issues.push({
        path: ['columns', ...path],
        messageZh: `列 ${where} 是 64 位整数数组(${value.constructor.name});请转为数字数组(如 Float64Array.from(列, Number),或在 SQL 中 CAST 为 INTEGER/DOUBLE)`,
        messageEn: `column ${where} is a 64-bit integer array (${value.constructor.name}); pass numbers (e.g. Float64Array.from(column, Number), or CAST to INTEGER/DOUBLE in SQL).`,
      });
    }
  };
  for (const name of ['county', 'id', 'type', 'ownership', ...amountColumns] as const) {
    checkColumn([name], columns[name], true);
  }
  checkColumn(['name'], columns.name, false);
  checkColumn(['equipmentValue'], columns.equipmentValue, false);
  checkColumn(['equipmentValueWan'], columns.equipmentValueWan, false);
  if (columns.equipmentValue === undefined && columns.equipmentValueWan === undefined) {
    issues.push({
      path: ['columns', 'equipmentValue'],
      messageZh: '缺少教学仪器设备值列:equipmentValue(元)或 equipmentValueWan(万元)',
      messageEn: 'the equipment value column is missing: equipmentValue (yuan) or equipmentValueWan (10,000 yuan).',
    });
  }
  const stageColumns: [SchoolStageName, StageColumns][] = [];
  for (const stage of schoolStages) {
    const figures = columns[stage];
    if (figures === undefined) continue;
    if (typeof figures !== 'object' || figures === null) {
      issues.push({
        path: ['columns', stage],
        messageZh: `${stage}(${stageLabels[stage].zh})应为该学段各列组成的对象`,
        messageEn: `${stage} must be an object of the stage's columns.`,
      });
      continue;
    }
    for (const name of stageCountColumns) checkColumn([stage, name], figures[name], true);
    stageColumns.push([stage, figures]);
  }
  fail();

  // Column by column, each a tight loop over one array (rows of a national table are checked in
  // tens of milliseconds); the problems found are then put in row order.
  const found: { readonly row: number; readonly issue: InputIssue }[] = [];
  const cellIssue = (row: number, path: readonly string[], zh: string, en: string) =>
    found.push({
      row,
      issue: {
        path: ['columns', ...path, row],
        messageZh: `第 ${row + 1} 行:${zh}`,
        messageEn: `row ${row + 1}: ${en}`,
      },
    });
  for (const name of ['county', 'id', 'name'] as const) {
    const values = columns[name];
    if (values === undefined) continue;
    for (const row of rowsNotText(values, length)) {
      const value = values[row];
      cellIssue(
        row,
        [name],
        `${name === 'county' ? '区县' : label(name).zh}应为非空文本,收到 ${describeValue(value)}`,
        `${name === 'county' ? 'the county' : label(name).en} must be non-empty text, got ${describeValue(value)}.`,
      );
    }
  }
  const { type, ownership, equipmentValue, equipmentValueWan } = columns;
  for (const row of rowsNotIn(type, length, types)) {
    const value = type[row] as string;
    cellIssue(
      row,
      ['type'],
      `学校类型应为 ${schoolTypes.join('、')} 之一,收到 ${describeValue(value)}`,
      `the school type must be one of ${schoolTypes.join(', ')}, got ${describeValue(value)}.`,
    );
  }
  for (const row of rowsNotIn(ownership, length, ownerships)) {
    const value = ownership[row] as string;
    cellIssue(
      row,
      ['ownership'],
      `办学性质应为 public 或 private,收到 ${describeValue(value)}`,
      `ownership must be public or private, got ${describeValue(value)}.`,
    );
  }
  const amount = (row: number, column: string, value: unknown) =>
    cellIssue(
      row,
      [column],
      `${label(column).zh}应为非负有限数,收到 ${describeValue(value)}${bigintHint(value).zh}`,
      `${label(column).en} must be a finite non-negative number, got ${describeValue(value)}${bigintHint(value).en}.`,
    );
  for (const column of amountColumns) {
    const values = columns[column];
    for (const row of rowsNotAmount(values, length)) amount(row, column, values[row]);
  }
  for (const row of rowsBadEquipment(equipmentValue, equipmentValueWan, length)) {
    const inYuan = equipmentValue === undefined ? undefined : equipmentValue[row];
    const inWan = equipmentValueWan === undefined ? undefined : equipmentValueWan[row];
    const yuanGiven = isGiven(inYuan);
    if (yuanGiven === isGiven(inWan)) {
      cellIssue(
        row,
        ['equipmentValue'],
        yuanGiven
          ? '教学仪器设备值同时给出了元和万元,只能给其一'
          : '教学仪器设备值须以元(equipmentValue)或万元(equipmentValueWan)之一给出',
        yuanGiven
          ? 'the equipment value is given both in yuan and in 10,000 yuan; give one.'
          : 'give the equipment value in yuan (equipmentValue) or in 10,000 yuan (equipmentValueWan).',
      );
      continue;
    }
    amount(row, yuanGiven ? 'equipmentValue' : 'equipmentValueWan', yuanGiven ? inYuan : inWan);
  }
  // The stages each school teaches (bit 0 primary, 1 junior, 2 senior): those with students given.
  const taught = new Uint8Array(length);
  for (const [stage, figures] of stageColumns) {
    const bit = 1 << schoolStages.indexOf(stage);
    const students = figures.students;
    markGiven(students, length, taught, bit);
    const suspect = rowsBadStage(
      stageCountColumns.map((column) => figures[column]),
      length,
      taught,
      bit,
    );
    const stray = new Set<number>();
    for (const column of stageCountColumns) {
      const values = figures[column];
      for (const row of rowsBadCount(values, suspect, taught, bit)) {
        const value = values[row];
        if (((taught[row] as number) & bit) === 0) {
          if (stray.has(row)) continue;
          stray.add(row);
          cellIssue(
            row,
            [stage, 'students'],
            `${stageLabels[stage].zh}在校生数为空,但该学段的${label(column).zh}有值(${describeValue(value)})`,
            `the ${stage} students are blank but the stage's ${label(column).en} is given (${describeValue(value)}).`,
          );
        } else if (!(Number.isSafeInteger(value) && (value as number) >= 0)) {
          cellIssue(
            row,
            [stage, column],
            `${stageLabels[stage].zh}${label(column).zh}应为非负整数,收到 ${describeValue(value)}${bigintHint(value).zh}`,
            `the ${stage} ${label(column).en} must be a non-negative whole number, got ${describeValue(value)}${bigintHint(value).en}.`,
          );
        }
      }
    }
  }
  for (const row of rowsWithStagesNotOfType(type, taught, length)) {
    const schoolType = type[row] as keyof typeof stagesOfSchoolType;
    const allowed = stagesOfSchoolType[schoolType];
    const mask = taught[row] as number;
    if (mask === 0) {
      cellIssue(
        row,
        [allowed[0] as string, 'students'],
        `${schoolType} 类学校至少要有一个学段(${allowed.join('、')})的在校生数`,
        `a ${schoolType} school needs the students of at least one of its stages (${allowed.join(', ')}).`,
      );
      continue;
    }
    schoolStages.forEach((stage, index) => {
      if ((mask & (1 << index)) === 0 || allowed.includes(stage)) return;
      cellIssue(
        row,
        [stage, 'students'],
        `${schoolType} 类学校不应有${stageLabels[stage].zh}学段的数据`,
        `a ${schoolType} school has no ${stage} stage.`,
      );
    });
  }
  // A stable sort: each row's problems stay in column order.
  found.sort((left, right) => left.row - right.row);
  for (const { issue } of found) issues.push(issue);
  fail();
  return length;
}
