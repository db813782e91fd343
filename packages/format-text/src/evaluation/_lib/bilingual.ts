import type { BilingualText } from '@edukpi/core';
import type { TextLocale } from '../../locale/text-locale';

/** A message of the engine (Chinese and English) in a locale: the Chinese converted for zh-TW. */
export function bilingual(text: BilingualText, locale: TextLocale): string {
  return locale.script === 'en' ? text.en : locale.convertText(text.zh);
}
