import { describeValue, InvalidOptionError } from '@edukpi/core';
import { basicBalance2012, qualityBalance2017, type Regime, type RegimeEvaluation } from '@edukpi/standards';

const builtInRegimes: readonly Regime[] = [qualityBalance2017, basicBalance2012];

/**
 * @internal The school rule (6 of 7 at standard, the rest at least 85%) of the regime an evaluation
 * was made under: as the evaluation states it (`resources.schoolRule`), else — for an evaluation
 * serialised before it did — from `regime` when given (it must be that regime: same id), else from
 * the built-in regime with the evaluation's id; `null` when the regime has none or is unknown.
 *
 * @throws {InvalidOptionError} when `regime` is not a regime or not the evaluation's.
 */
export function schoolRuleOf(
  evaluation: RegimeEvaluation,
  regime: unknown,
): { readonly minimumAtStandard: number; readonly floorShare: string } | null {
  const stated = evaluation.resources?.schoolRule;
  if (regime === undefined && stated !== undefined) return stated;
  if (regime === undefined) {
    const builtIn = builtInRegimes.find((candidate) => candidate.id === evaluation.regime.id);
    return builtIn?.resources?.schoolRule ?? null;
  }
  if (typeof regime !== 'object' || regime === null || typeof (regime as Regime).id !== 'string') {
    throw new InvalidOptionError({
      path: ['options', 'regime'],
      messageZh: `regime 应为评估办法对象(如 qualityBalance2017),收到 ${describeValue(regime)}`,
      messageEn: `regime must be a regime object such as qualityBalance2017 (got ${describeValue(regime)}).`,
    });
  }
  const { id } = regime as Regime;
  if (id !== evaluation.regime.id) {
    throw new InvalidOptionError({
      path: ['options', 'regime'],
      messageZh: `regime(${id})不是该评估所用的评估办法(${evaluation.regime.id})`,
      messageEn: `regime ${id} is not the regime the evaluation was made under (${evaluation.regime.id}).`,
    });
  }
  return stated ?? (regime as Regime).resources?.schoolRule ?? null;
}
