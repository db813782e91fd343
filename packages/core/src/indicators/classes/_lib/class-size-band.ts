import type { Decimal } from '../../../_lib/decimal';
import { countSchema } from '../../../_lib/decimal-schema';
import type { IndicatorMethodSpec, PartWholeConstraint } from '../../../definition/define-indicator';
import type { LocalizedText } from '../../../i18n/localized-text';

type OptionalCount = { readonly kind: 'count'; readonly optional: true; readonly labels: LocalizedText };
type ClassSizeList = {
  readonly kind: 'items';
  readonly optional: true;
  readonly item: typeof countSchema;
  readonly labels: LocalizedText;
  readonly tally: (sizes: readonly number[]) => Readonly<Record<string, number>>;
};

/** The fields of a class-size band share: the class list, or the band's count and all classes. */
export type ClassSizeBandFields<Count extends string> = { readonly classSizes: ClassSizeList } & {
  readonly [K in Count]: OptionalCount;
} & { readonly classes: OptionalCount };

/**
 * The shape shared by every "classes of N or more" share (大班额 56+, 超大班额 66+): a class list
 * the calculator counts, or the pre-counted band and total; the band over all classes.
 *
 * @param minimum - The smallest class size in the band (56 is large, 55 is not).
 * @param count - The input name of the band's pre-counted classes, e.g. `largeClasses`.
 * @param countLabels - Its names in three scripts.
 */
export function classSizeBandParts<const Count extends string>(
  minimum: number,
  count: Count,
  countLabels: LocalizedText,
) {
  const fields = {
    classSizes: {
      kind: 'items',
      optional: true,
      item: countSchema,
      labels: { 'zh-CN': '各班学生数', 'zh-TW': '各班學生數', en: 'class sizes' },
      tally: (sizes: readonly number[]) => ({
        [count]: sizes.filter((size) => size >= minimum).length,
        classes: sizes.length,
      }),
    },
    [count]: { kind: 'count', optional: true, labels: countLabels },
    classes: { kind: 'count', optional: true, labels: { 'zh-CN': '班级数', 'zh-TW': '班級數', en: 'classes' } },
  } as ClassSizeBandFields<Count>;
  type Fields = ClassSizeBandFields<Count>;
  const inputForms: readonly (readonly (keyof Fields & string)[])[] = [['classSizes'], [count, 'classes']];
  const constraints: readonly PartWholeConstraint<Fields>[] = [{ part: count, whole: 'classes' }];
  const methods = {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: { zh: `${minimum} 人及以上班级数 ÷ 班级数 × 100%`, en: `classes of ${minimum}+ ÷ classes × 100%` },
      // Both input forms give these counts (the list is tallied into them), so the method always has them.
      requires: [count, 'classes'],
      compute: (values) => ({
        numerator: values[count as keyof Fields] as Decimal,
        denominator: values.classes as Decimal,
      }),
    },
  } satisfies Record<string, IndicatorMethodSpec<Fields>>;
  return { fields, inputForms, constraints, methods, defaultMethod: 'standard' as const };
}
