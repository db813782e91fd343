import type { BilingualText, LocalizedText } from '../i18n/localized-text';
import type { Threshold } from '../result/threshold';
import type { Unit } from '../units/unit';
import { type IndicatorId, indicatorDefinitions } from './indicator-definitions';

/** One row of the catalogue: what a reference table lists about an indicator. */
export interface IndicatorSummary {
  readonly id: IndicatorId;
  readonly version: string;
  readonly labels: LocalizedText;
  readonly description: BilingualText;
  readonly unit: Unit;
  readonly decimals: number;
  /** The input names, money fields with their `Wan` twins. */
  readonly inputs: readonly string[];
  /** Each variant with its formula, the default first. */
  readonly methods: readonly {
    readonly name: string;
    readonly labels: LocalizedText;
    readonly formula: BilingualText;
    readonly isDefault: boolean;
  }[];
  readonly thresholds: readonly Threshold[];
  readonly source: string;
}

/**
 * Lists every built-in indicator, in catalogue order, as plain data for a reference table:
 * id, names in three scripts, unit, decimals, inputs, methods with formulas, thresholds, source.
 *
 * @returns One summary per indicator.
 *
 * @example
 * ```ts
 * listIndicators().map((indicator) => `${indicator.id}\t${indicator.labels['zh-CN']}`);
 * // ['nine_year_consolidation_rate\t九年义务教育巩固率', …]
 * ```
 */
export function listIndicators(): IndicatorSummary[] {
  return Object.values(indicatorDefinitions).map((definition) => {
    const methods = definition.methods as Record<string, { labels: LocalizedText; formula: BilingualText }>;
    return {
      id: definition.id,
      version: definition.version,
      labels: definition.labels,
      description: definition.description,
      unit: definition.unit,
      decimals: definition.decimals,
      inputs: definition.inputNames,
      methods: definition.methodNames.map((name) => ({
        name,
        labels: methods[name]?.labels ?? { 'zh-CN': name, 'zh-TW': name, en: name },
        formula: methods[name]?.formula ?? { zh: '', en: '' },
        isDefault: name === definition.defaultMethod,
      })),
      thresholds: 'thresholds' in definition ? (definition.thresholds ?? []) : [],
      source: definition.source.document,
    };
  });
}
