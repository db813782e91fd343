import { z } from 'zod';
import { countSchema } from '../../../_lib/decimal-schema';
import { describeIssue, type FieldNamer } from '../../../_lib/describe-issue';
import { describeValue } from '../../../_lib/describe-value';
import { type InputIssue, InvalidInputError } from '../../../errors/invalid-input-error';
import type { GradeLabel } from '../grade-label';
import { describeGradeIssue, notAnObjectIssue } from './describe-grade-issue';
import { gradeLabelSchema } from './grade-label-schema';

/** The id errors from {@link flowRatesByGrade} carry. */
export const FLOW_RATES_ID = 'flow_rates_by_grade';

/** One validated grade of an enrolment table. */
export interface ParsedGradeRow {
  readonly index: number;
  readonly grade: GradeLabel;
  readonly enrolment: number;
  readonly nextYearEnrolment: number;
  readonly nextYearRepeaters: number;
}

/** A validated enrolment table. */
export interface ParsedGradeTable {
  readonly grades: readonly ParsedGradeRow[];
  readonly graduates: number | null;
}

const gradeSchema = z.strictObject({
  grade: gradeLabelSchema.optional(),
  enrolment: countSchema,
  nextYearEnrolment: countSchema,
  nextYearRepeaters: countSchema,
});

const graduatesSchema = z.object({ graduates: countSchema });

const GRADE_FIELDS = ['grade', 'enrolment', 'nextYearEnrolment', 'nextYearRepeaters'] as const;

const fieldNames: Record<string, { zh: string; en: string }> = {
  grade: { zh: '年级名称', en: 'grade label' },
  enrolment: { zh: 't 学年该年级在校生数', en: 'enrolment in year t' },
  nextYearEnrolment: { zh: 't+1 学年该年级在校生数', en: 'enrolment in year t+1' },
  nextYearRepeaters: { zh: 't+1 学年该年级留级生数', en: 'repeaters in year t+1' },
  graduates: { zh: 't 学年最后一个年级毕业生数', en: 'graduates of the last grade in year t' },
  grades: { zh: '年级列表', en: 'grades' },
};

const nameField: FieldNamer = (name) => fieldNames[name] ?? { zh: name, en: name };

function checkGrade(row: unknown, index: number): { issues: InputIssue[]; parsed?: ParsedGradeRow } {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return { issues: [notAnObjectIssue(row, index, '{ enrolment, nextYearEnrolment, nextYearRepeaters }')] };
  }
  const parsed = gradeSchema.safeParse(row);
  if (!parsed.success) {
    return {
      issues: parsed.error.issues.map((issue) => describeGradeIssue(issue, row, index, nameField, GRADE_FIELDS)),
    };
  }
  const { grade, enrolment, nextYearEnrolment, nextYearRepeaters } = parsed.data;
  if (nextYearRepeaters > nextYearEnrolment) {
    return {
      issues: [
        {
          path: ['grades', index, 'nextYearRepeaters'],
          messageZh: `t+1 学年留级生数(grades[${index}].nextYearRepeaters = ${nextYearRepeaters})不能大于该年级 t+1 学年在校生数(${nextYearEnrolment}):留级生是该年级在校生的一部分`,
          messageEn: `grades[${index}].nextYearRepeaters (${nextYearRepeaters}) cannot exceed the grade's enrolment in year t+1 (${nextYearEnrolment}): repeaters are part of that enrolment.`,
        },
      ],
    };
  }
  return {
    issues: [],
    parsed: { index, grade: grade ?? index + 1, enrolment, nextYearEnrolment, nextYearRepeaters },
  };
}

/**
 * Validates the input of {@link flowRatesByGrade}: an object `{ grades, graduates? }` with at
 * least one grade, every count a whole number ≥ 0, and each grade's repeaters in t+1 no more
 * than its enrolment in t+1. Every problem is listed, not just the first.
 *
 * @throws {InvalidInputError} with paths such as `['grades', 2, 'nextYearRepeaters']`.
 */
export function parseGradeTable(input: unknown): ParsedGradeTable {
  const fail = (issues: readonly InputIssue[]): never => {
    const [first, ...rest] = issues;
    if (first === undefined) throw new Error('unreachable: failing without issues');
    throw new InvalidInputError({ indicatorId: FLOW_RATES_ID, issues: [first, ...rest] });
  };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const received = describeValue(input);
    return fail([
      {
        path: [],
        messageZh: `输入应为对象 { grades, graduates },收到 ${received}`,
        messageEn: `the input must be an object { grades, graduates } (got ${received}).`,
      },
    ]);
  }
  const record = input as Record<string, unknown>;
  const issues: InputIssue[] = [];
  for (const key of Object.keys(record)) {
    if (key !== 'grades' && key !== 'graduates') {
      issues.push({
        path: [key],
        messageZh: `未知字段 ${key};可用字段:grades、graduates`,
        messageEn: `unknown field ${key}; the fields are grades and graduates.`,
      });
    }
  }
  let graduates: number | null = null;
  if (record.graduates !== undefined) {
    const parsed = graduatesSchema.safeParse({ graduates: record.graduates });
    if (parsed.success) graduates = parsed.data.graduates;
    else issues.push(...parsed.error.issues.map((issue) => describeIssue(issue, input, nameField)));
  }
  const rows = record.grades;
  if (!Array.isArray(rows) || rows.length === 0) {
    const received = Array.isArray(rows) ? 'an empty array' : describeValue(rows);
    const receivedZh = Array.isArray(rows) ? '空数组' : received;
    issues.push({
      path: ['grades'],
      messageZh: `grades(年级列表)应为按年级顺序排列、至少含一个年级的数组,收到 ${receivedZh}`,
      messageEn: `grades must be an array of at least one grade, in grade order (got ${received}).`,
    });
    return fail(issues);
  }
  const grades: ParsedGradeRow[] = [];
  rows.forEach((row: unknown, index) => {
    const checked = checkGrade(row, index);
    issues.push(...checked.issues);
    if (checked.parsed !== undefined) grades.push(checked.parsed);
  });
  if (issues.length > 0) return fail(issues);
  return { grades, graduates };
}
