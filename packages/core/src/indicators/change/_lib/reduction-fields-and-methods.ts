import type { IndicatorMethodSpec } from '../../../definition/define-indicator';
import type { LocalizedText } from '../../../i18n/localized-text';

/**
 * The shape shared by every "how many fewer" indicator (校外培训机构压减率, 学校撤并): counts
 * `before` and `after`; numerator before − after (the number removed), denominator before.
 */
export function reductionFieldsAndMethods(beforeLabels: LocalizedText, afterLabels: LocalizedText) {
  const fields = {
    before: { kind: 'count', labels: beforeLabels },
    after: { kind: 'count', labels: afterLabels },
  } as const;
  const methods = {
    standard: {
      labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
      formula: { zh: '(原有数 − 现有数) ÷ 原有数 × 100%', en: '(before − after) ÷ before × 100%' },
      compute: ({ before, after }) => ({ numerator: before.minus(after), denominator: before }),
    },
  } satisfies Record<string, IndicatorMethodSpec<typeof fields>>;
  return { fields, methods, defaultMethod: 'standard' as const };
}
