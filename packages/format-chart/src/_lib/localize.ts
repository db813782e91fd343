import type { LocalizedText } from '@edukpi/core';
import type { FormatLocale } from '@edukpi/format-text';

/** @internal A text in the chart's locale: a string as it is, a {@link LocalizedText} by its locale. */
export function localize(text: string | LocalizedText, locale: FormatLocale): string {
  return typeof text === 'string' ? text : text[locale];
}
