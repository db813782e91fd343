import { Decimal } from '../../../_lib/decimal';
import type { CanonicalInput, IndicatorDefinition } from '../../../definition/define-indicator';
import type { FieldSpecs } from '../../../definition/field-spec';

/**
 * How a group of count fields relates to another count field of the same definition:
 *
 * - `within`: the parts given never add up to more than the whole (公办学校 + 政府购买学位 ≤ 随迁子女
 *   总数). The parts stay in the input: the methods use them.
 * - `add_up`: the parts break the whole down (特教学校 + 随班就读 + 送教上门 = 入学人数). When every part
 *   is given they must add up to the whole exactly; when only some are, they must not exceed it.
 *   The parts are then set aside, so the result does not warn that the method leaves them unused.
 * - `derive`: the whole may be given directly or as its parts (the definition's `inputForms` keep
 *   the two apart); given as parts, the whole is their sum and the parts are set aside, so rows
 *   given either way aggregate into one sum.
 */
export type PartsOfWholeMode = 'within' | 'add_up' | 'derive';

/** The fields a {@link withPartsOfWhole} rule concerns. */
export interface PartsOfWholeRule<F extends FieldSpecs> {
  readonly parts: readonly (keyof F & string)[];
  readonly whole: keyof F & string;
  readonly mode: PartsOfWholeMode;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function sumOf(values: readonly number[]): Decimal {
  return values.reduce((sum, value) => sum.plus(value), new Decimal(0));
}

/**
 * Adds a rule between a group of count fields and another count field to a definition: the check
 * runs inside the input schema, so a bad row of an aggregation is reported with its row index like
 * every other input error; and the canonical input sets the parts aside (or sums them into the
 * whole) as the mode says.
 *
 * This is a work-around: `defineIndicator` knows part ≤ whole for one field over another, not a sum
 * of fields over a field, nor fields that only break another down. Only the definition's
 * `inputSchema` and `canonicalize` are replaced; the JSON Schema is unchanged (it cannot express a
 * sum).
 *
 * @param definition - A definition whose `parts` and `whole` are count fields.
 * @param rule - The parts, the whole and the {@link PartsOfWholeMode}.
 * @returns The same definition with the rule in its input schema and canonical form.
 */
export function withPartsOfWhole<Id extends string, F extends FieldSpecs, M extends string>(
  definition: IndicatorDefinition<Id, F, M>,
  rule: PartsOfWholeRule<F>,
): IndicatorDefinition<Id, F, M> {
  const { parts, whole, mode } = rule;
  const labelOf = (name: string) => definition.fields[name]?.labels ?? { 'zh-CN': name, 'zh-TW': name, en: name };
  const wholeLabels = labelOf(whole);

  const inputSchema = definition.inputSchema.superRefine((input, context) => {
    if (mode === 'derive') return;
    const wholeValue = input[whole];
    if (!isCount(wholeValue)) return;
    const given = parts.filter((name) => input[name] !== undefined);
    const values = given.map((name) => input[name]);
    if (given.length === 0 || !values.every(isCount)) return;
    const sum = sumOf(values);
    const namesZh = given.map((name) => `${labelOf(name)['zh-CN']}(${name})`).join(' + ');
    const namesEn = given.join(' + ');
    const detailEn = given.map((name) => labelOf(name).en).join(', ');
    if (sum.gt(wholeValue)) {
      context.addIssue({
        code: 'custom',
        path: [given[0] ?? whole],
        params: {
          zh: `${namesZh} 合计 ${sum.toString()},不能大于${wholeLabels['zh-CN']}(${whole} = ${wholeValue})`,
          en: `${namesEn} (${detailEn}) add up to ${sum.toString()}, which cannot exceed ${whole} (${wholeLabels.en}, ${wholeValue}).`,
        },
      });
    } else if (mode === 'add_up' && given.length === parts.length && !sum.equals(wholeValue)) {
      context.addIssue({
        code: 'custom',
        path: [whole],
        params: {
          zh: `${namesZh} 合计 ${sum.toString()},应等于${wholeLabels['zh-CN']}(${whole} = ${wholeValue})`,
          en: `${namesEn} (${detailEn}) add up to ${sum.toString()}, but they must add up to ${whole} (${wholeLabels.en}, ${wholeValue}).`,
        },
      });
    }
  });

  const canonicalize = (input: Parameters<typeof definition.canonicalize>[0]): CanonicalInput => {
    const canonical: Record<string, CanonicalInput[string]> = { ...definition.canonicalize(input) };
    if (mode === 'within') return canonical;
    if (mode === 'derive' && canonical[whole] === undefined) {
      const values = parts.map((name) => canonical[name]);
      if (values.every(isCount)) canonical[whole] = sumOf(values);
    }
    for (const name of parts) delete canonical[name];
    return canonical;
  };

  return { ...definition, inputSchema, canonicalize };
}
