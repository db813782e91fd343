import type { Decimal, Unit } from '@edukpi/core';
import { renderTemplate } from '../../locale/_lib/render-template';
import type { TextLocale } from '../../locale/text-locale';
import { formatNumber } from '../../numbers/format-number';

/** What {@link writeUnitValue} writes. */
export interface UnitValue {
  readonly value: Decimal;
  readonly unit: Unit;
  /** The indicator id, for its unit word (人, 台, 间…). */
  readonly id: string;
  readonly locale: TextLocale;
  /** Decimal places; `undefined` writes the value as it is. */
  readonly decimals?: number | undefined;
  readonly keepTrailingZeros?: boolean;
}

/**
 * Writes a value in an indicator unit: `102.72%`, `16.19:1`, `1:15`, `4.35人`, `1.2万元`,
 * `6.12平方米`. Shared by result values, thresholds and the public `formatUnitValue`, so all
 * read alike.
 */
export function writeUnitValue({ value, unit, id, locale, decimals, keepTrailingZeros = false }: UnitValue): string {
  const number = (unitWord?: string, scale: 'auto' | 'none' = 'none') =>
    formatNumber(value, {
      locale,
      keepTrailingZeros,
      scale,
      ...(decimals === undefined ? {} : { decimals }),
      ...(unitWord === undefined || unitWord === '' ? {} : { unit: unitWord }),
    });
  const { templates, units } = locale;
  const indicatorUnit = locale.indicatorUnits[id];
  switch (unit) {
    case 'percent':
      return renderTemplate(templates.percent, { number: number() });
    case 'ratio_to_one':
      return renderTemplate(templates.ratioToOne, { number: number() });
    case 'one_to_ratio':
      return renderTemplate(templates.oneToRatio, { number: number() });
    case 'yuan':
      return number(units.yuan, 'auto');
    case 'square_metres':
      return number(units.squareMetres);
    case 'volumes':
      return number(units.volumes);
    case 'per_100_students':
    case 'per_student':
      return number(indicatorUnit);
    case 'count':
      return number(indicatorUnit, 'auto');
    default:
      return number();
  }
}
