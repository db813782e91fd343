import type { IndicatorMethodSpec } from '../../../definition/define-indicator';
import type { BilingualText, LocalizedText } from '../../../i18n/localized-text';

/**
 * The fields and the three variants the spec gives both consolidation rates (九年 and 初中三年):
 * `raw`, `net_transfers_denominator` and `adjusted_numerator`. Only the cohort's entry grade
 * differs between the two, so both definitions are built from this.
 */
export function consolidationFieldsAndMethods(entrantLabels: LocalizedText, graduateLabels: LocalizedText) {
  const fields = {
    graduates: { kind: 'count', labels: graduateLabels },
    entrants: { kind: 'count', labels: entrantLabels },
    transfersIn: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '该届学生转入人数', 'zh-TW': '該屆學生轉入人數', en: 'transfers in to the cohort' },
    },
    transfersOut: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '该届学生转出人数', 'zh-TW': '該屆學生轉出人數', en: 'transfers out of the cohort' },
    },
    deaths: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '该届学生死亡人数', 'zh-TW': '該屆學生死亡人數', en: 'deaths in the cohort' },
    },
  } as const;

  const methods = {
    raw: {
      labels: { 'zh-CN': '原始口径', 'zh-TW': '原始口徑', en: 'raw' },
      formula: { zh: '毕业生数 ÷ 入学人数 × 100%', en: 'graduates ÷ entrants × 100%' },
      compute: ({ graduates, entrants }) => ({ numerator: graduates, denominator: entrants }),
    },
    net_transfers_denominator: {
      labels: { 'zh-CN': '分母扣除转学口径', 'zh-TW': '分母扣除轉學口徑', en: 'transfer-netted denominator' },
      formula: {
        zh: '毕业生数 ÷ (入学人数 + 转入人数 − 转出人数) × 100%',
        en: 'graduates ÷ (entrants + transfers in − transfers out) × 100%',
      },
      requires: ['transfersIn', 'transfersOut'],
      compute: ({ graduates, entrants, transfersIn, transfersOut }) => ({
        numerator: graduates,
        denominator: entrants.plus(transfersIn).minus(transfersOut),
      }),
    },
    adjusted_numerator: {
      labels: { 'zh-CN': '分子调整口径', 'zh-TW': '分子調整口徑', en: 'adjusted numerator' },
      formula: {
        zh: '(毕业生数 − 转入人数 + 转出人数) ÷ (入学人数 − 死亡人数) × 100%',
        en: '(graduates − transfers in + transfers out) ÷ (entrants − deaths) × 100%',
      },
      requires: ['transfersIn', 'transfersOut', 'deaths'],
      compute: ({ graduates, entrants, transfersIn, transfersOut, deaths }) => ({
        numerator: graduates.minus(transfersIn).plus(transfersOut),
        denominator: entrants.minus(deaths),
      }),
    },
  } satisfies Record<string, IndicatorMethodSpec<typeof fields>>;

  const aboveHundred: BilingualText = {
    zh: '原始口径不扣除转入学生,人口流入地区的毕业生可多于当年入学人数,巩固率因此可超过 100%(如济源 102.72%);扣除转学可改用 net_transfers_denominator 或 adjusted_numerator 口径',
    en: 'the raw method does not net out transfers in, so where families move in there can be more graduates than entrants and the rate exceeds 100% (Jiyuan reports 102.72%); use net_transfers_denominator or adjusted_numerator to net transfers out',
  };

  const negativeMeaning: BilingualText = {
    zh: '转入人数多于毕业生数与转出人数之和,分子为负,请核对转学数据',
    en: 'transfers in exceed graduates plus transfers out, so the numerator is negative; check the transfer data',
  };

  return {
    fields,
    methods,
    defaultMethod: 'raw' as const,
    constraints: [{ part: 'deaths', whole: 'entrants' }] as const,
    aboveHundred,
    negativeMeaning,
  };
}
