import type { Decimal } from '../../../_lib/decimal';
import type { CohortWarning } from '../cohort-warning';
import type { GradeLabel } from '../grade-label';
import { gradeText } from './grade-text';

/** The warnings a grade's rates call for: a negative dropout rate, a repetition rate ≥ 1. */
export function rateWarnings(
  index: number,
  grade: GradeLabel,
  rates: { readonly promotion: Decimal | null; readonly repetition: Decimal | null; readonly dropout: Decimal | null },
): CohortWarning[] {
  const named = gradeText(index, grade);
  const warnings: CohortWarning[] = [];
  if (rates.dropout?.isNegative() === true) {
    const dropout = rates.dropout.toString();
    warnings.push({
      code: 'negative_dropout',
      gradeIndex: index,
      grade,
      message: {
        zh: `${named.zh}的升级率与留级率之和大于 1,辍学率为负(${dropout}):两学年之间有学生转入(随迁、新校开办等)或两学年数据口径不一致;按原值保留,未截断`,
        en: `${named.en}: promotion and repetition add up to more than 1, so the dropout rate is negative (${dropout}): pupils transferred in between the two years (migration, a new school) or the two years' counts do not match; the value is kept, not clamped.`,
      },
    });
  }
  if (rates.repetition?.gte(1) === true) {
    const repetition = rates.repetition.toString();
    warnings.push({
      code: 'repetition_rate_at_least_one',
      gradeIndex: index,
      grade,
      message: {
        zh: `${named.zh}的留级率为 ${repetition},不小于 1:不限留级次数时队列永远离不开该年级,重构队列从该年级起无值;设定留级次数上限时仍可计算`,
        en: `${named.en}: the repetition rate is ${repetition}, at least 1: with unlimited repetition the cohort never leaves the grade, so the reconstructed cohort has no value from it on; with a cap on repetitions it still runs.`,
      },
    });
  }
  return warnings;
}
