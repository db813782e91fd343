import type { Locale } from '../i18n/localized-text';
import { type RegimeId, regimeLabels } from '../regimes/regime-id';
import type { Threshold } from '../result/threshold';
import { unitInfo } from '../units/unit';
import { type IndicatorSummary, listIndicators } from './list-indicators';

/** Options of {@link catalogueToMarkdown}. */
export interface CatalogueToMarkdownOptions {
  /** The script of names, formulas and headers. Defaults to `'zh-CN'`. */
  readonly locale?: Locale;
  /** The indicators to list. Defaults to the whole catalogue, in catalogue order. */
  readonly indicators?: readonly IndicatorSummary[];
}

const headers: { readonly [K in Locale]: readonly string[] } = {
  'zh-CN': ['id', '名称', '计算方法', '单位(小数位)', '标准'],
  'zh-TW': ['id', '名稱', '計算方法', '單位(小數位)', '標準'],
  en: ['id', 'name', 'formula', 'unit (decimals)', 'thresholds'],
};

const stageNames = {
  preschool: { 'zh-CN': '学前', 'zh-TW': '學前', en: 'preschool' },
  primary: { 'zh-CN': '小学', 'zh-TW': '小學', en: 'primary' },
  junior: { 'zh-CN': '初中', 'zh-TW': '初中', en: 'junior' },
  senior: { 'zh-CN': '高中', 'zh-TW': '高中', en: 'senior' },
} as const;

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function describeThreshold(threshold: Threshold, locale: Locale): string {
  const regime = Object.hasOwn(regimeLabels, threshold.regime)
    ? regimeLabels[threshold.regime as RegimeId][locale]
    : threshold.regime;
  const stage = threshold.stage === undefined ? '' : `${stageNames[threshold.stage][locale]} `;
  const comparator = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' }[threshold.comparator];
  return `${stage}${comparator} ${threshold.value} (${regime})`;
}

/**
 * Renders the catalogue as a Markdown reference table — id, name, formula of every method (the
 * default first), unit with its default decimals, thresholds by regime — in one script.
 *
 * @param options - The locale and, optionally, which indicators.
 * @returns The Markdown table, ending with a newline.
 *
 * @example
 * ```ts
 * catalogueToMarkdown({ locale: 'en' }).split('\n')[0];
 * // '| id | name | formula | unit (decimals) | thresholds |'
 * ```
 */
export function catalogueToMarkdown(options: CatalogueToMarkdownOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const indicators = options.indicators ?? listIndicators();
  const formulaLanguage = locale === 'en' ? 'en' : 'zh';
  const rows = indicators.map((indicator) => {
    const formulas = indicator.methods.map((method) =>
      indicator.methods.length === 1
        ? method.formula[formulaLanguage]
        : `\`${method.name}\`${method.isDefault ? (locale === 'en' ? ' (default)' : '(默认)') : ''}: ${method.formula[formulaLanguage]}`,
    );
    const thresholds = indicator.thresholds.map((threshold) => describeThreshold(threshold, locale));
    return [
      `\`${indicator.id}\``,
      indicator.labels[locale],
      formulas.join('<br>'),
      `${unitInfo[indicator.unit].labels[locale]} (${indicator.decimals})`,
      thresholds.length > 0 ? thresholds.join('<br>') : '—',
    ];
  });
  const header = headers[locale];
  const lines = [header, header.map(() => '---'), ...rows].map(
    (cells) => `| ${cells.map((cell) => escapeCell(cell)).join(' | ')} |`,
  );
  return `${lines.join('\n')}\n`;
}
