import {
  computeIndicator,
  computeWithDefinition,
  defineRatioIndicator,
  getIndicatorDefinition,
  type IndicatorId,
  InvalidOptionError,
  indicatorIds,
  UnknownIndicatorError,
} from '@edukpi/core';
import { describe, expect, it } from 'vitest';
import { catchError } from '../_test/catch-error';
import { expectOptionsChecked } from '../_test/expect-options-checked';
import { createTextLocale } from '../locale/create-text-locale';
import { formatLocales } from '../locale/format-locale';
import { formatResult } from './format-result';

const participation = computeIndicator('after_school_participation_rate', { participants: 69100, enrolled: 74400 });

describe('formatResult', () => {
  it('writes a statement: 达 for a percentage, 为 otherwise', () => {
    expect(formatResult(computeIndicator('nine_year_consolidation_rate', { graduates: 10272, entrants: 10000 }))).toBe(
      '九年义务教育巩固率达102.72%',
    );
    expect(formatResult(computeIndicator('student_teacher_ratio', { students: 16190, teachers: 1000 }))).toBe(
      '生师比为16.19:1',
    );
    expect(
      formatResult(computeIndicator('student_teacher_ratio', { students: 16190, teachers: 1000 }), { locale: 'en' }),
    ).toBe('The student-teacher ratio was 16.19:1');
  });

  it('writes a share with the numerator’s own label and unit', () => {
    expect(formatResult(participation, { style: 'share' })).toBe('参加课后服务学生6.91万人,占92.88%');
    expect(formatResult(participation, { style: 'share', locale: 'zh-TW' })).toBe('參加課後服務學生6.91萬人,佔92.88%');
    expect(formatResult(participation, { style: 'share', locale: 'en' })).toBe(
      '69,100 participating students, 92.88% of the total',
    );
    expect(formatResult(participation, { style: 'share', part: '学生', unit: '名', subject: '全区' })).toBe(
      '全区学生6.91万名,占92.88%',
    );
  });

  it('takes per-script options', () => {
    const label = { 'zh-CN': '义务教育巩固率', 'zh-TW': '義務教育鞏固率', en: 'consolidation rate' };
    const result = computeIndicator('nine_year_consolidation_rate', { graduates: 10272, entrants: 10000 });
    expect(formatLocales.map((locale) => formatResult(result, { locale, label }))).toEqual([
      '义务教育巩固率达102.72%',
      '義務教育鞏固率達102.72%',
      'The consolidation rate was 102.72%',
    ]);
  });

  it('appends threshold checks on request, in the unit of the indicator', () => {
    const result = computeIndicator(
      'junior_three_year_consolidation_rate',
      { graduates: 1870, entrants: 2000 },
      { regimes: ['quality_balance_2017'] },
    );
    expect(formatResult(result)).toBe('初中三年巩固率达93.5%');
    expect(formatResult(result, { thresholds: true })).toBe('初中三年巩固率达93.5%,未达到95%的标准');
    expect(formatResult(result, { thresholds: true, locale: 'en' })).toBe(
      'The junior-secondary three-year consolidation rate was 93.5%, short of the standard of at least 95%',
    );
  });

  it('says why there is no value, never 0 or NaN', () => {
    const none = computeIndicator('after_school_participation_rate', { participants: 0, enrolled: 0 });
    expect(formatResult(none)).toBe('课后服务学生参与率无法计算(分母为零)');
    expect(formatResult(none, { style: 'share' })).toBe('课后服务学生参与率无法计算(分母为零)');
    expect(formatResult(none, { locale: 'en' })).toBe(
      'The after-school service student participation rate cannot be computed (zero denominator)',
    );
  });

  it('uses a bureau’s templates and a one-off template', () => {
    const bureau = createTextLocale({ templates: { statementPercent: '[{subject}]{label}已达{value}' } });
    const result = computeIndicator('nine_year_consolidation_rate', { graduates: 10272, entrants: 10000 });
    expect(formatResult(result, { locale: bureau, subject: '全县' })).toBe('全县九年义务教育巩固率已达102.72%');
    expect(formatResult(result, { template: '{label}:{value}' })).toBe('九年义务教育巩固率:102.72%');
    const error = catchError(() => formatResult(result, { template: '{label}{count}' }));
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).path).toEqual(['options', 'template', 'statementPercent']);
  });

  it('refuses a misspelt option, naming it and listing the options, instead of ignoring it', () => {
    expect(() => formatResult(participation, { stlye: 'share' } as never)).toThrow(/unknown option stlye/);
    const names = [
      'locale',
      'style',
      'subject',
      'label',
      'part',
      'unit',
      'decimals',
      'keepTrailingZeros',
      'thresholds',
      'template',
    ];
    expectOptionsChecked((options) => formatResult(participation, options as never), 'threshold', names);
    // Also for a result with no value, which uses fewer of them.
    const noValue = computeIndicator('student_aid_coverage_rate', { aided: 0, eligible: 0 });
    expectOptionsChecked((options) => formatResult(noValue, options as never), 'sujbect', names);
  });

  it('refuses a reduction of a result without before and after', () => {
    const error = catchError(() => formatResult(participation, { style: 'reduction' }));
    expect(InvalidOptionError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionError).messageEn).toMatch(/before/);
  });

  it('needs a label for an indicator outside the catalogue', () => {
    const own = defineRatioIndicator({
      id: 'bureau_coverage',
      version: '1.0.0',
      labels: { 'zh-CN': '覆盖率', 'zh-TW': '覆蓋率', en: 'Coverage' },
      description: { zh: '覆盖学校数 ÷ 学校数', en: 'covered ÷ schools' },
      unit: 'percent',
      decimals: 1,
      numerator: { name: 'covered', labels: { 'zh-CN': '覆盖学校数', 'zh-TW': '覆蓋學校數', en: 'schools covered' } },
      denominator: { name: 'schools', labels: { 'zh-CN': '学校数', 'zh-TW': '學校數', en: 'schools' } },
      partOfWhole: true,
      formula: { zh: '覆盖学校数 ÷ 学校数 × 100%', en: 'covered ÷ schools × 100%' },
      source: { document: 'local' },
      example: { input: { covered: 36, schools: 40 }, value: '90.0' },
    });
    const result = computeWithDefinition(own, { covered: 36, schools: 40 });
    expect(UnknownIndicatorError.isInstance(catchError(() => formatResult(result)))).toBe(true);
    expect(formatResult(result, { label: '覆盖率' })).toBe('覆盖率达90%');
    expect(
      InvalidOptionError.isInstance(catchError(() => formatResult(result, { label: '覆盖率', style: 'share' }))),
    ).toBe(true);
    expect(formatResult(result, { label: '覆盖率', style: 'share', part: '覆盖学校', unit: '所' })).toBe(
      '覆盖学校36所,占90%',
    );
  });

  it('writes every indicator of the catalogue, from its worked example, in three scripts', () => {
    for (const id of indicatorIds) {
      const definition = getIndicatorDefinition(id as IndicatorId);
      const example = definition.example as unknown as { input: never; method?: never };
      const result = computeIndicator(
        id as IndicatorId,
        example.input,
        example.method === undefined ? {} : { method: example.method },
      );
      for (const locale of formatLocales) {
        const sentence = formatResult(result, { locale, thresholds: true });
        expect(sentence, `${id} ${locale}`).not.toMatch(/NaN|undefined|Infinity|\{|\}|\[|\]/);
        expect(sentence.length, `${id} ${locale}`).toBeGreaterThan(4);
      }
    }
  });
});
