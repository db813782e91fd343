import { InvalidInputError, InvalidOptionError } from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { readSvg } from '../_test/svg';
import { renderChartSvg } from './render-chart-svg';

const spec = (format: string) => ({
  title: '各乡镇在校生数',
  description: '三个乡镇的在校生数。',
  usermeta: { edukpi: { locale: 'zh-CN' } },
  config: { customFormatTypes: true, numberFormatType: 'edukpiNumber', numberFormat: format },
  data: {
    values: [
      { township: '城关镇', students: 40000 },
      { township: '河西乡', students: 12000 },
      { township: '东山乡', students: 9000 },
    ],
  },
  mark: 'bar',
  encoding: {
    y: { field: 'township', type: 'nominal', title: '乡镇' },
    x: { field: 'students', type: 'quantitative', title: '在校生数', axis: { values: [0, 20000, 40000] } },
  },
});

describe('renderChartSvg', () => {
  it('renders standalone, well-formed SVG with the title, description and language of the spec', async () => {
    const svg = await renderChartSvg(spec('{"locale":"zh-CN"}'));
    const { root, texts, marks } = readSvg(svg);
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root.attributes.lang).toBe('zh-CN');
    expect(root.children[0]).toMatchObject({ name: 'title', children: ['各乡镇在校生数'] });
    expect(root.children[1]).toMatchObject({ name: 'desc', children: ['三个乡镇的在校生数。'] });
    expect(marks('rect')).toHaveLength(3);
    expect(texts).toEqual(expect.arrayContaining(['城关镇', '河西乡', '东山乡', '乡镇', '在校生数', '各乡镇在校生数']));
  });

  it('prints axis numbers through @edukpi/format-text in the chart’s locale, without 万 on an axis', async () => {
    expect(readSvg(await renderChartSvg(spec('{"locale":"zh-CN"}'))).texts).toEqual(
      expect.arrayContaining(['0', '20000', '40000']),
    );
    expect(readSvg(await renderChartSvg(spec('{"locale":"en"}'))).texts).toEqual(
      expect.arrayContaining(['0', '20,000', '40,000']),
    );
  });

  it('leaves room for Chinese labels: the plot starts right of the widest label at one em a character', async () => {
    const long = {
      ...spec('{"locale":"zh-CN"}'),
      data: { values: [{ township: '示范县城关镇第一实验小学', students: 1 }] },
    };
    const svg = await renderChartSvg(long);
    const plot = /<g fill="none" stroke-miterlimit="4" transform="translate\((\d+(?:\.\d+)?),/.exec(svg);
    // 12 characters at the default 10 px label size, plus the axis title and padding
    expect(Number(plot?.[1])).toBeGreaterThanOrEqual(120 + 10);
  });

  it('lets the options replace the title, description and language', async () => {
    const svg = await renderChartSvg(spec('{}'), { title: 'Students', description: 'By township.', language: 'en' });
    const { root } = readSvg(svg);
    expect(root.attributes.lang).toBe('en');
    expect(root.children[0]).toMatchObject({ name: 'title', children: ['Students'] });
  });

  it('wraps a spec vega-lite or vega rejects in an InvalidInputError that keeps their error as cause', async () => {
    const error = await renderChartSvg({ mark: 'no-such-mark', data: { values: [] } }).catch(
      (caught: unknown) => caught,
    );
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).path).toEqual(['spec']);
    expect((error as InvalidInputError).messageEn).toMatch(/Vega-Lite cannot render the chart spec: /);
    expect((error as Error).cause).toBeInstanceOf(Error);
    await expect(renderChartSvg('<svg/>' as never)).rejects.toSatisfy(InvalidInputError.isInstance);
    await expect(renderChartSvg(spec('{}'), { titel: 'x' } as never)).rejects.toSatisfy(InvalidOptionError.isInstance);
    await expect(renderChartSvg(spec('{}'), { title: 1 } as never)).rejects.toSatisfy(InvalidOptionError.isInstance);
  });
});
