import { getIndicatorDefinition, type IndicatorId, type IndicatorResult, isIndicatorId } from '@edukpi/core';
import type { TextLocale } from '../../locale/text-locale';

/** An input as a sentence names it: its label and the unit word of its amount. */
export interface TermWords {
  /** The label without a trailing 数 or a unit in brackets: `参加课后服务学生`, `特殊教育学校公用经费`. */
  readonly label: string;
  /** The unit word of its amount (`人`, `所`, `元`, `平方米`), `''` when none can be told. */
  readonly unit: string;
}

/** The input a result's numerator is, as a sentence names it. */
export interface NumeratorTerm extends TermWords {
  /** The input's name, e.g. `participants`. */
  readonly name: string;
}

const people = /(教师|教師|学生|學生|生|幼儿|幼兒|儿童|兒童|少年|人员|人員|人|者|家长|家長)$/;
const schools = /(学校|學校|幼儿园|幼兒園|园|園|校|教学点|教學點)$/;
const bracketUnit = /\s*[((]([^()()]+)[))]$/;

/**
 * How a sentence names an input with the label `label` (in the locale's script, already
 * adapted): a unit in brackets becomes the unit word (`教学仪器设备值(元)` → `教学仪器设备值`, 元;
 * `(m²)` → 平方米), `…人数` becomes `…` with 人, a trailing 数 is dropped and a count of people or
 * schools gets 人 or 所.
 */
export function termWords(label: string, kind: 'count' | 'amount' | string, locale: TextLocale): TermWords {
  const bracket = bracketUnit.exec(label);
  if (bracket !== null) {
    const unit = bracket[1] ?? '';
    const word =
      unit === '元' || unit === 'yuan' ? locale.units.yuan : unit === 'm²' ? locale.units.squareMetres : unit;
    return { label: label.slice(0, bracket.index), unit: word };
  }
  if (/人[数數]$/.test(label)) return { label: label.slice(0, -2), unit: locale.units.person };
  const bare = label.replace(/[数數]$/, '');
  if (kind !== 'count') return { label: bare, unit: '' };
  return {
    label: bare,
    unit: people.test(bare) ? locale.units.person : schools.test(bare) ? locale.units.school : '',
  };
}

/**
 * The catalogue input whose value is the result's numerator (for the ratio indicators, the part:
 * `participants` of 课后服务学生参与率), with its label and unit word; `null` when the indicator is
 * not in the catalogue or no single input is the numerator.
 */
export function numeratorTerm(result: IndicatorResult, locale: TextLocale): NumeratorTerm | null {
  if (!isIndicatorId(result.id)) return null;
  const fields = getIndicatorDefinition(result.id as IndicatorId).fields as Readonly<
    Record<string, { readonly kind: string; readonly labels: Readonly<Record<string, string>> }>
  >;
  for (const [name, field] of Object.entries(fields)) {
    const input = result.inputs[name];
    if (input === undefined || !input.equals(result.numerator) || field.kind === 'items') continue;
    return { name, ...termWords(locale.adaptLabel(field.labels[locale.script] ?? name), field.kind, locale) };
  }
  return null;
}
