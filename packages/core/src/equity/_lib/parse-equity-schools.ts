import { z } from 'zod';
import { Decimal, toDecimal } from '../../_lib/decimal';
import { countSchema, nonNegativeDecimalSchema } from '../../_lib/decimal-schema';
import { describeIssue, type FieldNamer } from '../../_lib/describe-issue';
import { describeValue } from '../../_lib/describe-value';
import type { ErrorPathSegment } from '../../errors/edukpi-error';
import { type InputIssue, InvalidInputError } from '../../errors/invalid-input-error';
import type { EquityScale, ExcludedSchool } from './equity-school';

/**
 * A school that takes part in the measure (it has students), in exact form.
 *
 * The figure is kept as the exact pair (`mass`, `students`): Xᵢ = mass ÷ students, where
 * mass = PᵢXᵢ is exact in both input forms (value × students, or total × scale). Measures
 * work with `mass` and `students` and divide once at the end.
 */
export interface EquitySchoolPart {
  /** Position in the input array. */
  readonly index: number;
  /** The school's `id`, or `null`. */
  readonly id: string | null;
  readonly group: string | undefined;
  /** Pᵢ, > 0. */
  readonly students: Decimal;
  /** Pᵢ as a number (a safe integer). */
  readonly studentCount: number;
  /** PᵢXᵢ, exact. */
  readonly mass: Decimal;
  /** Xᵢ: exact for a `value` school; for a `total` school total × scale ÷ students to 64 significant digits. */
  readonly value: Decimal;
}

/** The validated schools of one measure: who takes part, who was left out, and the exact sums. */
export interface EquityPopulation {
  readonly schools: readonly EquitySchoolPart[];
  readonly excluded: readonly ExcludedSchool[];
  /** ΣPᵢ over the included schools, exact. */
  readonly totalStudents: Decimal;
  /** ΣPᵢXᵢ over the included schools, exact (equals Σtotal × scale when every school gives its total). */
  readonly totalMass: Decimal;
}

/** The zod schema of one school of an equity measure (the value/total rule is checked by the measure). */
export const equitySchoolSchema = z.strictObject({
  id: z.string().optional(),
  students: countSchema,
  value: nonNegativeDecimalSchema.optional(),
  total: nonNegativeDecimalSchema.optional(),
  group: z.string().optional(),
});

const fieldNames: Record<string, { zh: string; en: string }> = {
  students: { zh: '在校学生数', en: 'enrolled students' },
  value: { zh: '生均值', en: 'per-student value' },
  total: { zh: '资源总量', en: 'resource total' },
  id: { zh: '学校标识', en: 'school id' },
  group: { zh: '分组', en: 'group' },
};

const nameSchoolField: FieldNamer = (name) => fieldNames[name] ?? { zh: name, en: name };

function pathText(index: number, field?: string): string {
  return `schools[${index}]${field === undefined ? '' : `.${field}`}`;
}

/** Describes a zod issue on one school; strings and objects get messages of their own. */
function describeSchoolIssue(issue: z.core.$ZodIssue, school: unknown, index: number): InputIssue {
  const prefix: readonly ErrorPathSegment[] = ['schools', index];
  if (issue.code === 'invalid_type' && issue.expected === 'string' && issue.path.length === 1) {
    const field = String(issue.path[0]);
    const label = nameSchoolField(field);
    const received = describeValue((school as Record<string, unknown>)[field]);
    return {
      path: [...prefix, field],
      messageZh: `${label.zh}(${pathText(index, field)})应为字符串,收到 ${received}`,
      messageEn: `${pathText(index, field)} (${label.en}) must be a string (got ${received}).`,
    };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return {
      path: [...prefix, issue.keys[0] ?? ''],
      messageZh: `${pathText(index)} 有未知字段 ${keys};可用字段:id、students、value、total、group`,
      messageEn: `${pathText(index)} has unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}; the fields are id, students, value, total and group.`,
    };
  }
  return describeIssue(issue, school, nameSchoolField, prefix);
}

function isPresent(school: Record<string, unknown>, field: string): boolean {
  return Object.hasOwn(school, field) && school[field] !== undefined;
}

/** The issues of one school, or its parsed form. */
function checkSchool(
  school: unknown,
  index: number,
  requireGroup: boolean,
): { issues: InputIssue[]; parsed?: z.infer<typeof equitySchoolSchema> } {
  if (typeof school !== 'object' || school === null || Array.isArray(school)) {
    const received = describeValue(school);
    return {
      issues: [
        {
          path: ['schools', index],
          messageZh: `学校(${pathText(index)})应为对象 { students, value } 或 { students, total },收到 ${received}`,
          messageEn: `${pathText(index)} must be an object { students, value } or { students, total } (got ${received}).`,
        },
      ],
    };
  }
  const parsed = equitySchoolSchema.safeParse(school);
  const issues = parsed.success ? [] : parsed.error.issues.map((issue) => describeSchoolIssue(issue, school, index));
  const record = school as Record<string, unknown>;
  const hasValue = isPresent(record, 'value');
  const hasTotal = isPresent(record, 'total');
  if (hasValue && hasTotal) {
    issues.push({
      path: ['schools', index, 'total'],
      messageZh: `${pathText(index)} 只能给出 value(生均值)或 total(资源总量)之一,不能同时给出`,
      messageEn: `${pathText(index)}: give either value (the per-student figure) or total (the resource total), not both.`,
    });
  } else if (!hasValue && !hasTotal) {
    issues.push({
      path: ['schools', index, 'value'],
      messageZh: `${pathText(index)} 缺少 value(生均值)或 total(资源总量):请给出其中之一`,
      messageEn: `${pathText(index)} is missing its figure: give value (the per-student figure) or total (the resource total).`,
    });
  }
  if (requireGroup && !isPresent(record, 'group')) {
    issues.push({
      path: ['schools', index, 'group'],
      messageZh: `${pathText(index)} 缺少 group(分组):按组分解时每所学校都要给出分组`,
      messageEn: `${pathText(index)} is missing its group: with groupBy, every school needs one.`,
    });
  }
  return parsed.success ? { issues, parsed: parsed.data } : { issues };
}

/**
 * Validates the schools of an equity measure and turns them into exact parts. Schools with no
 * students are left out here, before any ratio is taken, and listed in `excluded`.
 *
 * @throws {InvalidInputError} listing every problem, with paths `['schools', i, field]`.
 */
export function parseEquitySchools(
  schools: unknown,
  { indicatorId, scale, requireGroup = false }: { indicatorId: string; scale: EquityScale; requireGroup?: boolean },
): EquityPopulation {
  if (!Array.isArray(schools)) {
    const received = describeValue(schools);
    throw new InvalidInputError({
      indicatorId,
      issues: [
        {
          path: ['schools'],
          messageZh: `schools(学校列表)应为数组,收到 ${received}`,
          messageEn: `schools must be an array of schools (got ${received}).`,
        },
      ],
    });
  }
  const issues: InputIssue[] = [];
  const parts: EquitySchoolPart[] = [];
  const excluded: ExcludedSchool[] = [];
  const scaleFactor = new Decimal(scale);
  let totalStudents = new Decimal(0);
  let totalMass = new Decimal(0);
  schools.forEach((school: unknown, index) => {
    const checked = checkSchool(school, index, requireGroup);
    issues.push(...checked.issues);
    const parsed = checked.parsed;
    if (parsed === undefined || checked.issues.length > 0) return;
    if (parsed.students === 0) {
      const named = parsed.id === undefined ? '' : `(${parsed.id})`;
      const namedEn = parsed.id === undefined ? '' : ` (${parsed.id})`;
      excluded.push({
        index,
        id: parsed.id ?? null,
        reason: 'no_students',
        message: {
          zh: `${pathText(index)}${named}在校学生数为 0,已在计算前排除`,
          en: `${pathText(index)}${namedEn} has no students and is left out before any ratio is taken.`,
        },
      });
      return;
    }
    const students = new Decimal(parsed.students);
    let mass: Decimal;
    let value: Decimal;
    if (parsed.value !== undefined) {
      value = toDecimal(parsed.value);
      mass = value.times(students);
    } else {
      mass = toDecimal(parsed.total ?? 0).times(scaleFactor);
      value = mass.div(students);
    }
    totalStudents = totalStudents.plus(students);
    totalMass = totalMass.plus(mass);
    parts.push({
      index,
      id: parsed.id ?? null,
      group: parsed.group,
      students,
      studentCount: parsed.students,
      mass,
      value,
    });
  });
  const [first, ...rest] = issues;
  if (first !== undefined) throw new InvalidInputError({ indicatorId, issues: [first, ...rest] });
  if (totalStudents.gt(Number.MAX_SAFE_INTEGER)) {
    throw new InvalidInputError({
      indicatorId,
      issues: [
        {
          path: ['schools'],
          messageZh: `学生总数 ${totalStudents.toString()} 超出可精确表示的整数范围`,
          messageEn: `the total of students, ${totalStudents.toString()}, is beyond the safe integer range.`,
        },
      ],
    });
  }
  return { schools: parts, excluded, totalStudents, totalMass };
}
