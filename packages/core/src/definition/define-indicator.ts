import { z } from 'zod';
import { type Decimal, toDecimal } from '../_lib/decimal';
import { countSchema, nonNegativeDecimalJsonSchema, nonNegativeDecimalSchema } from '../_lib/decimal-schema';
import type { BilingualText, LocalizedText } from '../i18n/localized-text';
import type { Threshold } from '../result/threshold';
import type { Unit } from '../units/unit';
import type { FieldSpecs, FieldValue, InputOfFields } from './field-spec';

/** The inputs a method computes from: every number as an exact decimal (money in 元), lists as lists. */
export type FieldValues<F extends FieldSpecs> = { readonly [K in keyof F]: FieldValue<F[K]> };

/**
 * What a method computes: a numerator and a denominator, before the unit's scale. When the value
 * is not the quotient itself (an adjusted parity index, a logarithmic index), `transform` maps the
 * scaled quotient to the value; thresholds then compare the transformed value.
 */
export interface MethodOutcome {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
  readonly transform?: (quotient: Decimal) => Decimal;
}

/** One variant (`options.method`) of an indicator. */
export interface IndicatorMethodSpec<F extends FieldSpecs> {
  /** The variant's name in three scripts. */
  readonly labels: LocalizedText;
  /** The formula in words. */
  readonly formula: BilingualText;
  /** Optional fields this variant cannot do without. */
  readonly requires?: readonly (keyof F & string)[];
  /**
   * The computation: numerator and denominator, before the unit's scale (× 100 for a percent).
   * Pure; receives validated inputs; leaves the division to the engine.
   */
  readonly compute: (values: FieldValues<F>) => MethodOutcome;
}

/**
 * A rule that one input can never exceed another (certified teachers ≤ teachers), or that
 * several parts together cannot (public + inclusive private children ≤ children).
 */
export interface PartWholeConstraint<F extends FieldSpecs> {
  /** The part, or the parts: those given must not add up to more than the whole. */
  readonly part: (keyof F & string) | readonly (keyof F & string)[];
  readonly whole: keyof F & string;
  /**
   * The parts break the whole down (特教学校 + 随班就读 + 送教上门 = 入学人数): when every part is
   * given they must add up to the whole exactly. Such parts are never reported as unused input.
   */
  readonly exact?: boolean;
}

/** Where a definition comes from. */
export interface IndicatorSource {
  /** The document, e.g. `教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)`. */
  readonly document: string;
  /** What the document settles and what it leaves open. */
  readonly note?: BilingualText;
}

/** A worked example every definition carries; the catalogue test computes it. */
export interface IndicatorExample<F extends FieldSpecs, M extends string> {
  readonly input: InputOfFields<F>;
  readonly method?: M;
  /** The rounded value it gives, with the default decimals. */
  readonly value: string;
  /** Where the figures come from. */
  readonly note?: BilingualText;
}

/** Everything that makes an indicator: what {@link defineIndicator} takes. */
export interface IndicatorDefinitionSpec<Id extends string, F extends FieldSpecs, M extends string> {
  /** Stable snake_case id. */
  readonly id: Id;
  /** The definition's version; bumped whenever its computation or thresholds change. */
  readonly version: string;
  readonly labels: LocalizedText;
  readonly description: BilingualText;
  readonly unit: Unit;
  /** Decimal places the value is rounded to unless `options.decimals` says otherwise. */
  readonly decimals: number;
  readonly fields: F;
  readonly methods: { readonly [K in M]: IndicatorMethodSpec<F> };
  readonly defaultMethod: NoInfer<M>;
  readonly constraints?: readonly PartWholeConstraint<F>[];
  /**
   * Alternative ways to give the input, e.g. `[['classSizes'], ['largeClasses', 'classes']]`:
   * exactly one group must be given whole, and nothing of the others. The fields involved must
   * be `optional`.
   */
  readonly inputForms?: readonly (readonly (keyof F & string)[])[];
  /**
   * Brings every input form to one canonical form, right after validation and before rows are
   * summed, so rows given in different forms add up: e.g. set `inclusiveChildren` from
   * `publicChildren + inclusivePrivateChildren`. Receives counts as numbers, amounts as decimals,
   * untallied lists as arrays; returns the same shape. Keep the original fields too, so the
   * result's inputs still show what was given.
   */
  readonly normalize?: (input: CanonicalValues<F>) => CanonicalValues<F>;
  readonly thresholds?: readonly Threshold[];
  /** Why a value above 100% is real for this indicator; leave out where it cannot happen. */
  readonly aboveHundred?: BilingualText;
  /** What a negative value means; leave out where it cannot happen. */
  readonly negativeMeaning?: BilingualText;
  readonly source: IndicatorSource;
  readonly example: IndicatorExample<F, NoInfer<M>>;
}

/** A definition's input in canonical form, field by field (see {@link CanonicalInput}). */
export type CanonicalValues<F extends FieldSpecs> = {
  readonly [K in keyof F]?: number | Decimal | readonly unknown[];
};

/** The parsed input: counts as numbers, decimals and money as their input values. */
export type ParsedInput = Readonly<Record<string, unknown>>;

/**
 * The input after unit conversion: counts as numbers, amounts and money (in 元) as decimals,
 * lists without a tally as validated arrays; tallied lists are already counted.
 */
export type CanonicalInput = Readonly<Record<string, number | Decimal | readonly unknown[] | undefined>>;

/** A complete indicator definition: the spec plus its zod input schema and JSON Schema. */
export interface IndicatorDefinition<
  Id extends string = string,
  F extends FieldSpecs = FieldSpecs,
  M extends string = string,
> extends IndicatorDefinitionSpec<Id, F, M> {
  /** The zod schema of the input (strict: unknown fields are rejected). */
  readonly inputSchema: z.ZodType<ParsedInput, InputOfFields<F>>;
  /** The variants' names, the default first. */
  readonly methodNames: readonly M[];
  /** The input names a caller may pass, money fields with their `Wan` twins. */
  readonly inputNames: readonly string[];
  /** Converts a parsed input to canonical form (money in 元, decimals as {@link Decimal}). */
  readonly canonicalize: (input: ParsedInput) => CanonicalInput;
  /**
   * The input schema as JSON Schema (draft 2020-12), for forms, services and other languages.
   *
   * @example
   * ```ts
   * getIndicatorDefinition('change').inputJsonSchema().required; // ['previous', 'current']
   * ```
   */
  readonly inputJsonSchema: () => Record<string, unknown>;
}

function fieldSchema(spec: FieldSpecs[string]): z.ZodType {
  if (spec.kind === 'count') return countSchema;
  if (spec.kind === 'items') {
    if (spec.item === undefined) throw new Error('an items field needs an item schema');
    return z.array(spec.item);
  }
  return nonNegativeDecimalSchema;
}

function labelOf(fields: FieldSpecs, name: string) {
  return fields[name]?.labels ?? { 'zh-CN': name, 'zh-TW': name, en: name };
}

function buildInputSchema<F extends FieldSpecs>(
  fields: F,
  constraints: readonly PartWholeConstraint<F>[],
  inputForms: readonly (readonly string[])[],
) {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, spec] of Object.entries(fields)) {
    if (spec.kind === 'money') {
      shape[name] = nonNegativeDecimalSchema.optional();
      shape[`${name}Wan`] = nonNegativeDecimalSchema.optional();
    } else {
      shape[name] = spec.optional ? fieldSchema(spec).optional() : fieldSchema(spec);
    }
  }
  return z.strictObject(shape).superRefine((input, context) => {
    for (const [name, spec] of Object.entries(fields)) {
      if (spec.kind !== 'money') continue;
      const inYuan = input[name] !== undefined;
      const inWan = input[`${name}Wan`] !== undefined;
      if (inYuan && inWan) {
        context.addIssue({
          code: 'custom',
          path: [`${name}Wan`],
          params: {
            zh: `${spec.labels['zh-CN']}只能以元(${name})或万元(${name}Wan)之一给出,不能同时给出`,
            en: `give ${spec.labels.en} either in yuan (${name}) or in 10,000 yuan (${name}Wan), not both.`,
          },
        });
      } else if (!inYuan && !inWan && !spec.optional) {
        context.addIssue({
          code: 'custom',
          path: [name],
          params: {
            zh: `缺少必填字段 ${spec.labels['zh-CN']}:以元给出 ${name},或以万元给出 ${name}Wan`,
            en: `missing required field ${spec.labels.en}: give ${name} in yuan or ${name}Wan in 10,000 yuan.`,
          },
        });
      }
    }
    if (inputForms.length > 0) {
      const given = inputForms.filter((form) => form.some((name) => input[name] !== undefined));
      const describe = (form: readonly string[], locale: 'zh-CN' | 'en') =>
        form.map((name) => `${name}${locale === 'zh-CN' ? `(${labelOf(fields, name)['zh-CN']})` : ''}`).join(' + ');
      const alternativesZh = inputForms.map((form) => describe(form, 'zh-CN')).join(',或 ');
      const alternativesEn = inputForms.map((form) => describe(form, 'en')).join(', or ');
      const [onlyForm] = given;
      if (given.length > 1) {
        context.addIssue({
          code: 'custom',
          path: [given[1]?.find((name) => input[name] !== undefined) ?? ''],
          params: {
            zh: `输入只能采用一种形式:${alternativesZh}`,
            en: `give the input in one form only: ${alternativesEn}.`,
          },
        });
      } else if (onlyForm === undefined) {
        context.addIssue({
          code: 'custom',
          path: [inputForms[0]?.[0] ?? ''],
          params: { zh: `缺少输入:请给出 ${alternativesZh}`, en: `missing input: give ${alternativesEn}.` },
        });
      } else {
        for (const name of onlyForm.filter((field) => input[field] === undefined)) {
          context.addIssue({
            code: 'custom',
            path: [name],
            params: {
              zh: `缺少必填字段 ${labelOf(fields, name)['zh-CN']}(${name}):它与 ${describe(onlyForm, 'zh-CN')} 一起给出`,
              en: `missing required field ${name} (${labelOf(fields, name).en}): it goes with ${describe(onlyForm, 'en')}.`,
            },
          });
        }
      }
    }
    for (const { part, whole, exact } of constraints) {
      const parts = (typeof part === 'string' ? [part] : part).filter((name) => input[name] !== undefined);
      const wholeValue = input[whole];
      if (parts.length === 0 || wholeValue === undefined) continue;
      const partSum = parts.reduce<Decimal>((sum, name) => sum.plus(toDecimal(input[name] as number)), toDecimal(0));
      const wholeAmount = toDecimal(wholeValue as number);
      const allGiven = typeof part === 'string' || parts.length === part.length;
      const tooMuch = partSum.gt(wholeAmount);
      if (!tooMuch && !(exact && allGiven && !partSum.equals(wholeAmount))) continue;
      const wholeLabels = labelOf(fields, whole);
      const partsZh = parts
        .map((name) => `${labelOf(fields, name)['zh-CN']}(${name} = ${String(input[name])})`)
        .join(' + ');
      const partsEn = parts.map((name) => `${name} (${labelOf(fields, name).en}, ${String(input[name])})`).join(' + ');
      const sumZh = parts.length > 1 ? `合计 ${partSum.toString()},` : '';
      const sumEn = parts.length > 1 ? ` add up to ${partSum.toString()}, which` : '';
      context.addIssue({
        code: 'custom',
        path: [tooMuch ? (parts[0] ?? whole) : whole],
        params: tooMuch
          ? {
              zh: `${partsZh}${sumZh}不能大于${wholeLabels['zh-CN']}(${whole} = ${String(wholeValue)})`,
              en: `${partsEn}${sumEn} cannot exceed ${whole} (${wholeLabels.en}, ${String(wholeValue)}).`,
            }
          : {
              zh: `${partsZh}${sumZh}应等于${wholeLabels['zh-CN']}(${whole} = ${String(wholeValue)})`,
              en: `${partsEn}${sumEn} must equal ${whole} (${wholeLabels.en}, ${String(wholeValue)}).`,
            },
      });
    }
  });
}

function canonicalizer<F extends FieldSpecs>(
  fields: F,
  normalize: ((input: CanonicalValues<F>) => CanonicalValues<F>) | undefined,
) {
  const entries = Object.entries(fields);
  return (input: ParsedInput): CanonicalInput => {
    const canonical: Record<string, CanonicalInput[string]> = {};
    const tallies: Readonly<Record<string, number>>[] = [];
    for (const [name, spec] of entries) {
      const raw = input[name];
      if (spec.kind === 'count') {
        canonical[name] = raw as number | undefined;
      } else if (spec.kind === 'amount') {
        canonical[name] = raw === undefined ? undefined : toDecimal(raw as number);
      } else if (spec.kind === 'items') {
        if (raw === undefined || spec.tally === undefined) canonical[name] = raw as readonly unknown[] | undefined;
        else tallies.push(spec.tally(raw as never[]));
      } else {
        const wan = input[`${name}Wan`];
        if (raw !== undefined) canonical[name] = toDecimal(raw as number);
        else if (wan !== undefined) canonical[name] = toDecimal(wan as number).times(10_000);
        else canonical[name] = undefined;
      }
    }
    // A tallied list stands for the counts it was counted into (the input forms keep them apart).
    for (const tally of tallies) Object.assign(canonical, tally);
    return normalize === undefined ? canonical : normalize(canonical as CanonicalValues<F>);
  };
}

/**
 * Adds each field's names to the JSON Schema, and states which fields go together: one of the two
 * forms of a required money field, and exactly one of the input forms.
 */
function describeJsonSchema(
  schema: Record<string, unknown>,
  fields: FieldSpecs,
  inputForms: readonly (readonly string[])[],
): void {
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  const alternatives: { required: string[] }[][] = [];
  for (const [name, field] of Object.entries(fields)) {
    const names = field.kind === 'money' ? [name, `${name}Wan`] : [name];
    for (const inputName of names) {
      const property = properties[inputName];
      if (property === undefined) continue;
      const inWan = inputName !== name;
      property.title = `${field.labels['zh-CN']}${inWan ? '(万元)' : field.kind === 'money' ? '(元)' : ''}`;
      property.description = `${field.labels.en}${inWan ? ', in 10,000 yuan' : field.kind === 'money' ? ', in yuan' : ''}`;
    }
    if (field.kind === 'money' && !field.optional)
      alternatives.push([{ required: [name] }, { required: [`${name}Wan`] }]);
  }
  if (inputForms.length > 0) alternatives.push(inputForms.map((form) => ({ required: [...form] })));
  if (alternatives.length === 1) schema.oneOf = alternatives[0];
  else if (alternatives.length > 1) schema.allOf = alternatives.map((oneOf) => ({ oneOf }));
}

/**
 * Defines an indicator: data plus a pure computation. The input schema (zod, strict) and its
 * JSON Schema are derived from `fields`, so a definition states each input once.
 *
 * @param spec - The definition: id, labels, unit, decimals, fields, methods, thresholds,
 *   source and a worked example.
 * @returns The definition with its `inputSchema`, `inputJsonSchema()` and `methodNames`.
 *
 * @example
 * ```ts
 * const dropoutRate = defineIndicator({
 *   id: 'my_dropout_rate',
 *   version: '1.0.0',
 *   labels: { 'zh-CN': '辍学率', 'zh-TW': '輟學率', en: 'Dropout rate' },
 *   description: { zh: '辍学人数 ÷ 学年初在校生数', en: 'dropouts ÷ enrolment at the start of the year' },
 *   unit: 'percent',
 *   decimals: 2,
 *   fields: {
 *     dropouts: { kind: 'count', labels: { 'zh-CN': '辍学人数', 'zh-TW': '輟學人數', en: 'dropouts' } },
 *     enrolled: { kind: 'count', labels: { 'zh-CN': '在校生数', 'zh-TW': '在校生數', en: 'enrolled' } },
 *   },
 *   methods: {
 *     strict: {
 *       labels: { 'zh-CN': '严格口径', 'zh-TW': '嚴格口徑', en: 'strict' },
 *       formula: { zh: '辍学人数 ÷ 在校生数', en: 'dropouts ÷ enrolled' },
 *       compute: ({ dropouts, enrolled }) => ({ numerator: dropouts, denominator: enrolled }),
 *     },
 *   },
 *   defaultMethod: 'strict',
 *   constraints: [{ part: 'dropouts', whole: 'enrolled' }],
 *   source: { document: 'local methodology' },
 *   example: { input: { dropouts: 3, enrolled: 1200 }, value: '0.25' },
 * });
 * computeWithDefinition(dropoutRate, { dropouts: 3, enrolled: 1200 }).formattedValue; // '0.25'
 * ```
 */
export function defineIndicator<const Id extends string, const F extends FieldSpecs, const M extends string>(
  spec: IndicatorDefinitionSpec<Id, F, M>,
): IndicatorDefinition<Id, F, M> {
  const inputSchema = buildInputSchema(spec.fields, spec.constraints ?? [], spec.inputForms ?? []);
  const methodNames = [
    spec.defaultMethod,
    ...(Object.keys(spec.methods) as M[]).filter((name) => name !== spec.defaultMethod),
  ];
  const inputNames = Object.entries(spec.fields).flatMap(([name, field]) =>
    field.kind === 'money' ? [name, `${name}Wan`] : [name],
  );
  let jsonSchema: Record<string, unknown> | undefined;
  return {
    ...spec,
    inputSchema: inputSchema as unknown as z.ZodType<ParsedInput, InputOfFields<F>>,
    methodNames,
    inputNames,
    canonicalize: canonicalizer(spec.fields, spec.normalize),
    inputJsonSchema: () => {
      jsonSchema ??= z.toJSONSchema(inputSchema, {
        io: 'input',
        unrepresentable: 'any',
        override: (context) => {
          if (context.zodSchema === nonNegativeDecimalSchema) {
            for (const key of Object.keys(context.jsonSchema)) delete context.jsonSchema[key];
            Object.assign(context.jsonSchema, JSON.parse(JSON.stringify(nonNegativeDecimalJsonSchema)));
          }
        },
      }) as Record<string, unknown>;
      describeJsonSchema(jsonSchema, spec.fields, spec.inputForms ?? []);
      return JSON.parse(JSON.stringify(jsonSchema)) as Record<string, unknown>;
    },
  };
}
