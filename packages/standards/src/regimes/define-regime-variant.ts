import type { ScopeOptions } from '../scope/scope-options';
import type { EvaluatedStage, Regime, RegimeItem, ResourceIndicatorId } from './regime';

/** What a provincial variant changes: everything optional, nothing copied by hand. */
export interface RegimeVariantChanges {
  readonly id?: string;
  readonly version?: string;
  readonly labels?: Regime['labels'];
  readonly source?: string;
  readonly scope?: ScopeOptions;
  /** New standards of resource indicators, by indicator and stage. */
  readonly standards?: { readonly [K in ResourceIndicatorId]?: { readonly [S in EvaluatedStage]?: string } };
  /** New CV thresholds. */
  readonly coefficientThresholds?: { readonly [S in EvaluatedStage]?: string };
  /** New thresholds of existing items, by item id. */
  readonly itemThresholds?: Readonly<Record<string, string>>;
  /** Items to add (a province's own). */
  readonly addItems?: readonly RegimeItem[];
  /** Items to leave out, by id. */
  readonly removeItems?: readonly string[];
}

/**
 * Makes a provincial variant of a regime as a small override: stricter standards, other CV
 * thresholds, other item thresholds, added or removed items, another scope — without copying
 * the regime. The variant gets its own id and version (defaults: `<base id>+variant`, `<base
 * version>+variant`) so every evaluation says which rules it applied.
 *
 * @param base - The regime to start from.
 * @param changes - What differs.
 * @returns The variant.
 * @throws {Error} when a change names an indicator or item the base does not have.
 *
 * @example
 * ```ts
 * const henan = defineRegimeVariant(qualityBalance2017, {
 *   id: 'quality_balance_2017_henan',
 *   itemThresholds: { teacher_rotation: '15' },
 *   standards: { equipment_value_per_student: { primary: '2200' } },
 * });
 * ```
 */
export function defineRegimeVariant(base: Regime, changes: RegimeVariantChanges): Regime {
  const knownIndicators = new Set(base.resources?.indicators.map((rule) => rule.indicator) ?? []);
  for (const indicator of Object.keys(changes.standards ?? {})) {
    if (!knownIndicators.has(indicator as ResourceIndicatorId)) {
      throw new Error(`${base.id} has no resource indicator ${indicator} to change`);
    }
  }
  const knownItems = new Set(base.items.map((item) => item.id));
  for (const id of [...Object.keys(changes.itemThresholds ?? {}), ...(changes.removeItems ?? [])]) {
    if (!knownItems.has(id)) throw new Error(`${base.id} has no item ${id}`);
  }
  const removed = new Set(changes.removeItems ?? []);
  const items = base.items
    .filter((item) => !removed.has(item.id))
    .map((item) => {
      const threshold = changes.itemThresholds?.[item.id];
      if (threshold === undefined) return item;
      if (!('threshold' in item)) throw new Error(`item ${item.id} of ${base.id} has no threshold to change`);
      // The label states the national number; the note says this variant's, so no reader is misled.
      const note = {
        zh: `本口径阈值为 ${threshold}(国家口径 ${item.threshold})`,
        en: `this variant's threshold is ${threshold} (nationally ${item.threshold})`,
      };
      return { ...item, threshold, note };
    });
  const resources =
    base.resources === undefined
      ? undefined
      : {
          ...base.resources,
          indicators: base.resources.indicators.map((rule) => {
            const standards = changes.standards?.[rule.indicator];
            return standards === undefined ? rule : { ...rule, standards: { ...rule.standards, ...standards } };
          }),
          coefficients: {
            ...base.resources.coefficients,
            thresholds: { ...base.resources.coefficients.thresholds, ...changes.coefficientThresholds },
          },
        };
  return {
    ...base,
    id: changes.id ?? `${base.id}+variant`,
    version: changes.version ?? `${base.version}+variant`,
    labels: changes.labels ?? base.labels,
    source: changes.source ?? base.source,
    scope: { ...base.scope, ...changes.scope },
    ...(resources === undefined ? {} : { resources }),
    items: [...items, ...(changes.addItems ?? [])],
  };
}
