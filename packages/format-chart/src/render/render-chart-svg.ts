import { checkOptionRecord, InvalidInputError, InvalidOptionError } from '@edukpi/core';
import type { ChartSpec } from '../chart/chart';
import { addSvgAccessibility } from './_lib/add-svg-accessibility';
import { createQuietLogger, loadVega } from './_lib/load-vega';
import { withTextMetrics } from './_lib/with-text-metrics';

/** Options of {@link renderChartSvg}. */
export interface RenderChartSvgOptions {
  /** The SVG's `<title>`. Default: the spec's `title` (its `text`), else `'Chart'`. */
  readonly title?: string;
  /** The SVG's `<desc>`. Default: the spec's `description`, else the title. */
  readonly description?: string;
  /** The SVG's `lang`. Default: the locale the chart was built for (`spec.usermeta.edukpi.locale`), else `'zh-CN'`. */
  readonly language?: string;
}

function titleOf(spec: Record<string, unknown>): string | undefined {
  const { title } = spec;
  if (typeof title === 'string') return title;
  if (typeof title === 'object' && title !== null) {
    const text = (title as { text?: unknown }).text;
    if (typeof text === 'string') return text;
    if (Array.isArray(text)) return text.join(' ');
  }
  return undefined;
}

function languageOf(spec: Record<string, unknown>): string | undefined {
  const usermeta = spec.usermeta as { edukpi?: { locale?: unknown } } | undefined;
  const locale = usermeta?.edukpi?.locale;
  return typeof locale === 'string' ? locale : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Renders a Vega-Lite specification to a standalone, accessible SVG document, in Node or any
 * JavaScript runtime, without a browser or a canvas. Use it to render a chart's `spec` again after
 * changing it (a wider plot, another colour); the chart builders call it themselves.
 *
 * Text is laid out with a width estimate that counts a CJK character as one em, so Chinese labels
 * are not clipped; numbers with the `edukpiNumber` format type are printed by `@edukpi/format-text`.
 * The SVG gets `role="img"`, `lang`, a `<title>` and a `<desc>` (see {@link Chart}).
 *
 * vega and vega-lite are ESM-only: they are imported on the first call (also from the CommonJS
 * build), which is why this function, and every chart builder, is asynchronous.
 *
 * @param spec - A Vega-Lite specification with its data inlined (`data: { values: […] }`).
 * @param options - Title, description and language of the SVG; see {@link RenderChartSvgOptions}.
 * @returns The SVG document as text.
 * @throws {InvalidInputError} when the specification is not an object or Vega-Lite or Vega rejects
 *   it (the message carries theirs; `cause` holds their error).
 * @throws {InvalidOptionError} when an option is unknown or not a string.
 *
 * @example
 * ```ts
 * const chart = await thresholdBarChart([result], { locale: 'zh-CN' });
 * const svg = await renderChartSvg({ ...chart.spec, title: '教师交流轮岗' });
 * svg.startsWith('<svg'); // true
 * ```
 */
export async function renderChartSvg(spec: ChartSpec | object, options: RenderChartSvgOptions = {}): Promise<string> {
  const checked = checkOptionRecord(options, ['title', 'description', 'language']);
  for (const [name, value] of Object.entries(checked)) {
    if (value !== undefined && typeof value !== 'string') {
      throw new InvalidOptionError({
        path: ['options', name],
        messageZh: `${name} 应为字符串`,
        messageEn: `${name} must be a string.`,
      });
    }
  }
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['spec'],
          messageZh: '图表规格应为 Vega-Lite 规格对象',
          messageEn: 'the chart spec must be a Vega-Lite specification object.',
        },
      ],
    });
  }
  const record = spec as Record<string, unknown>;
  const title = options.title ?? titleOf(record) ?? 'Chart';
  const description =
    options.description ?? (typeof record.description === 'string' ? record.description : undefined) ?? title;
  const language = options.language ?? languageOf(record) ?? 'zh-CN';
  const { vega, vegaLite } = await loadVega();
  const logger = createQuietLogger();
  let svg: string;
  try {
    // vega marks the data it is given (a symbol key on each row): render a copy, so the caller's
    // spec (and a chart's `spec`) stays plain JSON.
    const compiled = vegaLite.compile(structuredClone(record) as never, { logger }).spec;
    const textMetrics = (vega as unknown as { textMetrics: Parameters<typeof withTextMetrics>[0] }).textMetrics;
    svg = await withTextMetrics(textMetrics, async () => {
      const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger, logLevel: vega.Warn });
      try {
        return await view.toSVG();
      } finally {
        view.finalize();
      }
    });
    if (logger.errors.length > 0) throw new Error(logger.errors.join('; '));
  } catch (error) {
    throw new InvalidInputError({
      issues: [
        {
          path: ['spec'],
          messageZh: `Vega-Lite 无法渲染该图表规格:${messageOf(error)}`,
          messageEn: `Vega-Lite cannot render the chart spec: ${messageOf(error)}`,
        },
      ],
      cause: error,
    });
  }
  return addSvgAccessibility(svg, { title, description, language });
}
