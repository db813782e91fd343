import { Decimal } from '@edukpi/core';
import type { ExactNumber, PreparedRule } from '../../engine/_lib/prepare-rule';
import { reaches } from '../../engine/evaluate-resources';
import { splitSchoolLazily } from '../../split/_lib/split-school-lazily';
import type { StageSchool } from '../../split/stage-school';
import { isGiven, type OptionalNumberColumn, type SchoolColumns } from '../school-columns';
import { schoolRecordAt } from '../school-records-from-columns';
import type { GatheredStageSchools } from './gather-stage-schools';

/**
 * Decides the comparisons the screen cannot call in doubles, exactly, as `evaluateRegime` would.
 * A whole school's numerator is read from the columns (a double is exactly its shortest decimal,
 * as the record form reads it); a split school's share, or an equipment value given in 万元, goes
 * through the engine's exact split of the school's record.
 */
export class CloseCalls {
  readonly #columns: SchoolColumns;
  readonly #gathered: GatheredStageSchools;
  readonly #stageSchools = new Map<number, StageSchool>();

  constructor(columns: SchoolColumns, gathered: GatheredStageSchools) {
    this.#columns = columns;
    this.#gathered = gathered;
  }

  /** Stage school `j` as the engine splits it, exact resources on first read. */
  stageSchool(j: number): StageSchool {
    let school = this.#stageSchools.get(j);
    if (school === undefined) {
      const stage = this.#gathered.stageCode[j] === 0 ? 'primary' : 'junior';
      const split = splitSchoolLazily(schoolRecordAt(this.#columns, this.#gathered.rows[j] as number));
      school = split.find((candidate) => candidate.stage === stage) as StageSchool;
      this.#stageSchools.set(j, school);
    }
    return school;
  }

  /** Whether stage school `j` reaches `factor` × `standard` of `entry` (`scaled`: its amount × scale as a double). */
  reaches(j: number, entry: PreparedRule, scaled: number, standard: ExactNumber, factor: ExactNumber | null): boolean {
    const numerator = this.#wholeNumerator(j, entry);
    if (numerator === null) return reaches(this.stageSchool(j), entry, scaled, standard, factor);
    const students = this.#gathered.studentsOf[j] as number;
    const required = standard.exact.times(students).times(factor === null ? 1 : factor.exact);
    return numerator.times(entry.scaleDecimal).gte(required);
  }

  /** The exact numerator of a whole (unsplit) school read from the columns; `null` when it must come from the record. */
  #wholeNumerator(j: number, entry: PreparedRule): Decimal | null {
    const { rows, splitOf, stageCode } = this.#gathered;
    if (splitOf[j] === 1) return null;
    const row = rows[j] as number;
    const { source } = entry.numerator;
    if ('stageCounts' in source) {
      const figures = stageCode[j] === 0 ? this.#columns.primary : this.#columns.junior;
      if (figures === undefined) return null;
      return source.stageCounts.reduce(
        (sum, field) => sum.plus((figures[field] as OptionalNumberColumn)[row] as number),
        new Decimal(0),
      );
    }
    if (source.resource === 'equipmentValue') {
      const inYuan = this.#columns.equipmentValue?.[row];
      return isGiven(inYuan) ? new Decimal(inYuan) : null;
    }
    return new Decimal(this.#columns[source.resource][row] as number);
  }
}
