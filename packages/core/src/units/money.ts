import { Decimal, type DecimalInput, toDecimal } from '../_lib/decimal';

const TEN_THOUSAND = new Decimal(10_000);
const HUNDRED_MILLION = new Decimal(100_000_000);

/** The money units Chinese statistics report in: 元, 万元 (10⁴ 元) and 亿元 (10⁸ 元). */
export type MoneyUnit = 'yuan' | 'wan_yuan' | 'yi_yuan';

const factors: { readonly [K in MoneyUnit]: Decimal } = {
  yuan: new Decimal(1),
  wan_yuan: TEN_THOUSAND,
  yi_yuan: HUNDRED_MILLION,
};

/**
 * Converts an amount between 元, 万元 and 亿元 exactly (no floating point, no rounding).
 *
 * @param amount - The amount, as a number, decimal string or decimal.js value.
 * @param from - The unit `amount` is in.
 * @param to - The unit wanted. Defaults to `'yuan'`.
 * @returns The converted amount as a {@link Decimal}.
 *
 * @example
 * ```ts
 * convertMoney('2241', 'wan_yuan').toString();         // '22410000'
 * convertMoney('660.5', 'wan_yuan').toString();        // '6605000'
 * convertMoney(900_000_000, 'yuan', 'yi_yuan').toString(); // '9'
 * ```
 */
export function convertMoney(amount: DecimalInput, from: MoneyUnit, to: MoneyUnit = 'yuan'): Decimal {
  const value = toDecimal(amount);
  if (!value.isFinite()) throw new RangeError(`Not a finite amount: ${value.toString()}`);
  return value.times(factors[from]).div(factors[to]);
}
