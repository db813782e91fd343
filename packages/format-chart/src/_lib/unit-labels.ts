import type { LocalizedText, Unit } from '@edukpi/core';

/** @internal How a value axis names each unit. */
export const unitAxisTitles: { readonly [U in Unit]: LocalizedText } = {
  percent: { 'zh-CN': '百分比（%）', 'zh-TW': '百分比（%）', en: 'Percent (%)' },
  ratio_to_one: { 'zh-CN': '比值（x:1）', 'zh-TW': '比值（x:1）', en: 'Ratio (x:1)' },
  one_to_ratio: { 'zh-CN': '比值（1:x）', 'zh-TW': '比值（1:x）', en: 'Ratio (1:x)' },
  ratio: { 'zh-CN': '比值', 'zh-TW': '比值', en: 'Ratio' },
  per_100_students: { 'zh-CN': '每百名学生', 'zh-TW': '每百名學生', en: 'Per 100 students' },
  per_student: { 'zh-CN': '生均', 'zh-TW': '生均', en: 'Per student' },
  yuan: { 'zh-CN': '元', 'zh-TW': '元', en: 'Yuan' },
  square_metres: { 'zh-CN': '平方米', 'zh-TW': '平方公尺', en: 'Square metres (m²)' },
  volumes: { 'zh-CN': '册', 'zh-TW': '冊', en: 'Volumes' },
  count: { 'zh-CN': '数量', 'zh-TW': '數量', en: 'Count' },
};
