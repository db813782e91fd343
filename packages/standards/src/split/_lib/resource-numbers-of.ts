import type { SchoolRecord } from '../../school/school-record';
import type { SplitResource } from '../stage-school';

/** A school's resource totals as JavaScript numbers (equipment in 元), for decisions clear by a wide margin. */
export function resourceNumbersOf(school: SchoolRecord): Record<SplitResource, number> {
  return {
    teachingArea: Number(school.teachingArea),
    sportsArea: Number(school.sportsArea),
    equipmentValue:
      school.equipmentValue === undefined
        ? Number(school.equipmentValueWan ?? 0) * 10_000
        : Number(school.equipmentValue),
    computers: Number(school.computers),
    books: Number(school.books),
    multimediaClassrooms: Number(school.multimediaClassrooms),
  };
}
