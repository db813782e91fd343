import { type BilingualText, LoadError, type LoadErrorCode } from '@edukpi/core';

/** Why a workbook file could not be read at all, finer than {@link LoadErrorCode}. */
export type FileErrorReason =
  | 'file_not_found'
  | 'file_unreadable'
  | 'file_too_large'
  | 'not_a_workbook'
  | 'encrypted_workbook'
  | 'malformed_workbook'
  | 'zip_bomb';

const codes: Readonly<Record<FileErrorReason, LoadErrorCode>> = {
  file_not_found: 'read_failed',
  file_unreadable: 'read_failed',
  file_too_large: 'file_too_large',
  not_a_workbook: 'invalid_file',
  encrypted_workbook: 'invalid_file',
  malformed_workbook: 'invalid_file',
  zip_bomb: 'file_too_large',
};

/** A {@link LoadError} for a workbook that cannot be read, with the core code that fits `reason`. */
export function fileError(
  reason: FileErrorReason,
  message: BilingualText,
  cause?: unknown,
  source?: string,
): LoadError {
  return new LoadError({
    code: codes[reason],
    messageZh: message.zh,
    messageEn: message.en,
    ...(source === undefined ? {} : { source }),
    ...(cause === undefined ? {} : { cause }),
  });
}
