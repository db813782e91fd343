/** The 2017 优质均衡 regime, which sets the 残疾儿童 and 随迁子女 thresholds. */
export const QUALITY_BALANCE_2017_DOCUMENT = '教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)';

/** The 2020 学前普及普惠 regime, which sets 毛入园率 ≥ 85%. */
export const PRESCHOOL_UNIVERSAL_2020_DOCUMENT = '教育部《县域学前教育普及普惠督导评估办法》(2020)';

/** Where the statistical definitions of the enrolment rates come from. */
export const STATISTICS_DOCUMENT = '教育部《教育统计指标解释》;《全国教育事业发展统计公报》';
