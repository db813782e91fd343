import type { Locale, ThresholdComparator } from '@edukpi/core';

const symbols: { readonly [C in ThresholdComparator]: string } = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '=': '',
};

// "= 100%" would start a text cell with "=", which CSV and XLSX must neutralise with an
// apostrophe; the word reads better anyway.
const equals: { readonly [L in Locale]: string } = { 'zh-CN': '等于', 'zh-TW': '等於', en: 'exactly' };

/** A threshold as printed: `≥ 95%`, `≤ 0.50`, `等于 100%`. */
export function comparatorText(comparator: ThresholdComparator, threshold: string, locale: Locale): string {
  return `${comparator === '=' ? equals[locale] : symbols[comparator]} ${threshold}`;
}
