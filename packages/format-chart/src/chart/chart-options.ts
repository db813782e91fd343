import type { FormatLocale } from '@edukpi/format-text';

/** The options every chart builder takes. */
export interface ChartOptions {
  /** The language of titles, axis labels, legends and numbers: `zh-CN`, `zh-TW` or `en`. Default `'zh-CN'`. */
  readonly locale?: FormatLocale;
  /** Replaces the chart's default title. Default: a title built from the data, in `locale`. */
  readonly title?: string;
  /** Replaces the chart's default subtitle; `''` removes it. Default: built from the data, in `locale`. */
  readonly subtitle?: string;
  /**
   * The accessible description (the SVG's `<desc>`). Default: one sentence built from the data,
   * in `locale`.
   */
  readonly description?: string;
  /** The width of the plotting area in pixels (labels and legends come on top), 120–2400. Default depends on the chart. */
  readonly width?: number;
  /**
   * The CSS font-family list for every text. Default: a CJK-capable list for the locale, e.g.
   * `'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif` for
   * `zh-CN` (TC and JhengHei for `zh-TW`).
   */
  readonly fontFamily?: string;
}
