import { InvalidOptionError } from '@edukpi/core';
import { checkOptions, optionNamesOf } from '../_lib/option-names';
import { checkTemplate } from './_lib/check-template';
import type { FormatLocale } from './format-locale';
import { getTextLocale } from './get-text-locale';
import type { TextLocale, TextNumberConventions, TextUnits } from './text-locale';
import type { TextTemplates } from './text-templates';

/** Options of {@link createTextLocale}: the base locale and what to change in it. */
export interface CreateTextLocaleOptions {
  /** The locale to start from. Default `'zh-CN'`. */
  readonly base?: FormatLocale | TextLocale;
  /** The new locale's id. Default the base's id with `-x-custom` appended. */
  readonly id?: string;
  /** Templates that replace the base's, written in the base's script. Placeholders are checked. */
  readonly templates?: Partial<TextTemplates>;
  /** Indicator labels that replace the catalogue's, by indicator id. */
  readonly labels?: Readonly<Record<string, string>>;
  /** Unit words that replace the base's. */
  readonly units?: Partial<TextUnits>;
  /** Per-indicator unit words that replace the base's, by indicator id. */
  readonly indicatorUnits?: Readonly<Record<string, string>>;
  /** Indicator ids whose values keep trailing zeros to their precision (`17.00:1`); replaces the base's list. */
  readonly fixedPrecision?: readonly string[];
  /** Number conventions that replace the base's. */
  readonly numbers?: Partial<TextNumberConventions>;
}

/** Every option of {@link createTextLocale}, checked at compile time against {@link CreateTextLocaleOptions}. */
export const createTextLocaleOptionNames = optionNamesOf<CreateTextLocaleOptions>()([
  'base',
  'id',
  'templates',
  'labels',
  'units',
  'indicatorUnits',
  'fixedPrecision',
  'numbers',
]);

function checkStrings(record: unknown, path: readonly string[]): void {
  if (record === undefined) return;
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    throw new InvalidOptionError({ path, messageZh: '应为对象', messageEn: 'must be an object.' });
  }
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'string') {
      throw new InvalidOptionError({ path: [...path, key], messageZh: '应为字符串', messageEn: 'must be a string.' });
    }
  }
}

/**
 * Makes a text locale from a built-in one with a bureau's own phrasing: any template, label,
 * unit word or number convention can be replaced, the rest is kept. Templates are data, checked
 * when the locale is made (only the placeholders a template may use, brackets balanced), so a
 * mistake fails here and not in the middle of a report.
 *
 * @param options - The base locale and the replacements.
 * @returns The new locale, to pass as `locale` to every formatter.
 * @throws {InvalidOptionError} when an option is unknown (a typo such as `template`) or `options`
 *   is not an object, a template is unknown, not a string, uses a placeholder it may
 *   not use or has unbalanced brackets, or a label or unit is not a string.
 *
 * @example
 * ```ts
 * const jiyuan = createTextLocale({
 *   templates: { statementPercent: '[{subject}]{label}已达{value}' },
 *   labels: { nine_year_consolidation_rate: '义务教育巩固率' },
 * });
 * formatResult(computeIndicator('nine_year_consolidation_rate', { graduates: 10272, entrants: 10000 }), { locale: jiyuan });
 * // '义务教育巩固率已达102.72%'
 * ```
 */
export function createTextLocale(options: CreateTextLocaleOptions = {}): TextLocale {
  checkOptions(options, createTextLocaleOptionNames);
  const base = getTextLocale(options.base ?? 'zh-CN', ['options', 'base']);
  const templates = options.templates ?? {};
  if (typeof templates !== 'object' || templates === null) {
    throw new InvalidOptionError({
      path: ['options', 'templates'],
      messageZh: 'templates 应为对象',
      messageEn: 'templates must be an object.',
    });
  }
  for (const [key, template] of Object.entries(templates)) checkTemplate(key, template, ['options', 'templates']);
  checkStrings(options.labels, ['options', 'labels']);
  checkStrings(options.units, ['options', 'units']);
  checkStrings(options.indicatorUnits, ['options', 'indicatorUnits']);
  const fixedPrecision = options.fixedPrecision ?? base.fixedPrecision;
  if (!Array.isArray(fixedPrecision) || !fixedPrecision.every((id) => typeof id === 'string')) {
    throw new InvalidOptionError({
      path: ['options', 'fixedPrecision'],
      messageZh: 'fixedPrecision 应为指标 id 的列表',
      messageEn: 'fixedPrecision must be a list of indicator ids.',
    });
  }
  return {
    id: options.id ?? `${base.id}-x-custom`,
    script: base.script,
    numbers: { ...base.numbers, ...options.numbers },
    units: { ...base.units, ...options.units },
    indicatorUnits: { ...base.indicatorUnits, ...options.indicatorUnits },
    fixedPrecision: [...fixedPrecision],
    labels: { ...base.labels, ...options.labels },
    templates: { ...base.templates, ...templates },
    capitalizeSentences: base.capitalizeSentences,
    convertText: base.convertText,
    adaptLabel: base.adaptLabel,
  };
}
