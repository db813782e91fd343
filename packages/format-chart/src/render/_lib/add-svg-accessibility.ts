import { escapeXml } from './escape-xml';

/** What {@link addSvgAccessibility} writes into the SVG. */
export interface SvgAccessibility {
  readonly title: string;
  readonly description: string;
  /** A BCP 47 language tag: `zh-CN`, `zh-TW`, `en`. */
  readonly language: string;
}

// FNV-1a, so the ids are stable from one render to the next and differ between charts on one page.
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * @internal Makes vega's SVG an accessible standalone document: `role="img"`, `lang` and
 * `xml:lang` (Chromium picks Simplified or Traditional glyphs by it), and a `<title>` and a
 * `<desc>` right after the root tag, referenced by `aria-labelledby`.
 *
 * @throws {Error} when `svg` does not start with an `<svg` root tag (a vega bug; the caller wraps it).
 */
export function addSvgAccessibility(svg: string, { title, description, language }: SvgAccessibility): string {
  const rootEnd = svg.indexOf('>');
  if (!svg.startsWith('<svg') || rootEnd < 0) throw new Error('vega returned no <svg> root element');
  const id = `edukpi-chart-${hashOf(`${title}\u0000${description}\u0000${svg}`)}`;
  const selfClosing = svg[rootEnd - 1] === '/';
  const rootTag = svg.slice(0, selfClosing ? rootEnd - 1 : rootEnd).trimEnd();
  const attributes = ` role="img" lang="${escapeXml(language)}" xml:lang="${escapeXml(language)}" aria-labelledby="${id}-title ${id}-desc"`;
  const elements = `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`;
  return `${rootTag}${attributes}>${elements}${selfClosing ? '</svg>' : svg.slice(rootEnd + 1)}`;
}
