import { Decimal } from './decimal';

/**
 * Sums counts as JS integers while they stay exact, and decimals as {@link Decimal}; moves a
 * count sum to {@link Decimal} only if it outgrows `Number.MAX_SAFE_INTEGER`.
 */
export class ExactSum {
  private integer = 0;
  private decimal: Decimal | undefined;

  add(value: number | Decimal): void {
    if (typeof value === 'number' && this.decimal === undefined) {
      const next = this.integer + value;
      if (Number.isSafeInteger(next)) {
        this.integer = next;
        return;
      }
      this.decimal = new Decimal(this.integer);
    }
    this.decimal = (this.decimal ?? new Decimal(this.integer)).plus(value);
  }

  /** The sum: a number while it is a safe integer, else a {@link Decimal}. */
  get value(): number | Decimal {
    return this.decimal ?? this.integer;
  }
}
