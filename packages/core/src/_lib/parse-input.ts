import type { CanonicalInput, IndicatorDefinition } from '../definition/define-indicator';
import type { FieldSpecs } from '../definition/field-spec';
import type { ErrorPathSegment } from '../errors/edukpi-error';
import type { InputIssue } from '../errors/invalid-input-error';
import { describeIssue, type FieldNamer } from './describe-issue';

type AnyDefinition = IndicatorDefinition<string, FieldSpecs, string>;

const namers = new WeakMap<AnyDefinition, FieldNamer>();

/** Names a field in messages by its labels; `amountWan` is named as `amount` in 万元. */
function fieldNamer(definition: AnyDefinition): FieldNamer {
  let namer = namers.get(definition);
  if (namer === undefined) {
    namer = (name) => {
      const direct = definition.fields[name];
      if (direct !== undefined) return { zh: direct.labels['zh-CN'], en: direct.labels.en };
      const base = name.endsWith('Wan') ? definition.fields[name.slice(0, -3)] : undefined;
      if (base !== undefined) return { zh: `${base.labels['zh-CN']}(万元)`, en: `${base.labels.en} in 10,000 yuan` };
      for (const field of Object.values(definition.fields)) {
        const itemLabels = field.itemLabels?.[name];
        if (itemLabels !== undefined) return { zh: itemLabels['zh-CN'], en: itemLabels.en };
      }
      return { zh: name, en: name };
    };
    namers.set(definition, namer);
  }
  return namer;
}

/** The outcome of checking one input: its canonical form, or every issue found. */
export type ParsedOutcome =
  | { readonly ok: true; readonly canonical: CanonicalInput }
  | { readonly ok: false; readonly issues: readonly [InputIssue, ...InputIssue[]] };

/**
 * Validates an input against a definition's zod schema and converts it to canonical form.
 * Issues name the field (with `prefix`, e.g. `['rows', 3]`) in Chinese and English.
 */
export function parseInput(
  definition: AnyDefinition,
  input: unknown,
  prefix: readonly ErrorPathSegment[] = [],
): ParsedOutcome {
  const parsed = definition.inputSchema.safeParse(input);
  if (parsed.success) return { ok: true, canonical: definition.canonicalize(parsed.data) };
  const namer = fieldNamer(definition);
  const [first, ...rest] = parsed.error.issues.map((issue) => describeIssue(issue, input, namer, prefix));
  if (first === undefined) throw new Error('unreachable: a failed parse has issues');
  return { ok: false, issues: [first, ...rest] };
}
