import type { LocalizedText, SchoolStage } from '@edukpi/core';
import type { FormatLocale } from '@edukpi/format-text';

/** @internal The locales a chart is written in. */
export const chartLocales: readonly FormatLocale[] = ['zh-CN', 'zh-TW', 'en'];

/** @internal The default font-family list of each locale: a CJK face is always in it (English charts name Chinese schools). */
export const defaultFontFamilies: { readonly [L in FormatLocale]: string } = {
  'zh-CN': "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
  'zh-TW':
    "'Noto Sans CJK TC', 'Source Han Sans TC', 'PingFang TC', 'Microsoft JhengHei', 'Noto Sans CJK SC', sans-serif",
  en: "'Noto Sans', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
};

/** @internal The names of school stages (zh-TW as `@edukpi/format-text` writes them: 國小, 國中). */
export const stageLabels: { readonly [S in SchoolStage]: LocalizedText } = {
  preschool: { 'zh-CN': '学前', 'zh-TW': '學前', en: 'preschool' },
  primary: { 'zh-CN': '小学', 'zh-TW': '國小', en: 'primary' },
  junior: { 'zh-CN': '初中', 'zh-TW': '國中', en: 'junior secondary' },
  senior: { 'zh-CN': '高中', 'zh-TW': '高中', en: 'senior secondary' },
};

/** @internal Words several charts share. */
export const sharedText = {
  value: { 'zh-CN': '数值', 'zh-TW': '數值', en: 'Value' },
  threshold: { 'zh-CN': '标准', 'zh-TW': '標準', en: 'Threshold' },
  school: { 'zh-CN': '学校', 'zh-TW': '學校', en: 'School' },
  status: { 'zh-CN': '达标情况', 'zh-TW': '達標情況', en: 'Status' },
  passed: { 'zh-CN': '达标', 'zh-TW': '達標', en: 'Meets the threshold' },
  failed: { 'zh-CN': '未达标', 'zh-TW': '未達標', en: 'Below the threshold' },
  noThreshold: { 'zh-CN': '无标准', 'zh-TW': '無標準', en: 'No threshold' },
  noValue: { 'zh-CN': '无数值', 'zh-TW': '無數值', en: 'No value' },
} satisfies Record<string, LocalizedText>;

/** @internal Punctuation that differs between Chinese (full-width: ：，；。（）) and English text. */
export const punctuation = {
  colon: { 'zh-CN': '\uFF1A', 'zh-TW': '\uFF1A', en: ': ' },
  comma: { 'zh-CN': '\uFF0C', 'zh-TW': '\uFF0C', en: ', ' },
  semicolon: { 'zh-CN': '\uFF1B', 'zh-TW': '\uFF1B', en: '; ' },
  stop: { 'zh-CN': '\u3002', 'zh-TW': '\u3002', en: '.' },
  open: { 'zh-CN': '\uFF08', 'zh-TW': '\uFF08', en: ' (' },
  close: { 'zh-CN': '\uFF09', 'zh-TW': '\uFF09', en: ')' },
} satisfies Record<string, LocalizedText>;

/** @internal How a comparator reads in a label. */
export const comparatorSymbols = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' } as const;
