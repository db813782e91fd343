import {
  type SchoolRecord,
  schoolRecordSchema,
  schoolStages,
  schoolTypes,
  stageCountFields,
  stageFiguresSchema,
  stagesOfSchoolType,
} from '../school-record';

// A quick check that accepts only records `schoolRecordSchema` accepts too, so a national table of
// well-formed schools skips the schema; anything it does not accept (a decimal string, a Decimal,
// a missing field, an unknown key…) goes through the schema, which says exactly what is wrong.
// A property test checks that it never accepts what the schema rejects.

const stageKeys = new Set(Object.keys(stageFiguresSchema.shape));
const schoolKeys = new Set(Object.keys(schoolRecordSchema.shape));
const requiredAmounts = ['teachingArea', 'sportsArea', 'computers', 'books', 'multimediaClassrooms'] as const;
const optionalAmounts = ['equipmentValue', 'equipmentValueWan', 'musicRoomArea', 'artRoomArea'] as const;
const types = new Set<string>(schoolTypes);
const areas = new Set(['urban', 'town', 'rural']);
const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;
const isAmount = (value: unknown): boolean =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && !Object.is(value, -0);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function hasOnly(value: Record<string, unknown>, keys: ReadonlySet<string>): boolean {
  for (const key in value) if (!keys.has(key)) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}

function isClearlyValidStage(value: unknown): boolean {
  if (!isPlainObject(value) || !hasOnly(value, stageKeys)) return false;
  for (const key of stageCountFields) if (!isCount(value[key])) return false;
  if (value.certifiedTeachers !== undefined && !isCount(value.certifiedTeachers)) return false;
  const sizes = value.classSizes;
  return sizes === undefined || (Array.isArray(sizes) && sizes.every(isCount));
}

/**
 * Whether `value` is clearly a valid school record: plain numbers and strings where the schema
 * wants them, nothing unknown, the stages its type allows. `false` means "ask the schema", not
 * "invalid".
 */
export function isClearlyValidSchool(value: unknown): value is SchoolRecord {
  if (!isPlainObject(value) || !hasOnly(value, schoolKeys)) return false;
  const { id, name, township, area, type, ownership, boarding } = value;
  if (typeof id !== 'string' || id.length === 0 || typeof name !== 'string' || name.length === 0) return false;
  if (township !== undefined && typeof township !== 'string') return false;
  if (area !== undefined && !areas.has(area as string)) return false;
  if (!types.has(type as string) || (ownership !== 'public' && ownership !== 'private')) return false;
  if (boarding !== undefined && typeof boarding !== 'boolean') return false;
  for (const key of requiredAmounts) if (!isAmount(value[key])) return false;
  for (const key of optionalAmounts) if (value[key] !== undefined && !isAmount(value[key])) return false;
  if ((value.equipmentValue === undefined) === (value.equipmentValueWan === undefined)) return false;
  for (const key of ['musicRooms', 'artRooms'] as const) {
    if (value[key] !== undefined && !isCount(value[key])) return false;
  }
  const allowed = stagesOfSchoolType[type as (typeof schoolTypes)[number]];
  let present = 0;
  for (const stage of schoolStages) {
    if (value[stage] === undefined) continue;
    if (!isClearlyValidStage(value[stage])) return false;
    if (allowed.length > 0 && !allowed.includes(stage)) return false;
    present += 1;
  }
  return allowed.length === 0 || present > 0;
}
