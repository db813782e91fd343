import { EdukpiError } from './edukpi-error';

const marker = Symbol.for('edukpi.error.unknown-method');

/**
 * Thrown when an indicator has no variant (`options.method`) by the requested name.
 * `methods` lists the variants it does have.
 *
 * @example
 * ```ts
 * try {
 *   computeIndicator('nine_year_consolidation_rate', { graduates: 1, entrants: 1 }, { method: 'net' as never });
 * } catch (error) {
 *   if (UnknownMethodError.isInstance(error)) error.methods; // ['raw', 'net_transfers_denominator', 'adjusted_numerator']
 * }
 * ```
 */
export class UnknownMethodError extends EdukpiError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for by isInstance, across copies of core
  private readonly [marker] = true;

  /** The indicator asked for. */
  readonly indicatorId: string;
  /** The method that was asked for. */
  readonly method: string;
  /** The methods the indicator has. */
  readonly methods: readonly string[];

  constructor({ indicatorId, method, methods }: { indicatorId: string; method: string; methods: readonly string[] }) {
    super({
      code: 'unknown_method',
      path: ['options', 'method'],
      messageZh: `指标 ${indicatorId} 没有名为「${method}」的计算口径;可用口径:${methods.join('、')}。`,
      messageEn: `Indicator ${indicatorId} has no method "${method}"; available methods: ${methods.join(', ')}.`,
    });
    this.name = 'UnknownMethodError';
    this.indicatorId = indicatorId;
    this.method = method;
    this.methods = methods;
  }

  /** Whether `error` is an {@link UnknownMethodError} from any copy of `@edukpi/core`. */
  static override isInstance(error: unknown): error is UnknownMethodError {
    return EdukpiError.hasMarker(error, marker);
  }
}
