import { checkOptionRecord, describeValue, InvalidOptionError } from '@edukpi/core';
import type { FormatLocale } from '@edukpi/format-text';
import type { ChartOptions } from '../chart/chart-options';
import { chartLocales, defaultFontFamilies } from './chart-locale';

/** @internal The names of the {@link ChartOptions} every builder accepts. */
export const chartOptionNames = ['locale', 'title', 'subtitle', 'description', 'width', 'fontFamily'] as const;

/** @internal {@link ChartOptions} checked, with the defaults filled in. */
export interface ResolvedChartOptions {
  readonly locale: FormatLocale;
  readonly title: string | undefined;
  readonly subtitle: string | undefined;
  readonly description: string | undefined;
  readonly width: number;
  readonly fontFamily: string;
}

function checkString(record: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = record[name];
  if (value === undefined || typeof value === 'string') return value;
  throw new InvalidOptionError({
    path: ['options', name],
    messageZh: `${name} 应为字符串,收到 ${describeValue(value)}`,
    messageEn: `${name} must be a string (got ${describeValue(value)}).`,
  });
}

/**
 * @internal Checks a builder's options: the shared {@link ChartOptions} and the builder's own names
 * (`extra`), which the builder checks itself.
 *
 * @throws {InvalidOptionError} when an option is unknown or malformed.
 */
export function resolveChartOptions(
  options: unknown,
  { defaultWidth, extra = [] }: { readonly defaultWidth: number; readonly extra?: readonly string[] },
): { readonly resolved: ResolvedChartOptions; readonly record: Readonly<Record<string, unknown>> } {
  const record = checkOptionRecord(options ?? {}, [...chartOptionNames, ...extra]);
  const locale = record.locale ?? 'zh-CN';
  if (!chartLocales.includes(locale as FormatLocale)) {
    throw new InvalidOptionError({
      path: ['options', 'locale'],
      messageZh: `locale 应为 ${chartLocales.join('、')} 之一,收到 ${describeValue(locale)}`,
      messageEn: `locale must be one of ${chartLocales.join(', ')} (got ${describeValue(locale)}).`,
    });
  }
  const width = record.width ?? defaultWidth;
  if (typeof width !== 'number' || !Number.isInteger(width) || width < 120 || width > 2400) {
    throw new InvalidOptionError({
      path: ['options', 'width'],
      messageZh: `width(绘图区宽度,像素)应为 120 到 2400 的整数,收到 ${describeValue(width)}`,
      messageEn: `width (of the plotting area, in pixels) must be a whole number from 120 to 2400 (got ${describeValue(width)}).`,
    });
  }
  const fontFamily = checkString(record, 'fontFamily');
  if (fontFamily !== undefined && fontFamily.trim().length === 0) {
    throw new InvalidOptionError({
      path: ['options', 'fontFamily'],
      messageZh: 'fontFamily 不能为空',
      messageEn: 'fontFamily must not be empty.',
    });
  }
  return {
    record,
    resolved: {
      locale: locale as FormatLocale,
      title: checkString(record, 'title'),
      subtitle: checkString(record, 'subtitle'),
      description: checkString(record, 'description'),
      width,
      fontFamily: fontFamily ?? defaultFontFamilies[locale as FormatLocale],
    },
  };
}
