import { InvalidInputError, InvalidOptionError } from '@edukpi/core';
import {
  basicBalance2012,
  defineRegimeVariant,
  evaluateRegime,
  preschoolUniversal2020,
  qualityBalance2017,
} from '@edukpi/standards';
import { describe, expect, it } from 'vitest';
import { fixtureEvaluation, fixtureSchools } from '../_test/fixtures';
import { readSvg } from '../_test/svg';
import { schoolDotPlot } from './school-dot-plot';

const evaluation = fixtureEvaluation();
const equipment = { evaluation, indicator: 'equipment_value_per_student', stage: 'primary' } as const;

const symbolsByLabel = (svg: string) =>
  Object.fromEntries(
    readSvg(svg)
      .marks('symbol')
      .map((item) => [item.attributes['aria-label'], item.attributes.fill]),
  );

describe('schoolDotPlot', () => {
  it('draws one dot per school of the stage, coloured by the school’s standing (zh-CN)', async () => {
    const chart = await schoolDotPlot(equipment);
    expect(symbolsByLabel(chart.svg)).toEqual({
      '城关小学：2000.00，达到标准': '#009E73',
      '河西小学：1700.00，低于标准，不低于标准的 85%': '#E69F00',
      '东山小学：1000.00，低于标准的 85%': '#D55E00',
      '南岭小学：2000.00，达到标准': '#009E73',
      '北岭小学：2000.00，达到标准': '#009E73',
    });
    const { root, lines } = readSvg(chart.svg);
    expect(root.children[0]).toMatchObject({ name: 'title', children: ['生均教学仪器设备值（小学）'] });
    expect(lines).toEqual(
      expect.arrayContaining([
        '县域义务教育优质均衡发展(2017)',
        '差异系数 0.223，标准 ≤ 0.50，达标，5 所学校，县均值 1740，标准 2000',
        '城关小学',
        '东山小学',
        '学校',
        '生均教学仪器设备值（元）',
      ]),
    );
  });

  it('draws the county mean, the standard and the band from 85% of the standard up to it', async () => {
    const { marks, texts } = readSvg((await schoolDotPlot(equipment)).svg);
    expect(marks('rule').map((item) => item.attributes['aria-label'])).toEqual(['标准 2000', '县均值 1740']);
    expect(marks('rect').map((item) => item.attributes['aria-label'])).toEqual(['85% 1700 – 标准 2000']);
    expect(texts).toEqual(expect.arrayContaining(['85% 1700', '标准 2000', '县均值 1740']));
  });

  it('sorts the schools by value, highest first', async () => {
    const chart = await schoolDotPlot({
      evaluation,
      indicator: 'qualified_teachers_per_100_students',
      stage: 'primary',
    });
    const order = readSvg(chart.svg)
      .marks('symbol')
      .map((item) => ({
        name: item.attributes['aria-label']?.split('：')[0],
        y: Number(/translate\([^,]+,([^)]+)\)/.exec(item.attributes.transform ?? '')?.[1]),
      }))
      .sort((left, right) => left.y - right.y)
      .map((item) => item.name);
    expect(order[0]).toBe('北岭小学');
    expect(order[order.length - 1]).toBe('南岭小学');
  });

  it('writes Traditional Chinese (school names converted as @edukpi/format-text does: 小学 → 國小) and English', async () => {
    const taiwan = readSvg((await schoolDotPlot(equipment, { locale: 'zh-TW' })).svg);
    expect(taiwan.root.children[0]).toMatchObject({ children: ['生均教學儀器設備值（國小）'] });
    expect(taiwan.lines).toEqual(expect.arrayContaining(['東山國小', '學校', '縣均值 1740', '標準 2000']));
    const english = readSvg((await schoolDotPlot(equipment, { locale: 'en' })).svg);
    expect(english.root.children[0]).toMatchObject({ children: ['Teaching equipment value per student (primary)'] });
    expect(english.lines).toEqual(
      expect.arrayContaining([
        'County mean 1,740',
        'Standard 2,000',
        'School',
        'Below 85% of the standard',
        '85% 1,700',
      ]),
    );
  });

  it('draws a provincial variant’s standard when given the evaluation made under it', async () => {
    const variant = defineRegimeVariant(qualityBalance2017, {
      id: 'quality_balance_2017_demo',
      version: '2017.1+demo',
      labels: { 'zh-CN': '示范省细则', 'zh-TW': '示範省細則', en: 'Demo rules' },
      source: 'fictional',
      standards: { equipment_value_per_student: { primary: '2200', junior: '2800' } },
    });
    const stricter = evaluateRegime(variant, { schools: fixtureSchools });
    const { lines, marks } = readSvg(
      (await schoolDotPlot({ ...equipment, evaluation: stricter }, { regime: variant })).svg,
    );
    expect(lines).toEqual(expect.arrayContaining(['示范省细则', '标准 2200', '85% 1870']));
    expect(marks('rect')).toHaveLength(1);
    // the evaluation states its rule, so the variant need not be passed
    const stated = readSvg((await schoolDotPlot({ ...equipment, evaluation: stricter })).svg);
    expect(stated.lines).toEqual(expect.arrayContaining(['示范省细则', '标准 2200', '85% 1870']));
    expect(stated.marks('rect')).toHaveLength(1);
    // an evaluation saved before it stated its rule, without the variant: the floor is unknown,
    // the standard is drawn, the band is not
    const saved = JSON.parse(JSON.stringify(stricter));
    delete saved.resources.schoolRule;
    const withoutRule = readSvg((await schoolDotPlot({ ...equipment, evaluation: saved })).svg);
    expect(withoutRule.marks('rect')).toHaveLength(0);
    expect(withoutRule.lines).toEqual(expect.arrayContaining(['标准 2200', '低于标准']));
    await expect(schoolDotPlot(equipment, { regime: variant })).rejects.toSatisfy(InvalidOptionError.isInstance);
  });

  it('draws the 2012 regime, which has no per-school standard, with its composite coefficient', async () => {
    const basic = evaluateRegime(basicBalance2012, { schools: fixtureSchools });
    const { lines, marks } = readSvg(
      (await schoolDotPlot({ evaluation: basic, indicator: 'books_per_student', stage: 'primary' })).svg,
    );
    expect(marks('symbol')).toHaveLength(5);
    expect(marks('rule')).toHaveLength(1);
    expect(lines).toEqual(expect.arrayContaining(['无标准']));
    expect(lines.some((line) => line.startsWith('综合差异系数（各指标差异系数的平均） '))).toBe(true);
  });

  it('rejects an evaluation without a resource part, an indicator or stage it does not have, and bad options', async () => {
    const preschool = evaluateRegime(preschoolUniversal2020, { schools: [] });
    await expect(schoolDotPlot({ ...equipment, evaluation: preschool })).rejects.toSatisfy(
      InvalidInputError.isInstance,
    );
    await expect(schoolDotPlot({ ...equipment, evaluation: {} as never })).rejects.toSatisfy(
      InvalidInputError.isInstance,
    );
    const missing = await schoolDotPlot({ ...equipment, indicator: 'books_per_student' }).catch((error) => error);
    expect(InvalidOptionError.isInstance(missing) && missing.path).toEqual(['input', 'indicator']);
    await expect(schoolDotPlot({ ...equipment, stage: 'senior' as never })).rejects.toSatisfy(
      InvalidOptionError.isInstance,
    );
    await expect(schoolDotPlot(equipment, { regime: 'quality_balance_2017' as never })).rejects.toSatisfy(
      InvalidOptionError.isInstance,
    );
  });
});
