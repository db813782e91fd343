import type { z } from 'zod';
import type { Decimal, DecimalInput } from '../_lib/decimal';
import type { LocalizedText } from '../i18n/localized-text';

/**
 * What kind of number a calculator input is:
 *
 * - `count`: people, schools, classes, institutions: a whole number ≥ 0 (a JS number).
 * - `amount`: an area, a quantity or another non-negative decimal (number, decimal string or
 *   decimal.js value), kept exact.
 * - `money`: an amount of money in 元 under the field's name, or in 万元 under the same name with
 *   `Wan` appended (`amount` / `amountWan`): give exactly one. Converted exactly to 元.
 * - `items`: a list (classes with their sizes, schools with their students and values), each
 *   item checked against `item`. With a `tally`, the list is counted into count fields as soon as
 *   it is validated (a class list becomes `largeClasses` and `classes`); without one, the list is
 *   kept whole for the method (the schools of a coefficient of variation) and lists are
 *   concatenated when rows are aggregated.
 */
export type FieldKind = 'count' | 'amount' | 'money' | 'items';

/** One input field of an indicator definition. */
export interface FieldSpec {
  readonly kind: FieldKind;
  /** Whether the field may be left out; the methods that need it say so in `requires`. */
  readonly optional?: boolean;
  /** The field's name in three scripts, as a report or a form labels it. */
  readonly labels: LocalizedText;
  /** For `items`: the zod schema of one item. */
  readonly item?: z.ZodType;
  /** For `items`: the names of the item's own fields, for error messages. */
  readonly itemLabels?: Readonly<Record<string, LocalizedText>>;
  /**
   * For `items`: counts the validated list into count fields of the same definition, e.g.
   * `(classes) => ({ largeClasses: …, classes: … })`. Leave out to keep the list whole.
   */
  readonly tally?: (items: readonly never[]) => Readonly<Record<string, number>>;
}

/** The fields of a definition, by camelCase input name. */
export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

type ItemOf<S extends FieldSpec, Io extends 'input' | 'output'> = S['item'] extends z.ZodType
  ? Io extends 'input'
    ? z.input<S['item']>
    : z.output<S['item']>
  : unknown;

// Distributes over the kind, so a general FieldSpec (any kind) accepts any of the values.
type FieldInputValue<S extends FieldSpec> = S['kind'] extends infer Kind
  ? Kind extends 'count'
    ? number
    : Kind extends 'items'
      ? readonly ItemOf<S, 'input'>[]
      : DecimalInput
  : never;

/** The value a method receives for a field: a list for `items`, else an exact decimal. */
export type FieldValue<S extends FieldSpec> = S['kind'] extends infer Kind
  ? Kind extends 'items'
    ? readonly ItemOf<S, 'output'>[]
    : Decimal
  : never;

type PlainFieldName<F extends FieldSpecs> = {
  [K in keyof F]: F[K]['kind'] extends 'money' ? never : K;
}[keyof F];

type MoneyFieldName<F extends FieldSpecs> = {
  [K in keyof F]: F[K]['kind'] extends 'money' ? K : never;
}[keyof F];

type UnionToIntersection<U> = (U extends unknown ? (argument: U) => void : never) extends (argument: infer I) => void
  ? I
  : never;

type MoneyInput<K extends string, S extends FieldSpec> = S['optional'] extends true
  ? { readonly [P in K]?: DecimalInput } & { readonly [P in `${K}Wan`]?: DecimalInput }
  :
      | ({ readonly [P in K]: DecimalInput } & { readonly [P in `${K}Wan`]?: undefined })
      | ({ readonly [P in `${K}Wan`]: DecimalInput } & { readonly [P in K]?: undefined });

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The input object a definition's fields accept: required fields required, optional ones
 * optional, and each money field given in 元 (`amount`) or in 万元 (`amountWan`).
 */
export type InputOfFields<F extends FieldSpecs> = Simplify<
  {
    readonly [K in PlainFieldName<F> as F[K]['optional'] extends true ? never : K]: FieldInputValue<F[K]>;
  } & {
    readonly [K in PlainFieldName<F> as F[K]['optional'] extends true ? K : never]?: FieldInputValue<F[K]>;
  }
> &
  MoneyInputs<F>;

/** Each money field's input (元 or 万元), intersected over the money fields; boxed so a field's own union is kept. */
type MoneyInputs<F extends FieldSpecs> = [MoneyFieldName<F>] extends [never]
  ? unknown
  : UnionToIntersection<
        { [K in MoneyFieldName<F>]: { readonly box: MoneyInput<K & string, F[K]> } }[MoneyFieldName<F>]
      > extends { readonly box: infer Input }
    ? Input
    : never;
