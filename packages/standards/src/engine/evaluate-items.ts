import {
  type BilingualText,
  checkWithSchema,
  computeIndicator,
  Decimal,
  getIndicatorDefinition,
  type IndicatorId,
  type InputIssue,
  InvalidInputError,
  inputSchemas,
  type ThresholdComparator,
} from '@edukpi/core';
import { z } from 'zod';
import type { Regime, RegimeItem } from '../regimes/regime';
import type { SchoolRecord } from '../school/school-record';
import { evaluationSubject } from './_lib/evaluation-subject';
import type { ItemEvaluation, SchoolEvaluation } from './evaluation';
import { checkSchools, type SchoolCheckOutcome } from './school-checks';

function display(value: Decimal, decimals: number, suffix: string): string {
  return `${value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals)}${suffix}`;
}

function compare(value: Decimal, comparator: ThresholdComparator, threshold: Decimal): boolean {
  const order = value.comparedTo(threshold);
  return { '>=': order >= 0, '>': order > 0, '<=': order <= 0, '<': order < 0, '=': order === 0 }[comparator];
}

const evidenceSchema = z.strictObject({ met: z.boolean(), note: z.string().optional() });
const valueSchema = z.strictObject({ value: z.union([z.number(), z.string()]) });

function base(item: RegimeItem) {
  return {
    id: item.id,
    part: item.part,
    number: item.number,
    labels: item.labels,
    kind: item.kind,
    veto: item.veto === true,
    value: null,
    displayValue: null,
    comparator: null,
    threshold: null,
    result: null,
    evidence: null,
    failingSchools: [],
    shortfall: null,
    note: item.note ?? null,
  } as const;
}

function evidenceItem(item: RegimeItem, given: unknown, path: readonly string[]): ItemEvaluation {
  const checked = checkWithSchema(evidenceSchema, given, {
    fieldNames: { met: { zh: '是否达到', en: 'met' }, note: { zh: '说明', en: 'note' } },
    path: [...path],
  });
  if (!checked.ok) fail(checked.issues);
  return {
    ...base(item),
    status: checked.value.met ? 'passed' : 'failed',
    passed: checked.value.met,
    evidence: { met: checked.value.met, note: checked.value.note ?? null },
  };
}

/**
 * Every stage school against every per-school standard the regime sets; `null` when it sets
 * none (the 2012 regime before a province supplies its basic standard).
 */
function checkResourceStandards(schools: readonly SchoolEvaluation[]): SchoolCheckOutcome | null {
  if (!schools.some((school) => school.indicators.some((check) => check.passed !== null))) return null;
  const failingSchools: SchoolCheckOutcome['failingSchools'] = [];
  for (const school of schools) {
    const short = school.indicators.filter((check) => check.passed === false);
    if (short.length === 0) continue;
    const label = (check: (typeof short)[number], locale: 'zh-CN' | 'en') =>
      `${getIndicatorDefinition(check.indicator).labels[locale]} ${check.displayValue} < ${check.standard}`;
    failingSchools.push({
      schoolId: school.schoolId,
      name: school.name,
      reason: {
        zh: `${school.stage === 'primary' ? '小学' : '初中'}:${short.map((check) => label(check, 'zh-CN')).join(';')}`,
        en: `${school.stage}: ${short.map((check) => label(check, 'en')).join('; ')}`,
      },
    });
  }
  return {
    status: failingSchools.length === 0 ? 'passed' : 'failed',
    failingSchools,
    shortfall:
      failingSchools.length === 0
        ? null
        : {
            of: 'schools',
            amount: String(failingSchools.length),
            description: {
              zh: `${failingSchools.length} 所(学段)学校未达到全部标准,各校所缺见资源配置部分`,
              en: `${failingSchools.length} stage schools short of a standard; what each needs is in the resource part`,
            },
          },
  };
}

function fail(issues: readonly InputIssue[]): never {
  const [first, ...rest] = issues;
  if (first === undefined) throw new Error('unreachable: no issue');
  throw new InvalidInputError({ issues: [first, ...rest], subject: evaluationSubject });
}

/**
 * Evaluates the items of a regime beyond the per-school resources, from what the caller supplied
 * under each item's id, and from the school data for `schools` items. An item not supplied is
 * `not_supplied` — never assumed met.
 *
 * @throws {InvalidInputError} when a supplied input is malformed (the path starts at `items.<id>`).
 */
export function evaluateItems(
  regime: Regime,
  supplied: Readonly<Record<string, unknown>>,
  schools: readonly SchoolRecord[],
  resourceSchools: readonly SchoolEvaluation[] = [],
): ItemEvaluation[] {
  return regime.items.map((item): ItemEvaluation => {
    const given = supplied[item.id];
    const path = ['items', item.id];
    if (item.kind === 'schools' && item.check === 'resource_standards') {
      const outcome = checkResourceStandards(resourceSchools);
      if (outcome !== null) {
        return {
          ...base(item),
          status: outcome.status,
          passed: outcome.status === 'passed',
          failingSchools: outcome.failingSchools,
          shortfall: outcome.shortfall,
        };
      }
      // No standard is set: the county's statement, if it gave one, as evidence.
      if (given === undefined) return { ...base(item), status: 'not_supplied', passed: null };
      return evidenceItem(item, given, path);
    }
    if (item.kind === 'schools') {
      const outcome = checkSchools(item.check, schools);
      return {
        ...base(item),
        status: outcome.status,
        passed: outcome.status === 'not_supplied' ? null : outcome.status === 'passed',
        failingSchools: outcome.failingSchools,
        shortfall: outcome.shortfall,
      };
    }
    if (given === undefined) return { ...base(item), status: 'not_supplied', passed: null };
    if (item.kind === 'evidence') return evidenceItem(item, given, path);
    const threshold = new Decimal(item.threshold);
    if (item.kind === 'value') {
      const checked = checkWithSchema(valueSchema, given, { fieldNames: { value: { zh: '数值', en: 'value' } }, path });
      if (!checked.ok) fail(checked.issues);
      const value = new Decimal(String(checked.value.value));
      const passed = compare(value, item.comparator, threshold);
      return {
        ...base(item),
        status: passed ? 'passed' : 'failed',
        passed,
        value: value.toString(),
        comparator: item.comparator,
        threshold: threshold.toString(),
      };
    }
    if (item.kind === 'ratio') {
      const schema = z.strictObject({
        [item.numerator.name]: item.numerator.kind === 'count' ? inputSchemas.count : inputSchemas.nonNegativeDecimal,
        [item.denominator.name]:
          item.denominator.kind === 'count' ? inputSchemas.count : inputSchemas.nonNegativeDecimal,
      });
      const checked = checkWithSchema(schema, given, {
        fieldNames: {
          [item.numerator.name]: { zh: item.numerator.labels['zh-CN'], en: item.numerator.labels.en },
          [item.denominator.name]: { zh: item.denominator.labels['zh-CN'], en: item.denominator.labels.en },
        },
        path,
      });
      if (!checked.ok) fail(checked.issues);
      const numerator = new Decimal(String(checked.value[item.numerator.name]));
      const denominator = new Decimal(String(checked.value[item.denominator.name]));
      if (denominator.isZero()) {
        return {
          ...base(item),
          status: 'not_applicable',
          passed: null,
          comparator: item.comparator,
          threshold: threshold.toString(),
        };
      }
      const value = numerator.times(item.scale).div(denominator);
      const passed = compare(value, item.comparator, threshold);
      const needed = threshold.times(denominator).div(item.scale);
      const missing = item.numerator.kind === 'count' ? needed.minus(numerator).ceil() : needed.minus(numerator);
      return {
        ...base(item),
        status: passed ? 'passed' : 'failed',
        passed,
        value: value.toString(),
        displayValue: display(value, 2, item.scale === 100 ? '%' : ''),
        comparator: item.comparator,
        threshold: item.threshold,
        shortfall:
          passed || !(item.comparator === '>=' || item.comparator === '>')
            ? null
            : {
                of: item.numerator.name,
                amount: missing.toString(),
                description: {
                  zh: `${item.numerator.labels['zh-CN']}还差 ${missing.toString()}`,
                  en: `${missing.toString()} more ${item.numerator.labels.en} needed`,
                } satisfies BilingualText,
              },
      };
    }
    // An indicator of the catalogue, checked against the item's own threshold.
    let result: ReturnType<typeof computeIndicator>;
    try {
      result = computeIndicator(item.indicator as IndicatorId, given as never, {
        ...(item.method === undefined ? {} : { method: item.method as never }),
        thresholds: [{ regime: regime.id, comparator: item.comparator, value: item.threshold }],
        regimes: [regime.id],
      });
    } catch (error) {
      // The indicator's own message names its fields; the path says which item they belong to.
      if (InvalidInputError.isInstance(error))
        fail(error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })));
      throw error;
    }
    const check = result.thresholds[0];
    const passed = check?.passed ?? null;
    return {
      ...base(item),
      status: passed === null ? 'not_supplied' : passed ? 'passed' : 'failed',
      passed,
      value: result.exact?.toString() ?? null,
      displayValue:
        result.formattedValue === null ? null : `${result.formattedValue}${result.unit === 'percent' ? '%' : ''}`,
      comparator: item.comparator,
      threshold: item.threshold,
      result: result.toJSON(),
      shortfall:
        passed === false && (item.comparator === '>=' || item.comparator === '>')
          ? indicatorShortfall(
              result.numerator,
              result.denominator,
              result.unit === 'percent' ? 100 : 1,
              threshold,
              item.comparator,
            )
          : null,
    };
  });
}

function indicatorShortfall(
  numerator: Decimal,
  denominator: Decimal,
  scale: number,
  threshold: Decimal,
  comparator: ThresholdComparator,
) {
  const needed = threshold.times(denominator).div(scale);
  const missing = needed.minus(numerator);
  // Counts behind most items are whole; round a missing count up (a strict > needs one more).
  const whole = numerator.isInteger() && denominator.isInteger();
  const amount = whole ? (comparator === '>' && missing.isInteger() ? missing.plus(1) : missing.ceil()) : missing;
  return {
    of: 'numerator',
    amount: amount.toString(),
    description: {
      zh: `分子还差 ${amount.toString()}(在分母不变时)`,
      en: `${amount.toString()} more in the numerator would reach the threshold, the denominator unchanged`,
    },
  };
}
