/**
 * A Vega-Lite specification as plain JSON: what every chart builder returns beside its SVG.
 * Embed it in a page with vega-embed for an interactive chart, or change it and render it again
 * with {@link renderChartSvg}.
 */
export type ChartSpec = Readonly<Record<string, unknown>>;

/**
 * What every chart builder resolves to: the Vega-Lite specification and the standalone SVG
 * rendered from it.
 *
 * The SVG is a complete document (`<svg xmlns=…>` root, no external resources) with a `<title>`
 * and a `<desc>` referenced by `aria-labelledby`, `role="img"`, a `lang` attribute, an
 * `aria-label` in the chart's language on every data mark, and all text (Chinese included) as `<text>`, never as outlines,
 * so it stays searchable, copyable and accessible. Write it to a `.svg` file as it is.
 */
export interface Chart {
  /** The Vega-Lite specification the SVG was rendered from (data inlined, plain JSON). */
  readonly spec: ChartSpec;
  /** The standalone SVG document. */
  readonly svg: string;
}
