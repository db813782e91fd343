import type { BilingualText } from '../../../i18n/localized-text';

/** The 2017 优质均衡 regime, as every teacher item of its part 2 cites it. */
export const QUALITY_BALANCE_2017_DOCUMENT = '教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)';

/**
 * The caveat every part-2 (政府保障程度) number of the 2017 regime carries: the figures come from
 * restatements of the document, so they are data a caller can override.
 */
export function governmentGuaranteeNote(item: number, zh: string, en: string): BilingualText {
  return {
    zh: `优质均衡政府保障程度第 ${item} 项:${zh}(数值据办法的转述整理,可用 options.thresholds 覆盖)`,
    en: `government guarantee part, item ${item} of the 2017 regime: ${en} (the number comes from restatements of the document; override it through options.thresholds)`,
  };
}
