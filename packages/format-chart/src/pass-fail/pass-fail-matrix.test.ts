import { InvalidInputError, InvalidOptionError } from '@edukpi/core';
import { basicBalance2012, evaluateRegime } from '@edukpi/standards';
import { describe, expect, it } from 'vitest';
import { fixtureEvaluation, fixtureSchools } from '../_test/fixtures';
import { readSvg } from '../_test/svg';
import { passFailMatrix } from './pass-fail-matrix';

const evaluation = fixtureEvaluation();

const cells = (svg: string) =>
  readSvg(svg)
    .marks('rect')
    .map((item) => [item.attributes['aria-label'], item.attributes.fill]);

describe('passFailMatrix', () => {
  it('draws a cell per school and indicator and a verdict per school, each coloured and marked (zh-CN)', async () => {
    const chart = await passFailMatrix(evaluation);
    const { root, marks, lines } = readSvg(chart.svg);
    // 5 primary schools × (7 indicators + verdict) + 2 junior schools × 8
    expect(marks('rect')).toHaveLength(56);
    expect(root.children[0]).toMatchObject({ children: ['各校资源配置指标达标情况'] });
    const fills = Object.fromEntries(cells(chart.svg));
    expect(fills['河西小学（小学），生均教学仪器设备值：1700.00，低于标准，不低于标准的 85%']).toBe('#E69F00');
    expect(fills['东山小学（小学），生均教学仪器设备值：1000.00，低于标准的 85%']).toBe('#D55E00');
    expect(fills['东山小学（小学），每百名学生拥有网络多媒体教室数：2.00，低于标准，不低于标准的 85%']).toBe('#E69F00');
    expect(fills['城关小学（小学），生均教学仪器设备值：2000.00，达到标准']).toBe('#A3DBC6');
    expect(fills['东山小学（小学），学校判定：5/7，未达标']).toBe('#D55E00');
    expect(fills['河西小学（小学），学校判定：6/7，达标']).toBe('#A3DBC6');
    expect(fills['河西中学（初中），生均体育运动场馆面积：8.00，低于标准的 85%']).toBe('#D55E00');
    expect(lines).toEqual(
      expect.arrayContaining([
        '△ 1700.00',
        '× 1000.00',
        '△ 2.00',
        '× 3.00',
        '5/7 ×',
        '6/7 ✓',
        '7/7 ✓',
        '× 8.00',
        '城关中学（初中）',
        '学校判定',
        '✓ 达到标准',
        '△ 低于标准，不低于标准的 85%',
        '× 低于标准的 85%',
        '7 所学校中 4 所达标',
        '学校判定：至少 6 项达到标准，其余不低于标准的 85%',
      ]),
    );
    // the column headers are wrapped, line by line, to the column width
    expect(lines).toEqual(expect.arrayContaining(['每百名学生拥', '有高于规定学', '历教师数']));
  });

  it('draws the schools of one stage, without the stage in their names', async () => {
    const { marks, lines, root } = readSvg((await passFailMatrix(evaluation, { stage: 'junior' })).svg);
    expect(marks('rect')).toHaveLength(16);
    expect(lines).toEqual(expect.arrayContaining(['城关中学', '河西中学', '2 所学校中 1 所达标']));
    expect(root.children[0]).toMatchObject({ children: ['各校资源配置指标达标情况（初中）'] });
  });

  it('writes Traditional Chinese and English', async () => {
    const taiwan = readSvg((await passFailMatrix(evaluation, { locale: 'zh-TW', stage: 'primary' })).svg);
    expect(taiwan.root.children[0]).toMatchObject({ children: ['各校資源配置指標達標情況（國小）'] });
    expect(taiwan.lines).toEqual(expect.arrayContaining(['東山國小', '學校判定', '✓ 達到標準', '5 所學校中 3 所達標']));
    const english = readSvg((await passFailMatrix(evaluation, { locale: 'en', stage: 'primary' })).svg);
    expect(english.root.children[0]).toMatchObject({
      children: ['School resource indicators against their standards (primary)'],
    });
    expect(english.lines).toEqual(
      expect.arrayContaining([
        '✓ At or above the standard',
        '× Below 85% of the standard',
        '3 of 5 schools pass',
        '△ 1,700.00',
      ]),
    );
  });

  it('marks every cell “no standard” under the 2012 regime, which judges no school', async () => {
    const basic = evaluateRegime(basicBalance2012, { schools: fixtureSchools });
    const chart = await passFailMatrix(basic, { stage: 'primary' });
    expect(new Set(cells(chart.svg).map(([, fill]) => fill))).toEqual(new Set(['#E4E4E4']));
    expect(readSvg(chart.svg).lines).toEqual(expect.arrayContaining(['— 无标准']));
  });

  it('shares the width between the columns', async () => {
    const { spec } = await passFailMatrix(evaluation, { width: 800 });
    const [, matrix] = spec.vconcat as { width: { step: number } }[];
    expect(matrix?.width).toEqual({ step: 100 });
  });

  it('rejects an evaluation without schools of the stage and bad options', async () => {
    const empty = evaluateRegime(basicBalance2012, { schools: fixtureSchools.slice(0, 1) });
    await expect(passFailMatrix(empty, { stage: 'junior' })).rejects.toSatisfy(InvalidInputError.isInstance);
    await expect(passFailMatrix(null as never)).rejects.toSatisfy(InvalidInputError.isInstance);
    await expect(passFailMatrix(evaluation, { stage: 'preschool' as never })).rejects.toSatisfy(
      InvalidOptionError.isInstance,
    );
    await expect(passFailMatrix(evaluation, { width: 10_000 })).rejects.toSatisfy(InvalidOptionError.isInstance);
  });
});
