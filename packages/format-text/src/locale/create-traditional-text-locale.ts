import { InvalidOptionError } from '@edukpi/core';
import { checkOptions, optionNamesOf } from '../_lib/option-names';
import { characterConverter, type TraditionalVariant, vocabularyConverter } from './_lib/traditional-converter';
import type { TextLocale } from './text-locale';
import type { TextTemplates } from './text-templates';
import { wuanVocabulary } from './wuan-vocabulary';
import { zhCNTextLocale } from './zh-cn-text-locale';

/** Options of {@link createTraditionalTextLocale}. */
export interface CreateTraditionalTextLocaleOptions {
  /** The Simplified Chinese locale to convert: templates, unit words and labels. Default {@link zhCNTextLocale}. */
  readonly base?: TextLocale;
  /**
   * The OpenCC target. Default `'t'`, OpenCC's standard Traditional characters, which is what the
   * Wu'an report uses (爲, 羣衆, 啓動, 考覈); `'tw'` gives Taiwan's standard forms (為, 群眾, 啟動),
   * `'twp'` also Taiwan's phrases (網路, 資訊), `'hk'` Hong Kong's.
   */
  readonly variant?: TraditionalVariant;
  /**
   * Words replaced after the character conversion, `[Traditional, replacement]`, longest match
   * first. Default {@link wuanVocabulary} (小學 → 國小, 初中 → 國中, 殘疾 → 殘障, 平方米 → 平方公尺).
   */
  readonly vocabulary?: readonly (readonly [string, string])[];
  /** The new locale's id. Default `'zh-TW'`. */
  readonly id?: string;
}

/** Every option of {@link createTraditionalTextLocale}, checked at compile time against {@link CreateTraditionalTextLocaleOptions}. */
export const createTraditionalTextLocaleOptionNames = optionNamesOf<CreateTraditionalTextLocaleOptions>()([
  'base',
  'variant',
  'vocabulary',
  'id',
]);

const variants: readonly TraditionalVariant[] = ['t', 'tw', 'twp', 'hk'];

function mapValues<T extends object>(record: T, convert: (text: string) => string): T {
  return Object.fromEntries(
    Object.entries(record as Record<string, string>).map(([key, value]) => [key, convert(value)]),
  ) as T;
}

/**
 * Builds a Traditional Chinese text locale from a Simplified one: every template, unit word and
 * label is converted with OpenCC (opencc-js), then the vocabulary table is applied, so a bureau
 * writes its phrasing once, in Simplified characters, and gets both scripts. Labels of the
 * catalogue, already Traditional, get the vocabulary only ({@link TextLocale.adaptLabel}); free
 * text (school names, reasons, notes) is converted when it is rendered
 * ({@link TextLocale.convertText}). The conversion runs on first use and is cached.
 *
 * @param options - The base locale, the OpenCC target, the vocabulary and the id.
 * @returns The Traditional locale.
 * @throws {InvalidOptionError} when an option is unknown (a typo such as `varient`) or `options` is
 *   not an object, `variant` is not one of `'t'`, `'tw'`, `'twp'`, `'hk'`, or the
 *   vocabulary is not a list of string pairs.
 *
 * @example
 * ```ts
 * const tw = createTraditionalTextLocale({ variant: 'tw' });
 * tw.templates.statementPercent; // '[{subject}]{label}達{value}'
 * tw.convertText('城关小学');     // '城關國小'
 * ```
 */
export function createTraditionalTextLocale(options: CreateTraditionalTextLocaleOptions = {}): TextLocale {
  checkOptions(options, createTraditionalTextLocaleOptionNames);
  const base = options.base ?? zhCNTextLocale;
  const variant = options.variant ?? 't';
  const vocabulary = options.vocabulary ?? wuanVocabulary;
  if (!variants.includes(variant)) {
    throw new InvalidOptionError({
      path: ['options', 'variant'],
      messageZh: `variant 应为 ${variants.join('、')} 之一`,
      messageEn: `variant must be one of ${variants.join(', ')}.`,
    });
  }
  if (
    !Array.isArray(vocabulary) ||
    !vocabulary.every(
      (pair) =>
        Array.isArray(pair) && pair.length === 2 && pair.every((word) => typeof word === 'string' && word !== ''),
    )
  ) {
    throw new InvalidOptionError({
      path: ['options', 'vocabulary'],
      messageZh: 'vocabulary 应为 [繁体词, 替换词] 的列表',
      messageEn: 'vocabulary must be a list of [Traditional word, replacement] pairs.',
    });
  }
  let adapt: ((text: string) => string) | undefined;
  const adaptLabel = (text: string) => {
    adapt ??= vocabularyConverter(vocabulary);
    return adapt(text);
  };
  const convertText = (text: string) => adaptLabel(characterConverter(variant)(text));
  type Converted = Pick<TextLocale, 'numbers' | 'units' | 'indicatorUnits' | 'labels'> & { templates: TextTemplates };
  let converted: Converted | undefined;
  const build = (): Converted => {
    converted ??= {
      numbers: {
        ...base.numbers,
        scaleWords:
          base.numbers.scaleWords === null
            ? null
            : { wan: convertText(base.numbers.scaleWords.wan), yi: convertText(base.numbers.scaleWords.yi) },
      },
      units: mapValues(base.units, convertText),
      indicatorUnits: mapValues(base.indicatorUnits, convertText),
      labels: mapValues(base.labels, convertText),
      templates: mapValues(base.templates, convertText),
    };
    return converted;
  };
  return {
    id: options.id ?? 'zh-TW',
    script: 'zh-TW',
    get numbers() {
      return build().numbers;
    },
    get units() {
      return build().units;
    },
    get indicatorUnits() {
      return build().indicatorUnits;
    },
    get labels() {
      return build().labels;
    },
    get templates() {
      return build().templates;
    },
    fixedPrecision: base.fixedPrecision,
    capitalizeSentences: base.capitalizeSentences,
    convertText,
    adaptLabel,
  };
}
