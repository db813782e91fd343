import { formatNumber } from '@edukpi/format-text';
import type * as Vega from 'vega';
import type { LoggerInterface } from 'vega';
import type * as VegaLite from 'vega-lite';

/** The name of the number format every chart's axes and legends use (Vega-Lite `formatType`). */
export const numberFormatType = 'edukpiNumber';

/** @internal What a chart passes as `format` with {@link numberFormatType}: the locale and decimals, as JSON. */
export interface NumberFormatSettings {
  readonly locale: 'zh-CN' | 'zh-TW' | 'en';
  readonly decimals?: number;
}

function formatChartNumber(value: unknown, format: unknown): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '';
  let settings: Partial<NumberFormatSettings> = {};
  try {
    settings = typeof format === 'string' ? (JSON.parse(format) as Partial<NumberFormatSettings>) : {};
  } catch {
    settings = {};
  }
  const locale = settings.locale === 'zh-TW' || settings.locale === 'en' ? settings.locale : 'zh-CN';
  // No 万/亿 on an axis: one tick in 万 beside plain ones (9000, 1万) reads as a change of unit.
  return formatNumber(value, { locale, decimals: settings.decimals ?? 6, scale: 'none' });
}

/** @internal A logger that keeps vega's messages instead of printing them. */
export function createQuietLogger(): LoggerInterface & { readonly errors: string[] } {
  let level = 0;
  const errors: string[] = [];
  const logger = {
    errors,
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...parts: readonly unknown[]) {
      errors.push(parts.map(String).join(' '));
      return logger;
    },
    warn() {
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger as LoggerInterface & { readonly errors: string[] };
}

/**
 * @internal Imports vega and vega-lite on first use (both are ESM-only; a dynamic import loads
 * them from the CommonJS build too, on every Node ≥ 20) and registers the number format that
 * renders axis and legend numbers through `@edukpi/format-text`.
 */
export async function loadVega(): Promise<{ readonly vega: typeof Vega; readonly vegaLite: typeof VegaLite }> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  vega.expressionFunction(numberFormatType, formatChartNumber);
  return { vega, vegaLite };
}
