import type { Locale } from '@edukpi/core';
import type { TextTemplates } from './text-templates';

/** How a locale writes numbers. */
export interface TextNumberConventions {
  /**
   * The words for 10⁴ and 10⁸ (`万`/`亿`, `萬`/`億`), or `null` for a locale that never scales
   * (English writes `69,100`, not `6.91万`).
   */
  readonly scaleWords: { readonly wan: string; readonly yi: string } | null;
  /** Whether integers get thousands separators (`69,100`). Chinese reports write `12786人`. */
  readonly grouping: boolean;
  /** What goes between a number and its unit: `''` in Chinese (`1375人`), `' '` in English (`1,375 yuan`). */
  readonly unitSeparator: string;
}

/** The unit words a locale writes after numbers. */
export interface TextUnits {
  /** Money: `元`; also marks an amount as money, so 万/亿 may keep up to 4 decimals (`1052.017万元`). */
  readonly yuan: string;
  /** Area: `平方米`, `平方公尺`, `m²`. */
  readonly squareMetres: string;
  /** Books: `册`, `冊`, `volumes`. */
  readonly volumes: string;
  /** A head count of people: `人` (English: none, the noun follows the number). */
  readonly person: string;
  /** Visits or person-times: `人次`, `person-times`. */
  readonly personTime: string;
  /** Schools: `所` (English: none). */
  readonly school: string;
}

/**
 * Everything the text formatters need to write in one locale, as data: number conventions, unit
 * words, per-indicator unit words and labels, and the sentence templates. The built-in locales
 * are {@link zhCNTextLocale}, {@link zhTWTextLocale} and {@link enTextLocale}; a bureau makes its
 * own with {@link createTextLocale} (its own phrasing, labels and units over a built-in base) or
 * {@link createTraditionalTextLocale} (Traditional characters from Simplified templates).
 */
export interface TextLocale {
  /** The locale's id: `'zh-CN'`, `'zh-TW'`, `'en'`, or a bureau's own (`'zh-CN-x-jiyuan'`). */
  readonly id: string;
  /** Which script of core's labels (`LocalizedText`) it reads: `'zh-CN'`, `'zh-TW'` or `'en'`. */
  readonly script: Locale;
  readonly numbers: TextNumberConventions;
  readonly units: TextUnits;
  /**
   * The unit word of what an indicator's numerator counts, by indicator id: written after a value
   * per student or per 100 students (`4.35人`, `10.5台`) and after a school's shortfall (还需增加
   * 计算机5台, 教学及辅助用房面积120平方米). English leaves counted nouns out (`3 more key teachers`).
   */
  readonly indicatorUnits: Readonly<Record<string, string>>;
  /**
   * Indicators whose values always show their full precision, trailing zeros kept (`17.00:1`
   * where the precision is 2 decimals). Empty in the built-in locales: the reports write `90%`
   * and `86.2%`. `keepTrailingZeros` of a call overrides it.
   */
  readonly fixedPrecision: readonly string[];
  /** Labels that replace the catalogue's, by indicator id (a bureau's own wording). */
  readonly labels: Readonly<Record<string, string>>;
  readonly templates: TextTemplates;
  /** Whether a sentence starts with a capital letter (English). */
  readonly capitalizeSentences: boolean;
  /**
   * Converts free text written in Simplified Chinese (school names, reasons, a county's notes) to
   * this locale's script. Identity for zh-CN and for English.
   */
  readonly convertText: (text: string) => string;
  /**
   * Adapts a label already written in this locale's script to its vocabulary (zh-TW: `小學` →
   * `國小`, `初中` → `國中`). Identity for zh-CN and for English.
   */
  readonly adaptLabel: (text: string) => string;
}
