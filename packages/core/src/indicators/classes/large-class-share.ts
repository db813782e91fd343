import { defineIndicator } from '../../definition/define-indicator';
import { classSizeBandParts } from './_lib/class-size-band';

/** 大班额: a class of 56 or more students. 55 is not large. */
export const LARGE_CLASS_MINIMUM = 56;

/**
 * 大班额比例 — share of classes with 56 or more students, in %, 2 decimals; the national target
 * is at most 5%.
 *
 * Give either the class sizes (`classSizes`, the calculator counts) or the pre-counted totals
 * (`largeClasses` and `classes`).
 *
 * @example
 * ```ts
 * computeIndicator('large_class_share', { classSizes: [55, 56, 48, 66] }).formattedValue; // '50.00'
 * computeIndicator('large_class_share', { largeClasses: 3, classes: 120 }).formattedValue; // '2.50'
 * ```
 */
export const largeClassShare = defineIndicator({
  id: 'large_class_share',
  version: '1.0.0',
  labels: { 'zh-CN': '大班额比例', 'zh-TW': '大班額比例', en: 'Share of large classes (56+)' },
  description: {
    zh: '56 人及以上的班级数占班级总数的百分比',
    en: 'classes of 56 or more students as a percentage of all classes',
  },
  unit: 'percent',
  decimals: 2,
  ...classSizeBandParts(LARGE_CLASS_MINIMUM, 'largeClasses', {
    'zh-CN': '大班额班级数',
    'zh-TW': '大班額班級數',
    en: 'classes of 56 or more',
  }),
  thresholds: [
    {
      regime: 'national_target',
      comparator: '<=',
      value: '5',
      note: { zh: '消除大班额专项规划:大班额比例控制在 5% 以内', en: 'national plan: large classes at most 5%' },
    },
  ],
  source: { document: '教育部《关于做好消除义务教育大班额工作的通知》;教育事业统计班额分组' },
  example: { input: { classSizes: [55, 56, 48, 66] }, value: '50.00' },
});
