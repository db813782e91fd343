import type { ComputeIndicatorOptions } from '../compute/compute-indicator-options';
import type { IndicatorDefinition } from '../definition/define-indicator';
import type { FieldSpecs } from '../definition/field-spec';
import { InvalidOptionError } from '../errors/invalid-option-error';
import { UnknownMethodError } from '../errors/unknown-method-error';
import type { SchoolStage, Threshold, ThresholdComparator } from '../result/threshold';
import { Decimal } from './decimal';
import { describeValue } from './describe-value';

const comparators: readonly ThresholdComparator[] = ['>=', '>', '<=', '<', '='];
const stages: readonly SchoolStage[] = ['preschool', 'primary', 'junior', 'senior'];

/** A threshold ready to check: its value parsed. */
export interface ResolvedThreshold extends Threshold {
  readonly parsedValue: Decimal;
}

/** Options checked and completed with the definition's defaults. */
export interface ResolvedOptions {
  readonly method: string;
  readonly decimals: number;
  readonly thresholds: readonly ResolvedThreshold[];
  readonly zeroOverZero: 'no_value' | 'full';
}

export function parseThreshold(threshold: Threshold, path: readonly (string | number)[]): ResolvedThreshold {
  if (typeof threshold !== 'object' || threshold === null) {
    throw new InvalidOptionError({
      path,
      messageZh: `阈值应为对象 { regime, comparator, value },收到 ${describeValue(threshold)}`,
      messageEn: `a threshold must be an object { regime, comparator, value } (got ${describeValue(threshold)}).`,
    });
  }
  if (typeof threshold.regime !== 'string' || threshold.regime.length === 0) {
    throw new InvalidOptionError({
      path: [...path, 'regime'],
      messageZh: '阈值缺少 regime(评估办法 id)',
      messageEn: 'a threshold needs a regime id.',
    });
  }
  if (threshold.stage !== undefined && !stages.includes(threshold.stage)) {
    throw new InvalidOptionError({
      path: [...path, 'stage'],
      messageZh: `阈值学段应为 ${stages.join('、')} 之一,收到 ${describeValue(threshold.stage)}`,
      messageEn: `a threshold stage must be one of ${stages.join(', ')} (got ${describeValue(threshold.stage)}).`,
    });
  }
  if (!comparators.includes(threshold.comparator)) {
    throw new InvalidOptionError({
      path: [...path, 'comparator'],
      messageZh: `阈值比较符应为 ${comparators.join(' ')} 之一,收到 ${describeValue(threshold.comparator)}`,
      messageEn: `a threshold comparator must be one of ${comparators.join(' ')} (got ${describeValue(threshold.comparator)}).`,
    });
  }
  let parsedValue: Decimal | undefined;
  try {
    parsedValue = new Decimal(threshold.value);
  } catch {
    parsedValue = undefined;
  }
  if (parsedValue === undefined || !parsedValue.isFinite() || typeof threshold.value === 'object') {
    throw new InvalidOptionError({
      path: [...path, 'value'],
      messageZh: `阈值应为数字或数字字符串,收到 ${describeValue(threshold.value)}`,
      messageEn: `a threshold value must be a number or a decimal string (got ${describeValue(threshold.value)}).`,
    });
  }
  return { ...threshold, parsedValue };
}

/**
 * Checks the options against the definition and fills in its defaults.
 *
 * @throws {UnknownMethodError} when the method is not one of the definition's.
 * @throws {InvalidOptionError} when decimals, thresholds, regimes or zeroOverZero are malformed.
 */
export function resolveOptions(
  definition: IndicatorDefinition<string, FieldSpecs, string>,
  options: ComputeIndicatorOptions = {},
): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidOptionError({
      path: ['options'],
      messageZh: `options 应为对象,收到 ${describeValue(options)}`,
      messageEn: `options must be an object (got ${describeValue(options)}).`,
    });
  }
  const method = options.method ?? definition.defaultMethod;
  if (typeof method !== 'string' || !Object.hasOwn(definition.methods, method)) {
    throw new UnknownMethodError({
      indicatorId: definition.id,
      method: String(method),
      methods: definition.methodNames,
    });
  }
  const decimals = options.decimals ?? definition.decimals;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new InvalidOptionError({
      path: ['options', 'decimals'],
      messageZh: `decimals(保留小数位数)应为 0 到 20 的整数,收到 ${describeValue(decimals)}`,
      messageEn: `decimals must be a whole number from 0 to 20 (got ${describeValue(decimals)}).`,
    });
  }
  const zeroOverZero = options.zeroOverZero ?? 'no_value';
  if (zeroOverZero !== 'no_value' && zeroOverZero !== 'full') {
    throw new InvalidOptionError({
      path: ['options', 'zeroOverZero'],
      messageZh: `zeroOverZero 应为 'no_value' 或 'full',收到 ${describeValue(zeroOverZero)}`,
      messageEn: `zeroOverZero must be 'no_value' or 'full' (got ${describeValue(zeroOverZero)}).`,
    });
  }
  if (zeroOverZero === 'full' && definition.unit !== 'percent') {
    throw new InvalidOptionError({
      path: ['options', 'zeroOverZero'],
      messageZh: `zeroOverZero: 'full' 只适用于百分比指标,${definition.id} 的单位是 ${definition.unit}`,
      messageEn: `zeroOverZero: 'full' applies to percent indicators only; ${definition.id} is in ${definition.unit}.`,
    });
  }
  if (options.thresholds !== undefined && !Array.isArray(options.thresholds)) {
    throw new InvalidOptionError({
      path: ['options', 'thresholds'],
      messageZh: 'thresholds 应为数组',
      messageEn: 'thresholds must be an array.',
    });
  }
  const custom = (options.thresholds ?? []).map((threshold, index) =>
    parseThreshold(threshold, ['options', 'thresholds', index]),
  );
  // A custom threshold replaces the built-in one of the same regime and stage.
  const keyOf = (threshold: Threshold) => `${threshold.regime}\u0000${threshold.stage ?? ''}`;
  const overridden = new Set(custom.map(keyOf));
  const builtIn = (definition.thresholds ?? [])
    .filter((threshold) => !overridden.has(keyOf(threshold)))
    .map((threshold, index) => parseThreshold(threshold, ['definition', 'thresholds', index]));
  let thresholds = [...builtIn, ...custom].filter(
    (threshold) => threshold.methods === undefined || threshold.methods.includes(method),
  );
  if (options.regimes !== undefined) {
    if (!Array.isArray(options.regimes) || options.regimes.some((regime) => typeof regime !== 'string')) {
      throw new InvalidOptionError({
        path: ['options', 'regimes'],
        messageZh: 'regimes 应为评估办法 id 的数组',
        messageEn: 'regimes must be an array of regime ids.',
      });
    }
    const wanted = new Set(options.regimes);
    thresholds = thresholds.filter((threshold) => wanted.has(threshold.regime));
  }
  if (options.stage !== undefined) {
    if (!stages.includes(options.stage)) {
      throw new InvalidOptionError({
        path: ['options', 'stage'],
        messageZh: `stage(学段)应为 ${stages.join('、')} 之一,收到 ${describeValue(options.stage)}`,
        messageEn: `stage must be one of ${stages.join(', ')} (got ${describeValue(options.stage)}).`,
      });
    }
    thresholds = thresholds.filter((threshold) => threshold.stage === undefined || threshold.stage === options.stage);
  }
  return { method, decimals, thresholds, zeroOverZero };
}
