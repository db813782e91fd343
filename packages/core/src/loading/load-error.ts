import { EdukpiError, type ErrorPathSegment } from '../errors/edukpi-error';

const marker = Symbol.for('edukpi.error.load');

/** The codes a {@link LoadError} carries. */
export type LoadErrorCode = 'invalid_file' | 'file_too_large' | 'read_failed';

/**
 * Thrown by a loader when its source cannot be loaded at all: `invalid_file` (a binary file given
 * as CSV, text that does not decode, a workbook that is not a workbook, malformed JSON),
 * `file_too_large` (over a byte, record or entry limit) or `read_failed` (a missing file, an I/O
 * error, an aborted load). The reader's own error, if any, is the `cause`. Bad cells are never
 * thrown: they are reported in `LoadResult.rejections`.
 *
 * @example
 * ```ts
 * try {
 *   await loadCsv({ source: 'photo.jpg', spec: schoolTableSpec });
 * } catch (error) {
 *   if (LoadError.isInstance(error)) error.code; // 'invalid_file'
 * }
 * ```
 */
export class LoadError extends EdukpiError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for by isInstance, across copies of core
  private readonly [marker] = true;

  declare readonly code: LoadErrorCode;
  /** The file, sheet or stream the error concerns, when known. */
  readonly source: string | undefined;

  constructor({
    code,
    messageZh,
    messageEn,
    source,
    path = [],
    cause,
  }: {
    code: LoadErrorCode;
    messageZh: string;
    messageEn: string;
    source?: string;
    path?: readonly ErrorPathSegment[];
    cause?: unknown;
  }) {
    super({ code, messageZh, messageEn, path, cause });
    this.name = 'LoadError';
    this.source = source;
  }

  /** Whether `error` is a {@link LoadError} from any copy of `@edukpi/core`. */
  static override isInstance(error: unknown): error is LoadError {
    return EdukpiError.hasMarker(error, marker);
  }
}
