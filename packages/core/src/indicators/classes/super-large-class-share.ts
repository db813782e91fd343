import { defineIndicator } from '../../definition/define-indicator';
import { classSizeBandParts } from './_lib/class-size-band';

/** 超大班额: a class of 66 or more students. 65 is not super-large (but is large, from 56). */
export const SUPER_LARGE_CLASS_MINIMUM = 66;

/**
 * 超大班额比例 — share of classes with 66 or more students, in %, 2 decimals; the national
 * target is 0 (超大班额 eliminated).
 *
 * Formula: classes of 66 or more ÷ classes × 100%. Super-large classes are a subset of the large
 * classes of `large_class_share` (56 or more), so this share never exceeds that one.
 *
 * Give either the class sizes (`classSizes`, the calculator counts) or the pre-counted totals
 * (`superLargeClasses` and `classes`).
 *
 * Source: 国务院《关于统筹推进县域内城乡义务教育一体化改革发展的若干意见》(国发〔2016〕40号),
 * 教育部《关于做好消除义务教育大班额工作的通知》; 教育事业统计班额分组 (66 人及以上).
 *
 * @example
 * ```ts
 * computeWithDefinition(superLargeClassShare, { classSizes: [65, 66, 48, 70] }).formattedValue; // '50.00'
 * computeWithDefinition(superLargeClassShare, { superLargeClasses: 3, classes: 120 }).formattedValue; // '2.50'
 * ```
 */
export const superLargeClassShare = defineIndicator({
  id: 'super_large_class_share',
  version: '1.0.0',
  labels: { 'zh-CN': '超大班额比例', 'zh-TW': '超大班額比例', en: 'Share of super-large classes (66+)' },
  description: {
    zh: '66 人及以上的班级数占班级总数的百分比(超大班额是大班额的一部分)',
    en: 'classes of 66 or more students as a percentage of all classes (a subset of the large classes)',
  },
  unit: 'percent',
  decimals: 2,
  ...classSizeBandParts(SUPER_LARGE_CLASS_MINIMUM, 'superLargeClasses', {
    'zh-CN': '超大班额班级数',
    'zh-TW': '超大班額班級數',
    en: 'classes of 66 or more',
  }),
  thresholds: [
    {
      regime: 'national_target',
      comparator: '<=',
      value: '0',
      note: {
        zh: '消除超大班额:66 人及以上班级清零',
        en: 'super-large classes eliminated: no class of 66 or more',
      },
    },
  ],
  source: {
    document:
      '国务院《关于统筹推进县域内城乡义务教育一体化改革发展的若干意见》(国发〔2016〕40号);教育部《关于做好消除义务教育大班额工作的通知》;教育事业统计班额分组',
  },
  example: { input: { classSizes: [65, 66, 48, 70] }, value: '50.00' },
});
