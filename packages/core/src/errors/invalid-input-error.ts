import type { BilingualText } from '../i18n/localized-text';
import { EdukpiError, type ErrorPathSegment } from './edukpi-error';

const marker = Symbol.for('edukpi.error.invalid-input');

/** One problem found in an input: where it is and what is wrong, in both languages. */
export interface InputIssue {
  readonly path: readonly ErrorPathSegment[];
  readonly messageZh: string;
  readonly messageEn: string;
}

/**
 * Thrown when a calculator's input is invalid: a missing or mistyped field, a negative or
 * fractional head count, an unknown field, or a part larger than its whole where that is
 * impossible. `path` points at the first problem; `issues` lists all of them.
 *
 * @example
 * ```ts
 * try {
 *   computeIndicator('student_aid_coverage_rate', { aided: 1.5, eligible: 10 });
 * } catch (error) {
 *   if (InvalidInputError.isInstance(error)) error.issues.length; // 1
 * }
 * ```
 */
export class InvalidInputError extends EdukpiError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: read through Symbol.for by isInstance, across copies of core
  private readonly [marker] = true;

  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly InputIssue[];
  /** The indicator whose input was checked, if any. */
  readonly indicatorId: string | undefined;
  /** What was checked when it is not an indicator (`{ zh: '县域评估', en: 'the county evaluation' }`), if given. */
  readonly subject: BilingualText | undefined;

  constructor({
    issues,
    indicatorId,
    subject,
    cause,
  }: {
    issues: readonly [InputIssue, ...InputIssue[]];
    indicatorId?: string;
    /** What was checked, for a function that is not an indicator's calculator; named in the message. */
    subject?: BilingualText;
    cause?: unknown;
  }) {
    const [first] = issues;
    const more = issues.length - 1;
    const prefixZh =
      subject !== undefined
        ? `${subject.zh}的输入无效`
        : indicatorId === undefined
          ? '输入无效'
          : `指标 ${indicatorId} 的输入无效`;
    const prefixEn =
      subject !== undefined
        ? `Invalid input for ${subject.en}`
        : indicatorId === undefined
          ? 'Invalid input'
          : `Invalid input for ${indicatorId}`;
    super({
      code: 'invalid_input',
      path: first.path,
      messageZh: `${prefixZh}:${first.messageZh}${more > 0 ? `(另有 ${more} 处问题,见 issues)` : ''}`,
      messageEn: `${prefixEn}: ${first.messageEn}${more > 0 ? ` (${more} more issue${more > 1 ? 's' : ''} in \`issues\`)` : ''}`,
      cause,
    });
    this.name = 'InvalidInputError';
    this.issues = issues;
    this.indicatorId = indicatorId;
    this.subject = subject;
  }

  /** Whether `error` is an {@link InvalidInputError} from any copy of `@edukpi/core`. */
  static override isInstance(error: unknown): error is InvalidInputError {
    return EdukpiError.hasMarker(error, marker);
  }
}
