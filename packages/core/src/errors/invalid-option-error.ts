import { EdukpiError, type ErrorPathSegment } from './edukpi-error';

const marker = Symbol.for('edukpi.error.invalid-option');

/**
 * Thrown when an option is out of range or malformed: `decimals` that is not a whole number
 * from 0 to 20, a threshold that is not a decimal, a grouping dimension that is not a scalar.
 *
 * @example
 * ```ts
 * try {
 *   computeIndicator('change', { previous: 1, current: 2 }, { decimals: -1 });
 * } catch (error) {
 *   if (InvalidOptionError.isInstance(error)) error.path; // ['options', 'decimals']
 * }
 * ```
 */
export class InvalidOptionError extends EdukpiError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for by isInstance, across copies of core
  private readonly [marker] = true;

  constructor({
    path,
    messageZh,
    messageEn,
    cause,
  }: { path: readonly ErrorPathSegment[]; messageZh: string; messageEn: string; cause?: unknown }) {
    super({ code: 'invalid_option', path, messageZh, messageEn, cause });
    this.name = 'InvalidOptionError';
  }

  /** Whether `error` is an {@link InvalidOptionError} from any copy of `@edukpi/core`. */
  static override isInstance(error: unknown): error is InvalidOptionError {
    return EdukpiError.hasMarker(error, marker);
  }
}
