import type { BilingualText, Locale, LocalizedText } from '@edukpi/core';
import { adaptLabel, convertText } from './format-text';

/**
 * A label in a locale, with `{name}` placeholders filled in; in zh-TW adapted to the locale's
 * vocabulary the way @edukpi/format-text adapts its own labels.
 */
export function localize(
  text: LocalizedText,
  locale: Locale,
  values: Readonly<Record<string, string | number>> = {},
): string {
  // Adapt the template, not the filled text: the values are adapted already, and adapting twice
  // would turn 國小學校 into 國國小校.
  return adaptLabel(text[locale], locale).replace(/\{(\w+)\}/g, (match, name: string) =>
    values[name] === undefined ? match : String(values[name]),
  );
}

/**
 * A message the engine gives in Chinese and English, in a locale: the Chinese for zh-CN, the
 * Chinese converted to Traditional characters for zh-TW, the English for en.
 */
export function localizeMessage(message: BilingualText, locale: Locale): string {
  return locale === 'en' ? message.en : convertText(message.zh, locale);
}

/** Free text in Chinese (a school's name, a county's note), in a locale's script. */
export function localizeName(text: string, locale: Locale): string {
  return convertText(text, locale);
}
