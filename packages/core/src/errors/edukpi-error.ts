import type { EdukpiErrorCode } from './error-code';

const marker = Symbol.for('edukpi.error');

/** A step in the path to the offending value: object keys and array indexes. */
export type ErrorPathSegment = string | number;

/** What every edukpi error is built from. */
export interface EdukpiErrorParameters {
  /** The stable code. */
  readonly code: EdukpiErrorCode;
  /** The message in Chinese. */
  readonly messageZh: string;
  /** The message in English. */
  readonly messageEn: string;
  /** Where the offending value sits, e.g. `['rows', 3, 'graduates']`. Defaults to `[]`. */
  readonly path?: readonly ErrorPathSegment[];
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The base class of every error edukpi throws: a stable `code`, the `path` to the offending
 * field, the message in Chinese (`messageZh`) and English (`messageEn`), and `cause`.
 *
 * `message` holds both languages, Chinese first, so a log line is readable by either reader.
 * Use {@link EdukpiError.isInstance} rather than `instanceof`: it also recognises errors thrown
 * by a second copy of `@edukpi/core` in the same process.
 *
 * @example
 * ```ts
 * try {
 *   computeIndicator('after_school_participation_rate', { participants: -1, enrolled: 10 });
 * } catch (error) {
 *   if (EdukpiError.isInstance(error)) {
 *     error.code;      // 'invalid_input'
 *     error.path;      // ['participants']
 *     error.messageEn; // 'participants must not be negative (got -1).'
 *   }
 * }
 * ```
 */
export class EdukpiError extends Error {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for by isInstance, across copies of core
  private readonly [marker] = true;

  /** The stable error code. */
  readonly code: EdukpiErrorCode;
  /** The path to the offending value; empty when the error concerns the call as a whole. */
  readonly path: readonly ErrorPathSegment[];
  /** The message in Chinese. */
  readonly messageZh: string;
  /** The message in English. */
  readonly messageEn: string;

  constructor({ code, messageZh, messageEn, path = [], cause }: EdukpiErrorParameters) {
    super(`${messageZh}\n${messageEn}`, cause === undefined ? undefined : { cause });
    this.name = 'EdukpiError';
    this.code = code;
    this.path = path;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
  }

  /**
   * Whether `error` is an edukpi error, from this or any other copy of `@edukpi/core`.
   *
   * @example
   * ```ts
   * EdukpiError.isInstance(new Error('x')); // false
   * ```
   */
  static isInstance(error: unknown): error is EdukpiError {
    return EdukpiError.hasMarker(error, marker);
  }

  /** @internal Checks for a `Symbol.for` marker; subclasses call this with their own. */
  protected static hasMarker(error: unknown, markerSymbol: symbol): boolean {
    return (
      typeof error === 'object' &&
      error !== null &&
      markerSymbol in error &&
      (error as Record<symbol, unknown>)[markerSymbol] === true
    );
  }

  /** A plain-object form for logs and service responses. */
  toJSON(): {
    name: string;
    code: EdukpiErrorCode;
    path: readonly ErrorPathSegment[];
    messageZh: string;
    messageEn: string;
  } {
    return {
      name: this.name,
      code: this.code,
      path: this.path,
      messageZh: this.messageZh,
      messageEn: this.messageEn,
    };
  }
}
