import { computeIndicator, InvalidInputError, InvalidOptionError, SchoolYear } from '@edukpi/core';
import { formatResultValue } from '@edukpi/format-text';
import { describe, expect, it } from 'vitest';
import { readSvg } from '../_test/svg';
import { type TrendSeries, trendChart } from './trend-chart';

const rotation = (rotated: number, eligible = 100) => computeIndicator('teacher_rotation_rate', { rotated, eligible });

const county: TrendSeries = {
  label: '示范县',
  points: [
    { schoolYear: 2021, result: rotation(8) },
    { schoolYear: '2022-2023学年', result: rotation(11) },
    { schoolYear: SchoolYear.of(2023), result: rotation(13) },
  ],
};
const township: TrendSeries = {
  label: { 'zh-CN': '城关镇', 'zh-TW': '城關鎮', en: 'Chengguan' },
  points: [
    { schoolYear: 2023, result: rotation(15) },
    { schoolYear: 2021, result: rotation(9) },
    { schoolYear: 2022, result: rotation(0, 0) },
  ],
};

describe('trendChart', () => {
  it('draws one line, a point and a value per school year, and the threshold (zh-CN)', async () => {
    const chart = await trendChart(county);
    const { root, marks, lines } = readSvg(chart.svg);
    expect(root.children[0]).toMatchObject({ children: ['教师交流轮岗比例变化趋势'] });
    expect(marks('line').filter((item) => item.attributes['aria-roledescription'] === 'line mark')).toHaveLength(1);
    expect(marks('symbol')).toHaveLength(3);
    expect(marks('rule').map((item) => item.attributes['aria-label'])).toEqual(['标准 ≥ 10%']);
    expect(lines).toEqual(
      expect.arrayContaining([
        '2021-2022',
        '2022-2023',
        '2023-2024',
        '学年',
        '百分比（%）',
        '8%',
        '11%',
        '13%',
        '标准 ≥ 10%',
        '2021-2022至2023-2024学年',
      ]),
    );
  });

  it('draws several series in school-year order, with a gap and the reason where a year has no value', async () => {
    const chart = await trendChart([county, township]);
    const { marks, lines } = readSvg(chart.svg);
    expect(marks('line').filter((item) => item.attributes['aria-roledescription'] === 'line mark')).toHaveLength(2);
    // 3 + 2 points with a value; the year with none is not drawn at 0
    expect(marks('symbol')).toHaveLength(5);
    expect(marks('symbol').map((item) => item.attributes['aria-label'])).toEqual(
      expect.arrayContaining(['城关镇，2021-2022：9%，标准 ≥ 10%', '城关镇，2023-2024：15%，标准 ≥ 10%']),
    );
    expect(lines).toEqual(expect.arrayContaining(['示范县', '城关镇', formatResultValue(rotation(0, 0))]));
    // several series: no value labels by default
    expect(lines).not.toContain('13%');
    const [line] = marks('line').filter((item) => item.attributes['aria-label'] === '城关镇');
    expect((line?.attributes.d ?? '').match(/M/g)).toHaveLength(2);
  });

  it('writes Traditional Chinese and English school years and labels', async () => {
    const taiwan = readSvg((await trendChart(township, { locale: 'zh-TW' })).svg);
    expect(taiwan.root.children[0]).toMatchObject({ children: ['教師交流輪崗比例變化趨勢'] });
    expect(taiwan.lines).toEqual(expect.arrayContaining(['學年', '2021-2022', '標準 ≥ 10%']));
    const english = readSvg((await trendChart(township, { locale: 'en', valueLabels: false })).svg);
    expect(english.root.children[0]).toMatchObject({ children: ['Teacher rotation rate over the school years'] });
    expect(english.lines).toEqual(
      expect.arrayContaining(['School year', '2021/22', '2022/23', '2023/24', 'School years 2021/22 to 2023/24']),
    );
    expect(english.lines).not.toContain('9%');
  });

  it('rejects mixed units, a repeated or unreadable school year, no points and bad options', async () => {
    const ratio = computeIndicator('student_teacher_ratio', { students: 1700, teachers: 100 });
    const mixed = await trendChart({ points: [...county.points, { schoolYear: 2024, result: ratio }] }).catch(
      (error) => error,
    );
    expect(InvalidInputError.isInstance(mixed) && mixed.path).toEqual(['series', 'points', 3, 'result']);
    const repeated = await trendChart({
      points: [...county.points, { schoolYear: '2021/22', result: rotation(1) }],
    }).catch((error) => error);
    expect(InvalidInputError.isInstance(repeated) && repeated.path).toEqual(['series', 'points', 3, 'schoolYear']);
    await expect(trendChart({ points: [{ schoolYear: 'next year', result: rotation(1) }] })).rejects.toSatisfy(
      InvalidInputError.isInstance,
    );
    await expect(trendChart({ points: [] })).rejects.toSatisfy(InvalidInputError.isInstance);
    await expect(trendChart([county, county])).rejects.toSatisfy(InvalidInputError.isInstance);
    await expect(trendChart(county, { valueLabels: 'yes' as never })).rejects.toSatisfy(InvalidOptionError.isInstance);
    await expect(trendChart(county, { regime: 7 as never })).rejects.toSatisfy(InvalidOptionError.isInstance);
  });
});
