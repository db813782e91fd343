import { type RegimeId, regimeLabels } from '@edukpi/core';
import type { FormatLocale } from '@edukpi/format-text';

/** @internal The name of a built-in regime in `locale`; any other id as it is. */
export function regimeLabelOf(regime: string, locale: FormatLocale): string {
  return Object.hasOwn(regimeLabels, regime) ? regimeLabels[regime as RegimeId][locale] : regime;
}
