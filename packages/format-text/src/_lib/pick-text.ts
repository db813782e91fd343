import type { LocalizedText } from '@edukpi/core';
import type { TextLocale } from '../locale/text-locale';

/** Text a caller gives for a sentence: one string for the locale used, or one per script. */
export type TextOption = string | LocalizedText;

/** The text of an option in the locale's script; `undefined` when the option is not given. */
export function pickText(text: TextOption | undefined, locale: TextLocale): string | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? text : text[locale.script];
}
