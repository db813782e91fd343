import { computeIndicator, type IndicatorResult } from '@edukpi/core';
import {
  basicBalance2012,
  evaluateRegime,
  preschoolUniversal2020,
  qualityBalance2017,
  type RegimeEvaluation,
} from '@edukpi/standards';
import { formatEvaluation } from '../evaluation/format-evaluation';
import { formatEvaluationItem } from '../evaluation/format-evaluation-item';
import { formatIndicatorLabel } from '../labels/format-indicator-label';
import type { FormatLocale } from '../locale/format-locale';
import { formatNumber } from '../numbers/format-number';
import { formatChange } from '../sentences/format-change';
import { formatResult } from '../sentences/format-result';
import { formatResultValue } from '../values/format-result-value';
import { type GoldenCase, goldenCases } from './golden-cases';
import { golden2012, golden2017, golden2020 } from './golden-counties';

/** One rendered case of a golden file: the input, the options used and the output. */
export interface GoldenEntry {
  readonly id: string;
  readonly call: GoldenCase['call'];
  readonly source?: string;
  readonly input: unknown;
  readonly options: Readonly<Record<string, unknown>>;
  readonly output: string;
}

/** A golden file: every case rendered in one locale. */
export interface GoldenFile {
  readonly locale: FormatLocale;
  readonly cases: readonly GoldenEntry[];
}

const regimes = {
  quality_balance_2017: [qualityBalance2017, golden2017],
  basic_balance_2012: [basicBalance2012, golden2012],
  preschool_universal_2020: [preschoolUniversal2020, golden2020],
} as const;

const evaluations = new Map<string, RegimeEvaluation>();
function evaluationOf(regime: keyof typeof regimes): RegimeEvaluation {
  let evaluation = evaluations.get(regime);
  if (evaluation === undefined) {
    const [definition, county] = regimes[regime];
    evaluation = evaluateRegime(definition, county);
    evaluations.set(regime, evaluation);
  }
  return evaluation;
}

function render(golden: GoldenCase, locale: FormatLocale, options: Readonly<Record<string, unknown>>): string {
  const withLocale = { ...options, locale };
  switch (golden.call) {
    case 'formatNumber':
      return formatNumber(golden.input, withLocale);
    case 'formatIndicatorLabel':
      return formatIndicatorLabel(golden.input, withLocale);
    case 'formatEvaluationItem': {
      const item = evaluationOf(golden.input.regime).items.find((entry) => entry.id === golden.input.item);
      if (item === undefined) throw new Error(`no item ${String(golden.input.item)} in ${golden.input.regime}`);
      return formatEvaluationItem(item, withLocale);
    }
    case 'formatEvaluation':
      return formatEvaluation(evaluationOf(golden.input.regime), withLocale);
    default: {
      const result = computeIndicator(
        golden.input.indicator,
        golden.input.values as never,
        golden.input.options as never,
      ) as IndicatorResult;
      if (golden.call === 'formatResultValue') return formatResultValue(result, withLocale);
      if (golden.call === 'formatChange') return formatChange(result, withLocale);
      return formatResult(result, withLocale);
    }
  }
}

/**
 * Renders every golden case in a locale. `golden.test.ts` compares the result with
 * `<locale>.json`; `npm run golden` writes it there.
 *
 * @example
 * ```ts
 * renderGolden('zh-CN').cases[0]?.output; // '6.91万人'
 * ```
 */
export function renderGolden(locale: FormatLocale): GoldenFile {
  return {
    locale,
    cases: goldenCases.map((golden) => {
      const options = {
        ...('options' in golden ? golden.options : {}),
        ...('perLocale' in golden ? golden.perLocale?.[locale] : {}),
      };
      return {
        id: golden.id,
        call: golden.call,
        ...(golden.source === undefined ? {} : { source: golden.source }),
        input: golden.input,
        options,
        output: render(golden, locale, options),
      };
    }),
  };
}
