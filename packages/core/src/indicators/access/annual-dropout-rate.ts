import { defineIndicator } from '../../definition/define-indicator';

/**
 * 年辍学率 — students who dropped out during the school year as a percentage of the enrolment at
 * the start of the year, 2 decimals. Two variants (`options.method`):
 *
 * - `strict` (default): `dropouts` ÷ `enrolledAtStart` × 100%, where dropouts are the students who
 *   left school without a verified transfer; deaths and verified transfers are not dropouts. This
 *   is the 控辍保学 count.
 * - `netted`: the 两基-era form, ((休学 + 退学 + 死亡 + 转出 + 其他减少) − (转入 + 其他增加)) ÷
 *   `enrolledAtStart` × 100%: every decrease of the roll less every increase. Transfers in and
 *   other additions offset losses, so the rate is negative where the roll grew, and a value ≤ 0
 *   does not mean that no one dropped out. Never clamped; a negative value carries a warning.
 *
 * Threshold: the policy target of 控辍保学 is zero (动态清零), carried as a `national_target`
 * threshold `<= 0`. Under `strict` it passes only when no student dropped out; under `netted` it
 * is weaker, as the threshold's note says. Override or filter it with `options.thresholds` and
 * `options.regimes`.
 *
 * @param input - `enrolledAtStart`, and `dropouts` (`strict`) or the seven netted counts
 *   `suspended`, `withdrawn`, `deaths`, `transfersOut`, `otherDecreases`, `transfersIn`,
 *   `otherIncreases` (`netted`); head counts.
 * @returns The rate in %, with no value when the enrolment at the start is 0.
 * @throws {InvalidInputError} when a count is negative or fractional, dropouts exceed the
 *   enrolment at the start, or the method's counts are missing.
 *
 * @example
 * ```ts
 * computeIndicator('annual_dropout_rate', { dropouts: 3, enrolledAtStart: 1200 }).formattedValue; // '0.25'
 * computeIndicator(
 *   'annual_dropout_rate',
 *   { enrolledAtStart: 1200, suspended: 2, withdrawn: 3, deaths: 1, transfersOut: 25, otherDecreases: 0, transfersIn: 40, otherIncreases: 1 },
 *   { method: 'netted' },
 * ).formattedValue; // '-0.83' ((31 − 41) ÷ 1200)
 * ```
 */
export const annualDropoutRate = defineIndicator({
  id: 'annual_dropout_rate',
  version: '1.0.0',
  labels: { 'zh-CN': '年辍学率', 'zh-TW': '年輟學率', en: 'Annual dropout rate' },
  description: {
    zh: '学年内辍学学生数占学年初在校生数的百分比',
    en: 'students who dropped out during the school year as a percentage of the enrolment at the start of the year',
  },
  unit: 'percent',
  decimals: 2,
  fields: {
    enrolledAtStart: {
      kind: 'count',
      labels: { 'zh-CN': '学年初在校生数', 'zh-TW': '學年初在校生數', en: 'enrolment at the start of the year' },
    },
    dropouts: {
      kind: 'count',
      optional: true,
      labels: {
        'zh-CN': '学年内辍学人数(不含死亡和核实的转学)',
        'zh-TW': '學年內輟學人數(不含死亡和核實的轉學)',
        en: 'dropouts during the year, deaths and verified transfers excluded',
      },
    },
    suspended: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '休学人数', 'zh-TW': '休學人數', en: 'suspensions (休学)' },
    },
    withdrawn: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '退学人数', 'zh-TW': '退學人數', en: 'withdrawals (退学)' },
    },
    deaths: { kind: 'count', optional: true, labels: { 'zh-CN': '死亡人数', 'zh-TW': '死亡人數', en: 'deaths' } },
    transfersOut: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '转出人数', 'zh-TW': '轉出人數', en: 'transfers out' },
    },
    otherDecreases: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '其他减少人数', 'zh-TW': '其他減少人數', en: 'other decreases' },
    },
    transfersIn: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '转入人数', 'zh-TW': '轉入人數', en: 'transfers in' },
    },
    otherIncreases: {
      kind: 'count',
      optional: true,
      labels: { 'zh-CN': '其他增加人数', 'zh-TW': '其他增加人數', en: 'other increases' },
    },
  },
  methods: {
    strict: {
      labels: { 'zh-CN': '严格口径', 'zh-TW': '嚴格口徑', en: 'strict' },
      formula: {
        zh: '辍学人数(不含死亡和核实的转学) ÷ 学年初在校生数 × 100%',
        en: 'dropouts (deaths and verified transfers excluded) ÷ enrolment at the start of the year × 100%',
      },
      requires: ['dropouts'],
      compute: ({ dropouts, enrolledAtStart }) => ({ numerator: dropouts, denominator: enrolledAtStart }),
    },
    netted: {
      labels: { 'zh-CN': '增减轧差口径(两基时期)', 'zh-TW': '增減軋差口徑(兩基時期)', en: 'netted (两基 era)' },
      formula: {
        zh: '((休学 + 退学 + 死亡 + 转出 + 其他减少) − (转入 + 其他增加)) ÷ 学年初在校生数 × 100%',
        en: '((suspensions + withdrawals + deaths + transfers out + other decreases) − (transfers in + other increases)) ÷ enrolment at the start of the year × 100%',
      },
      requires: ['suspended', 'withdrawn', 'deaths', 'transfersOut', 'otherDecreases', 'transfersIn', 'otherIncreases'],
      compute: ({
        enrolledAtStart,
        suspended,
        withdrawn,
        deaths,
        transfersOut,
        otherDecreases,
        transfersIn,
        otherIncreases,
      }) => ({
        numerator: suspended
          .plus(withdrawn)
          .plus(deaths)
          .plus(transfersOut)
          .plus(otherDecreases)
          .minus(transfersIn.plus(otherIncreases)),
        denominator: enrolledAtStart,
      }),
    },
  },
  defaultMethod: 'strict',
  constraints: [{ part: 'dropouts', whole: 'enrolledAtStart' }],
  thresholds: [
    {
      regime: 'national_target',
      comparator: '<=',
      value: '0',
      note: {
        zh: '控辍保学"动态清零":严格口径下仅当无人辍学时达标;轧差口径中转入可抵消流失,≤ 0 不代表无人辍学',
        en: 'control of dropouts, "cleared to zero": under strict it passes only when no student dropped out; under netted transfers in offset losses, so a value ≤ 0 does not mean no one dropped out',
      },
    },
  ],
  negativeMeaning: {
    zh: '轧差口径下转入和其他增加人数多于各项减少人数,学生数净增加;不代表无人辍学,请用严格口径核对',
    en: 'under the netted method transfers in and other increases exceed all decreases, so the roll grew; it does not mean no one dropped out: check with the strict method',
  },
  source: {
    document:
      '国务院办公厅《关于进一步加强控辍保学提高义务教育巩固水平的通知》(国办发〔2017〕72号);两基时期学籍增减统计口径',
    note: {
      zh: '辍学的认定口径各地不一:严格口径(默认)只计未经核实转学而离校的学生;轧差口径为两基时期以学籍增减计算的做法,可为负',
      en: 'what counts as dropping out varies locally: strict (default) counts only students who left without a verified transfer; netted is the 两基-era computation from roll increases and decreases, and can be negative',
    },
  },
  example: { input: { dropouts: 3, enrolledAtStart: 1200 }, value: '0.25' },
});
