import type { CanonicalInput, IndicatorDefinition } from '../definition/define-indicator';
import type { FieldSpecs } from '../definition/field-spec';
import type { ErrorPathSegment } from '../errors/edukpi-error';
import { type InputIssue, InvalidInputError } from '../errors/invalid-input-error';
import { IndicatorResult } from '../result/indicator-result';
import type { NoValueReason, ResultWarning } from '../result/result-warning';
import { unitInfo } from '../units/unit';
import { checkThreshold } from './check-threshold';
import { Decimal, ONE_HUNDRED, toDecimal } from './decimal';
import { roundQuotientHalfUp } from './exact-quotient';
import type { ResolvedOptions } from './resolve-options';

type AnyDefinition = IndicatorDefinition<string, FieldSpecs, string>;

/**
 * The issues that stop a method from running on a canonical input: optional fields the method
 * requires but the input lacks.
 */
export function checkMethodRequirements(
  definition: AnyDefinition,
  method: string,
  canonical: CanonicalInput,
  prefix: readonly ErrorPathSegment[] = [],
): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const name of definition.methods[method]?.requires ?? []) {
    if (canonical[name] !== undefined) continue;
    const labels = definition.fields[name]?.labels;
    issues.push({
      path: [...prefix, name],
      messageZh: `计算口径 ${method} 需要字段 ${labels?.['zh-CN'] ?? name}(${name})`,
      messageEn: `method ${method} needs ${name} (${labels?.en ?? name}).`,
    });
  }
  return issues;
}

function unusedInputWarnings(definition: AnyDefinition, method: string, canonical: CanonicalInput): ResultWarning[] {
  // Fields of an input form are how the input was given, never unused.
  // …nor are parts that break another input down (checked to add up to it).
  const breakdowns = (definition.constraints ?? []).filter((constraint) => constraint.exact).map(({ part }) => part);
  const used = new Set([
    ...(definition.methods[method]?.requires ?? []),
    ...(definition.inputForms ?? []).flat(),
    ...breakdowns.flat(),
  ]);
  const unused = Object.entries(definition.fields)
    .filter(([name, field]) => field.optional && !used.has(name) && canonical[name] !== undefined)
    .map(([name]) => name);
  if (unused.length === 0) return [];
  const users = definition.methodNames.filter((name) =>
    unused.some((field) => definition.methods[name]?.requires?.includes(field)),
  );
  const hintZh = users.length > 0 ? `;使用这些字段的口径:${users.join('、')}` : '';
  const hintEn = users.length > 0 ? `; methods that use them: ${users.join(', ')}` : '';
  return [
    {
      code: 'unused_input',
      message: {
        zh: `计算口径 ${method} 未使用字段 ${unused.join('、')}${hintZh}`,
        en: `method ${method} does not use ${unused.join(', ')}${hintEn}.`,
      },
    },
  ];
}

/**
 * Runs a definition's method on a validated, canonical input and builds the result: exact value,
 * value rounded half up, thresholds checked exactly, warnings and the no-value reason.
 *
 * @throws {InvalidInputError} when the method needs an optional field the input lacks.
 */
export function buildResult<Id extends string>(
  definition: AnyDefinition & { id: Id },
  canonical: CanonicalInput,
  options: ResolvedOptions,
  prefix: readonly ErrorPathSegment[] = [],
): IndicatorResult<Id> {
  const [firstIssue, ...otherIssues] = checkMethodRequirements(definition, options.method, canonical, prefix);
  if (firstIssue !== undefined) {
    throw new InvalidInputError({ issues: [firstIssue, ...otherIssues], indicatorId: definition.id });
  }
  const values: Record<string, Decimal | readonly unknown[]> = {};
  const inputs: Record<string, Decimal> = {};
  for (const [name, amount] of Object.entries(canonical)) {
    if (amount === undefined) continue;
    if (Array.isArray(amount)) {
      values[name] = amount;
    } else {
      const exactAmount = toDecimal(amount as number | Decimal);
      values[name] = exactAmount;
      inputs[name] = exactAmount;
    }
  }
  const method = definition.methods[options.method];
  if (method === undefined) throw new Error(`unreachable: method ${options.method} was resolved`);
  const { numerator, denominator, transform } = method.compute(values as never);
  const scale = new Decimal(unitInfo[definition.unit].scale);

  let exact: Decimal | null = null;
  let value: Decimal | null = null;
  let reason: NoValueReason | null = null;
  const warnings: ResultWarning[] = unusedInputWarnings(definition, options.method, canonical);

  if (denominator.isZero()) {
    if (options.zeroOverZero === 'full' && numerator.isZero()) {
      exact = ONE_HUNDRED;
      value = ONE_HUNDRED;
      warnings.push({
        code: 'zero_over_zero_policy',
        message: {
          zh: '分子分母均为 0,按 zeroOverZero: full 口径记为 100%(部分地方模板的做法);默认口径下无值',
          en: 'numerator and denominator are both 0; shown as 100% under zeroOverZero: full (a local-template convention); by default there is no value.',
        },
      });
    } else {
      reason = 'zero_denominator';
    }
  } else if (denominator.isNegative()) {
    reason = 'negative_denominator';
  } else if (transform === undefined) {
    exact = numerator.times(scale).div(denominator);
    value = roundQuotientHalfUp(numerator, denominator, scale, options.decimals);
  } else {
    exact = transform(numerator.times(scale).div(denominator));
    value = exact.toDecimalPlaces(options.decimals, Decimal.ROUND_HALF_UP);
    if (value.isZero()) value = value.abs();
  }

  if (exact !== null && definition.unit === 'percent' && exact.gt(ONE_HUNDRED)) {
    warnings.push({
      code: 'above_100_percent',
      message: definition.aboveHundred ?? {
        zh: '数值超过 100%,请核对数据',
        en: 'the value exceeds 100%; check the data.',
      },
    });
  }
  if (exact?.isNegative()) {
    warnings.push({
      code: 'negative_value',
      message: definition.negativeMeaning ?? {
        zh: '数值为负,请核对数据',
        en: 'the value is negative; check the data.',
      },
    });
  }

  return new IndicatorResult({
    id: definition.id,
    version: definition.version,
    method: options.method,
    unit: definition.unit,
    decimals: options.decimals,
    numerator,
    denominator,
    exact,
    value,
    reason,
    thresholds: options.thresholds.map((threshold) =>
      checkThreshold(threshold, numerator, denominator, scale, exact, transform !== undefined),
    ),
    warnings,
    inputs,
  });
}
