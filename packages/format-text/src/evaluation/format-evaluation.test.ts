import { InvalidOptionError } from '@edukpi/core';
import {
  basicBalance2012,
  defineRegimeVariant,
  evaluateRegime,
  preschoolUniversal2020,
  qualityBalance2017,
} from '@edukpi/standards';
import { describe, expect, it } from 'vitest';
import { golden2012, golden2017, golden2020, goldenSchools } from '../__golden__/golden-counties';
import { catchError } from '../_test/catch-error';
import { expectOptionsChecked } from '../_test/expect-options-checked';
import { formatLocales } from '../locale/format-locale';
import { formatEvaluation } from './format-evaluation';
import { formatEvaluationItem } from './format-evaluation-item';

const evaluation2017 = evaluateRegime(qualityBalance2017, golden2017);
const itemOf = (id: string) => {
  const item = evaluation2017.items.find((entry) => entry.id === id);
  if (item === undefined) throw new Error(id);
  return item;
};

describe('formatEvaluationItem', () => {
  it('states an indicator item with its value, threshold and shortfall in real units', () => {
    expect(formatEvaluationItem(itemOf('teacher_rotation'))).toBe(
      '每年教师交流轮岗比例不低于符合交流条件教师总数的 10%:教师交流轮岗比例为8.8%,未达到10%的标准,还差本年交流轮岗教师12人',
    );
    expect(formatEvaluationItem(itemOf('teacher_rotation'), { locale: 'en' })).toBe(
      'Teacher rotation ≥ 10% of eligible teachers a year: the teacher rotation rate was 8.8%, short of the standard of at least 10%, 12 more teachers rotated this year needed',
    );
  });

  it('states a ratio item in the unit of its terms, money in 万元', () => {
    expect(formatEvaluationItem(itemOf('special_education_funding'))).toBe(
      '特殊教育学校生均公用经费不低于 6000 元:实际为5200元,未达到6000元的标准,还差特殊教育学校公用经费16万元',
    );
  });

  it('reports evidence as the county’s statement, converted for zh-TW, and marks veto items', () => {
    expect(formatEvaluationItem(itemOf('no_illegal_school_choice'), { locale: 'zh-TW' })).toBe(
      '無違規擇校(一票否決項):據縣級人民政府提供的材料,未達到要求(2022年有2所學校跨片區招生,已整改)',
    );
    expect(formatEvaluationItem(itemOf('unified_standards'))).toBe(
      '城乡学校建设、编制、生均公用经费、装备配置标准统一:未提供数据,未作评估',
    );
  });

  it('says an item does not apply when the county has nothing it applies to', () => {
    const evaluation = evaluateRegime(qualityBalance2017, {
      schools: goldenSchools,
      items: { special_education_funding: { funding: 0, students: 0 } },
    });
    const item = evaluation.items.find((entry) => entry.id === 'special_education_funding');
    expect(item?.status).toBe('not_applicable');
    expect(formatEvaluationItem(item as never)).toBe('特殊教育学校生均公用经费不低于 6000 元:县域内无适用对象,不适用');
  });

  it('names the terms of a variant’s ratio items too', () => {
    const variant = defineRegimeVariant(qualityBalance2017, {
      id: 'quality_balance_2017_x',
      itemThresholds: { special_education_funding: '8000' },
    });
    const evaluation = evaluateRegime(variant, golden2017);
    const item = evaluation.items.find((entry) => entry.id === 'special_education_funding');
    expect(formatEvaluationItem(item as never, { regime: variant })).toBe(
      '特殊教育学校生均公用经费不低于 6000 元:实际为5200元,未达到8000元的标准,还差特殊教育学校公用经费56万元',
    );
  });

  it('refuses a misspelt option, naming it and listing the options, instead of ignoring it', () => {
    for (const item of evaluation2017.items.slice(0, 3)) {
      expectOptionsChecked((options) => formatEvaluationItem(item, options as never), 'regim', ['locale', 'regime']);
    }
  });

  it('writes every item of every regime in three scripts, supplied or not', () => {
    for (const [regime, county] of [
      [qualityBalance2017, golden2017],
      [basicBalance2012, golden2012],
      [preschoolUniversal2020, golden2020],
      [qualityBalance2017, { schools: goldenSchools }],
    ] as const) {
      for (const item of evaluateRegime(regime, county).items) {
        for (const locale of formatLocales) {
          const sentence = formatEvaluationItem(item, { locale });
          expect(sentence, `${item.id} ${locale}`).not.toMatch(/NaN|undefined|Infinity|\{|\}/);
          expect(sentence, `${item.id} ${locale}`).toContain(':');
        }
      }
    }
  });
});

describe('formatEvaluation', () => {
  it('leads with the verdict', () => {
    expect(formatEvaluation(evaluation2017, { sections: ['verdict'] })).toBe(
      '对照县域义务教育优质均衡发展(2017),评估结论为未达到要求:存在一票否决项,共7项未达到。',
    );
    expect(formatEvaluation(evaluation2017, { sections: ['verdict'], locale: 'en' })).toBe(
      'Against County high-quality balanced compulsory education (2017): the county falls short, with a veto item failed (failures: 7).',
    );
  });

  it('lists excluded schools with the reason, and failing schools with what they lack', () => {
    const text = formatEvaluation(evaluation2017, { sections: ['scope', 'resources'] });
    expect(text).toContain('后沟村教学点未纳入评估:教学点在校生 30 人,少于 50 人,不参加评估。');
    expect(text).toContain(
      '城镇二小(小学)4项指标达到标准,未达到要求:每百名学生拥有高于规定学历教师数为3.9人,低于4.2人的标准,还需增加高于规定学历教师3人;',
    );
    expect(text).toContain('还需增加教学仪器设备值40万元。');
    expect(text).toContain('小学生均教学仪器设备值差异系数为0.175,不高于0.50,达到要求。');
    expect(text).not.toContain('城关小学');
    expect(formatEvaluation(evaluation2017, { sections: ['resources'], schools: 'all' })).toContain(
      '城关小学(小学)7项指标达到标准,达到要求。',
    );
  });

  it('writes the 2012 composite and the items in traditional characters', () => {
    const text = formatEvaluation(evaluateRegime(basicBalance2012, golden2012), { locale: 'zh-TW' });
    expect(text).toContain('國小綜合差異係數爲0.135,不高於0.65,達到要求。');
    expect(text).toContain('【社會認可度】');
  });

  it('refuses unknown sections and school choices', () => {
    for (const options of [{ sections: ['verdict', 'x'] }, { schools: 'some' }]) {
      expect(InvalidOptionError.isInstance(catchError(() => formatEvaluation(evaluation2017, options as never)))).toBe(
        true,
      );
    }
  });

  it('refuses a misspelt option, naming it and listing the options, instead of ignoring it', () => {
    expect(() => formatEvaluation(evaluation2017, { section: ['verdict'] } as never)).toThrow(/unknown option section/);
    expectOptionsChecked((options) => formatEvaluation(evaluation2017, options as never), 'school', [
      'locale',
      'sections',
      'schools',
    ]);
  });

  it('survives a JSON round trip of the evaluation', () => {
    const json = JSON.parse(JSON.stringify(evaluation2017));
    expect(formatEvaluation(json)).toBe(formatEvaluation(evaluation2017));
  });
});
