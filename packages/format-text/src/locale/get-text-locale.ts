import { type ErrorPathSegment, InvalidOptionError } from '@edukpi/core';
import { enTextLocale } from './en-text-locale';
import type { FormatLocale } from './format-locale';
import type { TextLocale } from './text-locale';
import { zhCNTextLocale } from './zh-cn-text-locale';
import { zhTWTextLocale } from './zh-tw-text-locale';

const builtIn: Readonly<Record<FormatLocale, TextLocale>> = {
  'zh-CN': zhCNTextLocale,
  'zh-TW': zhTWTextLocale,
  en: enTextLocale,
};

/**
 * The text locale for a `locale` option: a built-in one by its {@link FormatLocale} name, or a
 * {@link TextLocale} object as it is (a bureau's own, from {@link createTextLocale}).
 *
 * @param locale - `'zh-CN'`, `'zh-TW'`, `'en'`, or a text locale. Default `'zh-CN'`.
 * @param path - Where the option sits, for the error. Default `['options', 'locale']`.
 * @returns The text locale.
 * @throws {InvalidOptionError} when `locale` is neither.
 *
 * @example
 * ```ts
 * getTextLocale('zh-TW').templates.defaultPeriod; // '上年'
 * getTextLocale('en').numbers.grouping;           // true
 * ```
 */
export function getTextLocale(
  locale: FormatLocale | TextLocale = 'zh-CN',
  path: readonly ErrorPathSegment[] = ['options', 'locale'],
): TextLocale {
  if (typeof locale === 'string' && Object.hasOwn(builtIn, locale)) return builtIn[locale];
  if (
    typeof locale === 'object' &&
    locale !== null &&
    typeof locale.script === 'string' &&
    typeof locale.templates === 'object' &&
    typeof locale.convertText === 'function'
  ) {
    return locale;
  }
  throw new InvalidOptionError({
    path,
    messageZh: `locale 应为 zh-CN、zh-TW、en 之一,或由 createTextLocale 创建的文本区域设置,收到 ${typeof locale === 'string' ? JSON.stringify(locale) : typeof locale}`,
    messageEn: `locale must be zh-CN, zh-TW or en, or a text locale made with createTextLocale (got ${typeof locale === 'string' ? JSON.stringify(locale) : typeof locale}).`,
  });
}
