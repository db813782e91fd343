import type { BilingualText } from '@edukpi/core';
import { type SchoolStageName, schoolFieldNames, stageCountFields } from '@edukpi/standards';

/** Where a column of the file goes in `SchoolColumns`. */
export type ColumnTarget =
  | { readonly kind: 'text'; readonly field: 'county' | 'id' | 'name' | 'type' | 'ownership' }
  | { readonly kind: 'count'; readonly stage: SchoolStageName; readonly field: (typeof stageCountFields)[number] }
  | {
      readonly kind: 'amount';
      readonly field:
        | 'teachingArea'
        | 'sportsArea'
        | 'equipmentValue'
        | 'equipmentValueWan'
        | 'computers'
        | 'books'
        | 'multimediaClassrooms';
    };

/** One column of the province file: its name, where it goes, its label, and whether it must be there. */
export interface ProvinceColumn {
  /** The column's name in the file: the `SchoolColumns` field in snake_case, stage fields prefixed (`primary_students`). */
  readonly name: string;
  readonly target: ColumnTarget;
  readonly label: BilingualText;
  /**
   * `required`: always; `optional`: may be left out (`name`); `stage`: a senior stage's columns,
   * all there or none; `equipment`: at least one of `equipment_value` (元) and `equipment_value_wan` (万元).
   */
  readonly presence: 'required' | 'optional' | 'stage' | 'equipment';
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

const stageLabels: Readonly<Record<SchoolStageName, BilingualText>> = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior' },
  senior: { zh: '高中', en: 'senior' },
};

const fieldLabel = (field: string): BilingualText =>
  field === 'county' ? { zh: '区县', en: 'county' } : (schoolFieldNames[field] ?? { zh: field, en: field });

const text = (field: 'county' | 'id' | 'name' | 'type' | 'ownership', presence: 'required' | 'optional') =>
  ({ name: field, target: { kind: 'text', field }, label: fieldLabel(field), presence }) as const;

const amount = (field: Extract<ColumnTarget, { kind: 'amount' }>['field'], presence: 'required' | 'equipment') =>
  ({ name: snakeCase(field), target: { kind: 'amount', field }, label: fieldLabel(field), presence }) as const;

const stageColumns = (stage: SchoolStageName, presence: 'required' | 'stage'): ProvinceColumn[] =>
  stageCountFields.map((field) => ({
    name: `${stage}_${snakeCase(field)}`,
    target: { kind: 'count', stage, field },
    label: {
      zh: `${stageLabels[stage].zh}${fieldLabel(field).zh}`,
      en: `${stageLabels[stage].en} ${fieldLabel(field).en}`,
    },
    presence,
  }));

/**
 * The columns a province file holds, in the order the bundled CSV writes them: identity, the nine
 * counts of each stage (primary and junior required, senior all or none), then the resource totals
 * (areas in m², the equipment value in 元 or 万元, computers, books, multimedia classrooms).
 */
export const provinceColumns: readonly ProvinceColumn[] = [
  text('county', 'required'),
  text('id', 'required'),
  text('name', 'optional'),
  text('type', 'required'),
  text('ownership', 'required'),
  ...stageColumns('primary', 'required'),
  ...stageColumns('junior', 'required'),
  ...stageColumns('senior', 'stage'),
  amount('teachingArea', 'required'),
  amount('sportsArea', 'required'),
  amount('equipmentValue', 'equipment'),
  amount('equipmentValueWan', 'equipment'),
  amount('computers', 'required'),
  amount('books', 'required'),
  amount('multimediaClassrooms', 'required'),
];
