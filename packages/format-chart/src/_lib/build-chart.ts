import type { Chart, ChartSpec } from '../chart/chart';
import { renderChartSvg } from '../render/render-chart-svg';
import { baseConfig } from './base-config';
import type { ResolvedChartOptions } from './resolve-chart-options';

/** @internal The URL of the Vega-Lite schema the specs follow. */
export const vegaLiteSchema = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * @internal Completes a chart's body with the title, subtitle, description, locale and shared
 * config (options replacing the defaults), and renders it.
 */
export async function buildChart({
  options,
  title,
  subtitle,
  description,
  body,
}: {
  readonly options: ResolvedChartOptions;
  readonly title: string;
  readonly subtitle: readonly string[];
  readonly description: string;
  readonly body: Record<string, unknown>;
}): Promise<Chart> {
  const subtitleLines = options.subtitle === undefined ? subtitle : options.subtitle === '' ? [] : [options.subtitle];
  const spec: ChartSpec = {
    $schema: vegaLiteSchema,
    title: { text: options.title ?? title, ...(subtitleLines.length > 0 ? { subtitle: [...subtitleLines] } : {}) },
    description: options.description ?? description,
    usermeta: { edukpi: { locale: options.locale } },
    config: baseConfig(options),
    ...body,
  };
  return { spec, svg: await renderChartSvg(spec) };
}
