import { z } from 'zod';
import { type Decimal, toDecimal } from '../../../_lib/decimal';
import { nonNegativeDecimalSchema } from '../../../_lib/decimal-schema';
import type { FieldNamer } from '../../../_lib/describe-issue';
import { describeValue } from '../../../_lib/describe-value';
import { type InputIssue, InvalidInputError } from '../../../errors/invalid-input-error';
import type { FlowRateNoValueReason } from '../flow-rates-by-grade';
import type { GradeLabel } from '../grade-label';
import { describeGradeIssue, notAnObjectIssue } from './describe-grade-issue';
import { gradeLabelSchema } from './grade-label-schema';

/** The id errors from {@link reconstructCohort} carry. */
export const RECONSTRUCTED_COHORT_ID = 'reconstructed_cohort';

/** One validated grade of a rate table. */
export interface ParsedCohortGrade {
  readonly index: number;
  readonly grade: GradeLabel;
  readonly promotion: Decimal | null;
  readonly repetition: Decimal | null;
  /** 1 − p − r, when both are known. */
  readonly dropout: Decimal | null;
  /** Why a rate is `null`, as the rate table said; `null` when it said nothing. */
  readonly givenReason: FlowRateNoValueReason | null;
}

const FLOW_REASONS = ['zero_enrolment', 'graduates_not_given'] as const satisfies readonly FlowRateNoValueReason[];

// Not strict: a flowRatesByGrade result (or its JSON) carries counts and reasons beside the rates.
const gradeSchema = z.object({
  grade: gradeLabelSchema.optional(),
  promotion: nonNegativeDecimalSchema.nullable(),
  repetition: nonNegativeDecimalSchema.nullable(),
  reason: z.enum(FLOW_REASONS).nullable().optional(),
});

const GRADE_FIELDS = ['grade', 'promotion', 'repetition', 'reason'] as const;

const fieldNames: Record<string, { zh: string; en: string }> = {
  grade: { zh: '年级名称', en: 'grade label' },
  promotion: { zh: '升级率(小数,0.9 即 90%)', en: 'promotion rate, a fraction' },
  repetition: { zh: '留级率(小数,0.05 即 5%)', en: 'repetition rate, a fraction' },
  reason: { zh: '无值原因', en: 'no-value reason' },
};

const nameField: FieldNamer = (name) => fieldNames[name] ?? { zh: name, en: name };

/**
 * Validates the rate table of {@link reconstructCohort}: `{ grades }` with at least one grade,
 * each with `promotion` and `repetition` (decimals ≥ 0, fractions of 1, or `null`), an optional
 * `grade` label and an optional `reason` for a `null` rate. Extra fields (the counts of a
 * {@link flowRatesByGrade} result) are ignored.
 *
 * @throws {InvalidInputError} listing every problem, with paths `['grades', i, field]`.
 */
export function parseCohortRates(rates: unknown): readonly ParsedCohortGrade[] {
  const fail = (issues: readonly InputIssue[]): never => {
    const [first, ...rest] = issues;
    if (first === undefined) throw new Error('unreachable: failing without issues');
    throw new InvalidInputError({ indicatorId: RECONSTRUCTED_COHORT_ID, issues: [first, ...rest] });
  };
  const rows =
    typeof rates === 'object' && rates !== null && !Array.isArray(rates)
      ? (rates as Record<string, unknown>).grades
      : undefined;
  if (!Array.isArray(rows) || rows.length === 0) {
    const received = Array.isArray(rows) ? 'an empty array' : describeValue(rows ?? rates);
    return fail([
      {
        path: ['grades'],
        messageZh: `rates 应为 { grades: [...] }(例如 flowRatesByGrade 的结果),grades 按年级顺序且至少含一个年级,收到 ${Array.isArray(rows) ? '空数组' : received}`,
        messageEn: `rates must be { grades: [...] } (such as a flowRatesByGrade result), grades in order and at least one (got ${received}).`,
      },
    ]);
  }
  const issues: InputIssue[] = [];
  const grades: ParsedCohortGrade[] = [];
  rows.forEach((row: unknown, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      issues.push(notAnObjectIssue(row, index, '{ promotion, repetition }'));
      return;
    }
    const parsed = gradeSchema.safeParse(row);
    if (!parsed.success) {
      issues.push(
        ...parsed.error.issues.map((issue) => describeGradeIssue(issue, row, index, nameField, GRADE_FIELDS)),
      );
      return;
    }
    const { grade, promotion, repetition, reason } = parsed.data;
    const p = promotion === null ? null : toDecimal(promotion);
    const r = repetition === null ? null : toDecimal(repetition);
    grades.push({
      index,
      grade: grade ?? index + 1,
      promotion: p,
      repetition: r,
      dropout: p === null || r === null ? null : toDecimal(1).minus(p).minus(r),
      givenReason: reason ?? null,
    });
  });
  if (issues.length > 0) return fail(issues);
  return grades;
}
