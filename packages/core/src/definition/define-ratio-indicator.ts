import type { Decimal } from '../_lib/decimal';
import type { BilingualText, LocalizedText } from '../i18n/localized-text';
import { defineIndicator, type IndicatorDefinition, type IndicatorDefinitionSpec } from './define-indicator';
import type { FieldKind, FieldSpecs } from './field-spec';

/** The kinds a ratio's terms can be: a count, or an exact non-negative amount. */
export type RatioTermKind = Extract<FieldKind, 'count' | 'amount'>;

/** One side of a ratio: the input's name, its labels and its kind (a count by default). */
export interface RatioTerm<Name extends string, Kind extends RatioTermKind> {
  readonly name: Name;
  readonly labels: LocalizedText;
  readonly kind?: Kind;
}

/** What {@link defineRatioIndicator} takes: a definition's descriptive parts, and the two terms of the ratio. */
export interface RatioIndicatorSpec<
  Id extends string,
  N extends string,
  D extends string,
  NK extends RatioTermKind,
  DK extends RatioTermKind,
> extends Pick<
    IndicatorDefinitionSpec<Id, FieldSpecs, 'standard'>,
    'id' | 'version' | 'labels' | 'description' | 'unit' | 'decimals' | 'thresholds' | 'aboveHundred' | 'source'
  > {
  readonly numerator: RatioTerm<N, NK>;
  readonly denominator: RatioTerm<D, DK>;
  /** Whether the numerator counts a subset of the denominator, so it can never exceed it. */
  readonly partOfWhole: boolean;
  readonly formula: BilingualText;
  readonly example: {
    readonly input: {
      readonly [K in N | D]: K extends N
        ? [NK] extends ['count']
          ? number
          : string | number
        : [DK] extends ['count']
          ? number
          : string | number;
    };
    readonly value: string;
    readonly note?: BilingualText;
  };
}

type RatioFields<N extends string, D extends string, NK extends FieldKind, DK extends FieldKind> = {
  readonly [K in N | D]: { readonly kind: K extends N ? NK : DK; readonly labels: LocalizedText };
};

/**
 * Defines the most common indicator shape: one input over another (a part over its whole, or
 * a resource over students), with a single method named `standard`.
 *
 * @example
 * ```ts
 * const coverage = defineRatioIndicator({
 *   id: 'my_coverage',
 *   version: '1.0.0',
 *   labels: { 'zh-CN': '覆盖率', 'zh-TW': '覆蓋率', en: 'Coverage' },
 *   description: { zh: '覆盖学校数 ÷ 学校数', en: 'schools covered ÷ schools' },
 *   unit: 'percent',
 *   decimals: 1,
 *   numerator: { name: 'covered', labels: { 'zh-CN': '覆盖学校数', 'zh-TW': '覆蓋學校數', en: 'schools covered' } },
 *   denominator: { name: 'schools', labels: { 'zh-CN': '学校数', 'zh-TW': '學校數', en: 'schools' } },
 *   partOfWhole: true,
 *   formula: { zh: '覆盖学校数 ÷ 学校数 × 100%', en: 'covered ÷ schools × 100%' },
 *   source: { document: 'local methodology' },
 *   example: { input: { covered: 36, schools: 40 }, value: '90.0' },
 * });
 * computeWithDefinition(coverage, { covered: 36, schools: 40 }).formattedValue; // '90.0'
 * ```
 */
export function defineRatioIndicator<
  const Id extends string,
  const N extends string,
  const D extends string,
  const NK extends RatioTermKind = 'count',
  const DK extends RatioTermKind = 'count',
>(spec: RatioIndicatorSpec<Id, N, D, NK, DK>): IndicatorDefinition<Id, RatioFields<N, D, NK, DK>, 'standard'> {
  const numeratorName = spec.numerator.name;
  const denominatorName = spec.denominator.name;
  const fields = {
    [numeratorName]: { kind: spec.numerator.kind ?? 'count', labels: spec.numerator.labels },
    [denominatorName]: { kind: spec.denominator.kind ?? 'count', labels: spec.denominator.labels },
  } as unknown as RatioFields<N, D, NK, DK>;
  type Fields = RatioFields<N, D, NK, DK>;
  return defineIndicator<Id, Fields, 'standard'>({
    id: spec.id,
    version: spec.version,
    labels: spec.labels,
    description: spec.description,
    unit: spec.unit,
    decimals: spec.decimals,
    fields,
    methods: {
      standard: {
        labels: { 'zh-CN': '标准口径', 'zh-TW': '標準口徑', en: 'standard' },
        formula: spec.formula,
        compute: (values) => ({
          numerator: values[numeratorName as keyof Fields] as Decimal,
          denominator: values[denominatorName as keyof Fields] as Decimal,
        }),
      },
    },
    defaultMethod: 'standard',
    constraints: spec.partOfWhole
      ? [{ part: numeratorName as keyof Fields & string, whole: denominatorName as keyof Fields & string }]
      : [],
    ...(spec.thresholds === undefined ? {} : { thresholds: spec.thresholds }),
    ...(spec.aboveHundred === undefined ? {} : { aboveHundred: spec.aboveHundred }),
    source: spec.source,
    example: spec.example as never,
  });
}
