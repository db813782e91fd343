import type { ItemEvaluation, RatioTerm, Regime } from '@edukpi/standards';
import { basicBalance2012, preschoolUniversal2020, qualityBalance2017 } from '@edukpi/standards';

/** The two terms of a `ratio` item, as its regime defines them. */
export interface RatioTerms {
  readonly numerator: RatioTerm;
  readonly denominator: RatioTerm;
  readonly scale: 1 | 100;
}

const builtIn: readonly Regime[] = [qualityBalance2017, basicBalance2012, preschoolUniversal2020];

/**
 * The terms of a `ratio` item: from `regime` when given, else from the built-in regime with an
 * item of the same id and wording (a variant keeps its base's items); `null` when not found.
 */
export function ratioTermsOf(item: ItemEvaluation, regime: Regime | undefined): RatioTerms | null {
  for (const candidate of regime === undefined ? builtIn : [regime, ...builtIn]) {
    const found = candidate.items.find(
      (entry) => entry.id === item.id && entry.kind === 'ratio' && entry.labels['zh-CN'] === item.labels['zh-CN'],
    );
    if (found !== undefined && found.kind === 'ratio') {
      return { numerator: found.numerator, denominator: found.denominator, scale: found.scale };
    }
  }
  return null;
}
