import type { TextLocale } from '../locale/text-locale';

/** The sentence with its first letter in upper case, where the locale capitalises sentences. */
export function capitalize(text: string, locale: TextLocale): string {
  if (!locale.capitalizeSentences || text === '') return text;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * A label as it reads inside a sentence: in a locale with letter case, a label that starts with a
 * capital followed by a lower-case letter (`Student-teacher ratio`) loses its capital; acronyms
 * (`PE and arts…`, `UIS`) keep theirs.
 */
export function inlineLabel(label: string, locale: TextLocale): string {
  if (!locale.capitalizeSentences || !/^[A-Z][a-z]/.test(label)) return label;
  return `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** A finished sentence: capitalised where the locale does, and ended with the locale's full stop. */
export function endSentence(text: string, locale: TextLocale): string {
  return `${capitalize(text, locale)}${locale.templates.sentenceEnd}`;
}
