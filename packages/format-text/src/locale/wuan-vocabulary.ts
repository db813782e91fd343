/**
 * The Taiwan / Hong Kong school vocabulary the Wu'an report (`fixtures/reports/wuan.zh-TW.txt`)
 * uses, as `[Traditional (OpenCC), replacement]` pairs applied after the character conversion,
 * longest match first: 小學 → 國小 and 初中 → 國中 (「全市將形成121所國小、30所國中」), 殘疾 → 殘障
 * (「三類殘障兒童入學率達93.82%」); 中小學 stays 中小學 (the report's 「中國小標準化建設」 is an
 * artefact of converting 小學 inside 中小學, not a form to copy); and 平方米 → 平方公尺, the area unit
 * of core's zh-TW labels. Pass your own list to {@link createTraditionalTextLocale} to change it.
 *
 * @example
 * ```ts
 * wuanVocabulary.find(([from]) => from === '小學'); // ['小學', '國小']
 * ```
 */
export const wuanVocabulary: readonly (readonly [string, string])[] = Object.freeze([
  ['小學', '國小'],
  ['初中', '國中'],
  ['中小學', '中小學'],
  ['殘疾', '殘障'],
  ['平方米', '平方公尺'],
] as const);
