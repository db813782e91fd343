import type { BilingualText } from '../../../i18n/localized-text';
import type { Threshold } from '../../../result/threshold';

/** The 2017 优质均衡 regime, which sets the seven per-school standards. */
export const QUALITY_BALANCE_2017_DOCUMENT = '教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)';

/** The 2012 基本均衡 regime, whose eight per-school indicators feed the 综合差异系数. */
export const BASIC_BALANCE_2012_DOCUMENT = '教育部《县域义务教育发展基本均衡督导评估暂行办法》(教督〔2012〕3号)';

/** Both regimes, for the three indicators that belong to both sets. */
export const BOTH_BALANCE_DOCUMENTS = `${QUALITY_BALANCE_2017_DOCUMENT};${BASIC_BALANCE_2012_DOCUMENT}`;

/** The denominator of every per-school resource indicator: students with a registered 学籍. */
export const studentsTerm = {
  name: 'students',
  labels: { 'zh-CN': '在校生数', 'zh-TW': '在校生數', en: 'students' },
} as const;

/**
 * The two thresholds a 2017 resource standard sets: one for primary schools, one for junior
 * schools, both `≥` and both of regime `quality_balance_2017`. Pass `options.stage` to keep only
 * the one that applies to the school.
 */
export function qualityBalanceStandards(primary: string, junior: string): readonly Threshold[] {
  const note: BilingualText = {
    zh: '优质均衡资源配置标准;学校须至少 6 项达标、其余 1 项不低于标准的 85%(由均衡评估引擎判定)',
    en: 'resource standard of the 2017 regime; a school passes with 6 of the 7 at standard and the last at 85% of it or more (the balance evaluation applies that rule)',
  };
  return [
    { regime: 'quality_balance_2017', comparator: '>=', value: primary, stage: 'primary', note },
    { regime: 'quality_balance_2017', comparator: '>=', value: junior, stage: 'junior', note },
  ];
}

/** What a 2017-set indicator's source says about its standard and the county rule. */
export const QUALITY_BALANCE_2017_NOTE: BilingualText = {
  zh: '2017 年办法资源配置 7 项指标之一,按校计算;小学、初中标准不同。县域内校际差异系数小学 ≤ 0.50、初中 ≤ 0.45',
  en: 'one of the 7 resource indicators of the 2017 regime, computed per school, with different primary and junior standards; the between-school CV must be ≤ 0.50 (primary) and ≤ 0.45 (junior)',
};

/** What a 2012-set indicator's source says: no national per-school number. */
export const BASIC_BALANCE_2012_NOTE: BilingualText = {
  zh: '2012 年办法 8 项指标之一,进入综合差异系数;国家未规定每校达标数值,由各省办学基本标准规定:可用 options.thresholds 传入本省标准',
  en: 'one of the 8 indicators of the 2012 regime, which enter the composite CV; there is no national per-school number, provinces set their own basic standards: pass yours through options.thresholds',
};

/** The note of an indicator in both sets: the 2017 standard applies, and 2012 sets no national number. */
export const BOTH_BALANCE_NOTE: BilingualText = {
  zh: `${QUALITY_BALANCE_2017_NOTE.zh}。同时是${BASIC_BALANCE_2012_NOTE.zh}`,
  en: `${QUALITY_BALANCE_2017_NOTE.en}. It is also ${BASIC_BALANCE_2012_NOTE.en}`,
};

/**
 * Why resource quantities other than people are `amount` fields, not counts: a 九年一贯制 or
 * 完全中学 school splits its resource totals between stages by weighted students, so a stage's
 * share of the computers, books or classrooms is fractional.
 */
export const SPLIT_SCHOOL_NOTE: BilingualText = {
  zh: '一贯制学校、完全中学按折算学生数拆分资源总量,拆分后可为小数,故此项为数量而非整数人数',
  en: 'mixed schools split their resource totals between stages by weighted students, so the split share can be fractional: this input is an amount, not a whole count',
};

/** Two notes as one, in each language. */
export function joinNotes(first: BilingualText, second: BilingualText): BilingualText {
  return { zh: `${first.zh}。${second.zh}`, en: `${first.en}. ${second.en}` };
}
