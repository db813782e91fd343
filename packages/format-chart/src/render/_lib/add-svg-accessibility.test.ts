import { describe, expect, it } from 'vitest';
import { parseXml } from '../../_test/parse-xml';
import { addSvgAccessibility } from './add-svg-accessibility';

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';

describe('addSvgAccessibility', () => {
  it('adds role, lang, a title and a description referenced by aria-labelledby', () => {
    const out = addSvgAccessibility(svg, { title: '标题 <A & B>', description: '说明 "x"', language: 'zh-CN' });
    const root = parseXml(out);
    expect(root.attributes.role).toBe('img');
    expect(root.attributes.lang).toBe('zh-CN');
    expect(root.attributes['xml:lang']).toBe('zh-CN');
    const [title, desc] = root.children as { name: string; attributes: Record<string, string>; children: string[] }[];
    expect(title?.name).toBe('title');
    expect(title?.children).toEqual(['标题 <A & B>']);
    expect(desc?.name).toBe('desc');
    expect(desc?.children).toEqual(['说明 "x"']);
    expect(root.attributes['aria-labelledby']).toBe(`${title?.attributes.id} ${desc?.attributes.id}`);
  });

  it('gives the same ids for the same chart and different ids for different charts', () => {
    const options = { title: 'A', description: 'B', language: 'en' };
    expect(addSvgAccessibility(svg, options)).toBe(addSvgAccessibility(svg, options));
    expect(addSvgAccessibility(svg, options)).not.toBe(addSvgAccessibility(svg, { ...options, title: 'C' }));
  });

  it('handles a self-closing root and refuses something that is not an SVG', () => {
    expect(
      parseXml(addSvgAccessibility('<svg width="1"/>', { title: 't', description: 'd', language: 'en' })).name,
    ).toBe('svg');
    expect(() => addSvgAccessibility('<html></html>', { title: 't', description: 'd', language: 'en' })).toThrow();
  });
});
