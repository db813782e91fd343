import { Decimal } from '../../_lib/decimal';
import { defineIndicator } from '../../definition/define-indicator';

const TWO = new Decimal(2);

/**
 * 性别均等指数 — the gender parity index: the female value of an indicator ÷ the male value
 * (e.g. girls' and boys' enrolment rates), 2 decimals; 1 is parity.
 *
 * Methods: `unadjusted` (default) female ÷ male; `adjusted` — the UIS adjusted GPI, which keeps
 * the index symmetric around 1: where female ÷ male > 1 it is 2 − male ÷ female.
 *
 * @example
 * ```ts
 * computeIndicator('gender_parity_index', { female: '95.2', male: '100.2' }).formattedValue; // '0.95'
 * computeIndicator('gender_parity_index', { female: 125, male: 100 }, { method: 'adjusted' }).formattedValue; // '1.20'
 * ```
 */
export const genderParityIndex = defineIndicator({
  id: 'gender_parity_index',
  version: '1.0.0',
  labels: { 'zh-CN': '性别均等指数', 'zh-TW': '性別均等指數', en: 'Gender parity index' },
  description: {
    zh: '女性指标值 ÷ 男性指标值;调整后(UIS)大于 1 时取 2 − 1/GPI',
    en: 'female value ÷ male value; the UIS adjusted form takes 2 − 1/GPI above 1',
  },
  unit: 'ratio',
  decimals: 2,
  fields: {
    female: { kind: 'amount', labels: { 'zh-CN': '女性指标值', 'zh-TW': '女性指標值', en: 'female value' } },
    male: { kind: 'amount', labels: { 'zh-CN': '男性指标值', 'zh-TW': '男性指標值', en: 'male value' } },
  },
  methods: {
    unadjusted: {
      labels: { 'zh-CN': '未调整', 'zh-TW': '未調整', en: 'unadjusted' },
      formula: { zh: '女性指标值 ÷ 男性指标值', en: 'female ÷ male' },
      compute: ({ female, male }) => ({ numerator: female, denominator: male }),
    },
    adjusted: {
      labels: { 'zh-CN': '调整后(UIS)', 'zh-TW': '調整後(UIS)', en: 'adjusted (UIS)' },
      formula: { zh: '女 ÷ 男;若大于 1,取 2 − 男 ÷ 女', en: 'female ÷ male; above 1, 2 − male ÷ female' },
      compute: ({ female, male }) => ({
        numerator: female,
        denominator: male,
        transform: (parity) => (parity.gt(1) ? TWO.minus(new Decimal(1).div(parity)) : parity),
      }),
    },
  },
  defaultMethod: 'unadjusted',
  source: {
    document: 'UNESCO Institute for Statistics, Glossary: Gender parity index (adjusted)',
    note: {
      zh: '均等区间通常取 0.97–1.03',
      en: 'parity is usually read as 0.97–1.03',
    },
  },
  example: { input: { female: 125, male: 100 }, method: 'adjusted', value: '1.20' },
});
