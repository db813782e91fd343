import { computeIndicator, InvalidInputError, InvalidOptionError } from '@edukpi/core';
import { formatResultValue } from '@edukpi/format-text';
import { describe, expect, it } from 'vitest';
import { townshipRotation } from '../_test/fixtures';
import { readSvg } from '../_test/svg';
import { thresholdBarChart } from './threshold-bar-chart';

const barFills = (svg: string) =>
  readSvg(svg)
    .marks('rect')
    .filter((item) => item.attributes['aria-roledescription'] === 'bar')
    .map((item) => item.attributes.fill);

describe('thresholdBarChart', () => {
  it('draws one bar per result with a value, a threshold line per result, and writes values and thresholds (zh-CN)', async () => {
    const chart = await thresholdBarChart(townshipRotation());
    const { root, texts, marks } = readSvg(chart.svg);
    expect(root.attributes.lang).toBe('zh-CN');
    expect(root.children[0]).toMatchObject({ name: 'title', children: ['教师交流轮岗比例'] });
    // 城关镇 12% passes, 河西乡 8% fails, 东山乡 has no value (no bar) but its threshold is drawn
    expect(barFills(chart.svg)).toEqual(['#009E73', '#D55E00']);
    expect(marks('rect').filter((item) => item.attributes['aria-roledescription'] === 'tick')).toHaveLength(3);
    expect(texts).toEqual(
      expect.arrayContaining([
        '城关镇',
        '河西乡',
        '东山乡',
        '12%',
        '8%',
        // the reason as @edukpi/format-text words it, never 0%
        formatResultValue(townshipRotation()[2]!.result),
        '≥ 10%',
        '数值',
        '标准',
        '达标',
        '未达标',
        '标准值（竖线）',
        '1 项达标，1 项未达标',
      ]),
    );
    expect(texts).not.toContain('0%');
  });

  it('writes Traditional Chinese, converting labels given as Simplified text', async () => {
    const { texts, root } = readSvg((await thresholdBarChart(townshipRotation(), { locale: 'zh-TW' })).svg);
    expect(root.children[0]).toMatchObject({ name: 'title', children: ['教師交流輪崗比例'] });
    expect(texts).toEqual(
      expect.arrayContaining(['城關鎮', '河西鄉', '數值', '標準', '達標', '未達標', '1 項達標，1 項未達標']),
    );
  });

  it('writes English, with labels given per locale', async () => {
    const bars = townshipRotation().map((bar, index) => ({
      ...bar,
      label: { 'zh-CN': bar.label, 'zh-TW': bar.label, en: ['Chengguan', 'Hexi', 'Dongshan'][index] as string },
    }));
    const { texts, root } = readSvg((await thresholdBarChart(bars, { locale: 'en' })).svg);
    expect(root.attributes.lang).toBe('en');
    expect(root.children[0]).toMatchObject({ name: 'title', children: ['Teacher rotation rate'] });
    expect(texts).toEqual(
      expect.arrayContaining(['Chengguan', 'Hexi', 'Dongshan', 'Value', 'Threshold', 'Meets the threshold', '≥ 10%']),
    );
    expect(texts.some((text) => /[\u4e00-\u9fff]/.test(text))).toBe(false);
  });

  it('labels bare results with their indicator and draws results in different units in separate blocks', async () => {
    const chart = await thresholdBarChart([
      computeIndicator('teacher_rotation_rate', { rotated: 12, eligible: 100 }),
      computeIndicator('student_teacher_ratio', { students: 1700, teachers: 100 }),
    ]);
    const { texts } = readSvg(chart.svg);
    expect(texts).toEqual(expect.arrayContaining(['教师交流轮岗比例', '生师比', '12%', '17:1', '指标值与标准']));
    // each unit has its own axis and header
    expect(texts.filter((text) => text === '百分比（%）')).toHaveLength(2);
    expect(texts.filter((text) => text === '比值（x:1）')).toHaveLength(2);
    expect(chart.spec.vconcat).toHaveLength(2);
  });

  it('writes a threshold with every decimal it has, never rounded to the result’s precision', async () => {
    const result = computeIndicator(
      'teacher_rotation_rate',
      { rotated: 12, eligible: 100 },
      { thresholds: [{ regime: 'province', comparator: '>=', value: '10.125' }] },
    );
    const { lines } = readSvg((await thresholdBarChart([result], { regime: 'province' })).svg);
    expect(lines).toEqual(expect.arrayContaining(['12%', '≥ 10.125%']));
  });

  it('draws the threshold of the regime asked for, and accepts results as JSON', async () => {
    const result = computeIndicator('teacher_rotation_rate', { rotated: 12, eligible: 100 });
    const json = JSON.parse(JSON.stringify(result));
    const { lines } = readSvg((await thresholdBarChart([json], { regime: 'quality_balance_2017' })).svg);
    expect(lines).toEqual(
      expect.arrayContaining(['12%', '≥ 10%', '县域义务教育优质均衡发展(2017)', '1 项达标，0 项未达标']),
    );
    const none = await thresholdBarChart([result], { regime: 'no_such_regime' });
    expect(barFills(none.svg)).toEqual(['#BBBBBB']);
    expect(readSvg(none.svg).texts).toEqual(expect.arrayContaining(['无标准']));
  });

  it('returns a plain-JSON Vega-Lite spec with its data inlined', async () => {
    const { spec } = await thresholdBarChart(townshipRotation());
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect((spec.data as { values: unknown[] }).values).toHaveLength(3);
  });

  it('is stable: the same input gives the same SVG', async () => {
    expect((await thresholdBarChart(townshipRotation())).svg).toBe((await thresholdBarChart(townshipRotation())).svg);
  });

  it('lets the options replace the title, subtitle and description', async () => {
    const { root, texts } = readSvg(
      (await thresholdBarChart(townshipRotation(), { title: '轮岗', subtitle: '', description: '说明' })).svg,
    );
    expect(root.children[0]).toMatchObject({ children: ['轮岗'] });
    expect(root.children[1]).toMatchObject({ children: ['说明'] });
    expect(texts).not.toContain('1 项达标，1 项未达标');
  });

  it('rejects an empty list, a non-result and malformed options', async () => {
    await expect(thresholdBarChart([])).rejects.toSatisfy(InvalidInputError.isInstance);
    const error = await thresholdBarChart([{ label: 'x', result: { value: 1 } as never }]).catch((caught) => caught);
    expect(InvalidInputError.isInstance(error) && error.path).toEqual(['bars', 0, 'result']);
    await expect(thresholdBarChart(townshipRotation(), { locale: 'fr' as never })).rejects.toSatisfy(
      InvalidOptionError.isInstance,
    );
    await expect(thresholdBarChart(townshipRotation(), { width: 50 })).rejects.toSatisfy(InvalidOptionError.isInstance);
    await expect(thresholdBarChart(townshipRotation(), { stage: 'college' as never })).rejects.toSatisfy(
      InvalidOptionError.isInstance,
    );
    await expect(thresholdBarChart(townshipRotation(), { colour: 'red' } as never)).rejects.toSatisfy(
      InvalidOptionError.isInstance,
    );
  });
});
