import { EdukpiError } from './edukpi-error';

const marker = Symbol.for('edukpi.error.unknown-indicator');

/**
 * Thrown when no indicator definition has the requested id. `suggestions` lists the closest
 * known ids, so a typo is easy to fix.
 *
 * @example
 * ```ts
 * try {
 *   computeIndicator('nine_year_consolidaton_rate' as never, {} as never);
 * } catch (error) {
 *   if (UnknownIndicatorError.isInstance(error)) error.suggestions; // ['nine_year_consolidation_rate', …]
 * }
 * ```
 */
export class UnknownIndicatorError extends EdukpiError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for by isInstance, across copies of core
  private readonly [marker] = true;

  /** The id that was asked for. */
  readonly indicatorId: string;
  /** The known ids closest to it, best first. */
  readonly suggestions: readonly string[];

  constructor({ indicatorId, suggestions }: { indicatorId: string; suggestions: readonly string[] }) {
    const hintZh = suggestions.length > 0 ? `。是否想用:${suggestions.join('、')}?` : '。';
    const hintEn = suggestions.length > 0 ? `. Did you mean: ${suggestions.join(', ')}?` : '.';
    super({
      code: 'unknown_indicator',
      path: ['id'],
      messageZh: `未知的指标 id「${indicatorId}」${hintZh}`,
      messageEn: `Unknown indicator id "${indicatorId}"${hintEn}`,
    });
    this.name = 'UnknownIndicatorError';
    this.indicatorId = indicatorId;
    this.suggestions = suggestions;
  }

  /** Whether `error` is an {@link UnknownIndicatorError} from any copy of `@edukpi/core`. */
  static override isInstance(error: unknown): error is UnknownIndicatorError {
    return EdukpiError.hasMarker(error, marker);
  }
}
