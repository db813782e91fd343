import demoCountyJson from '../data/demo-county.json' with { type: 'json' };

/** The stages the demo schools teach: 小学 (grades 1–6) or 初中 (grades 7–9). */
export type SchoolStage = 'primary' | 'junior';

/** A cohort's counts for a consolidation rate (巩固率): the inputs of both consolidation indicators. */
export interface ConsolidationCohort {
  /** Graduates this year (本年毕业生数). */
  readonly graduates: number;
  /** The cohort's intake at its entry grade (grade 1 nine years earlier, or grade 7 three years earlier). */
  readonly entrants: number;
  readonly transfersIn: number;
  readonly transfersOut: number;
  readonly deaths: number;
}

/** A school's after-school service (课后服务) figures. */
export interface AfterSchoolFigures {
  readonly participants: number;
  readonly enrolled: number;
  readonly teachersParticipating: number;
  readonly teachers: number;
  readonly offersAfterSchool: boolean;
}

/** A school's student aid (学生资助) figures; the amount is in 万元, as a decimal string kept exact. */
export interface StudentAidFigures {
  readonly aided: number;
  readonly eligible: number;
  readonly amountWan: string;
}

/** One school of the demo county. */
export interface DemoSchool {
  readonly id: string;
  readonly name: string;
  readonly township: string;
  readonly stage: SchoolStage;
  readonly boarding: boolean;
  /** A village primary school (村小), which national after-school monitoring leaves out of scope. */
  readonly village: boolean;
  /** The grade-7 cohort for 初中三年巩固率; junior schools only. */
  readonly consolidation?: ConsolidationCohort;
  readonly afterSchool: AfterSchoolFigures;
  readonly studentAid: StudentAidFigures;
}

/** The figures only the county as a whole reports. */
export interface CountyFigures {
  /** The county's grade-1 cohort of nine years earlier, for 九年义务教育巩固率. */
  readonly nineYearCohort: ConsolidationCohort;
  /** 学科类校外培训机构数 before and after the 双减 reduction. */
  readonly tutoringInstitutions: { readonly before: number; readonly after: number };
  /** 在校生数 last school year and this one. */
  readonly enrolment: { readonly previous: number; readonly current: number };
  /** 学校数 before and after the layout adjustment (布局调整). */
  readonly schools: { readonly before: number; readonly after: number };
}

/** A county's data set, as `data/demo-county.json` holds it. */
export interface DemoCounty {
  readonly county: { readonly nameZh: string; readonly nameEn: string };
  readonly schoolYear: string;
  readonly countyFigures: CountyFigures;
  readonly schools: readonly DemoSchool[];
}

function toSchoolStage(stage: string, schoolId: string): SchoolStage {
  if (stage === 'primary' || stage === 'junior') return stage;
  throw new Error(`School ${schoolId}: stage must be 'primary' or 'junior' (got '${stage}').`);
}

/**
 * Loads the bundled demo county (示范县, school year 2023-2024): 8 fictional schools in 3
 * townships plus the county-level figures.
 *
 * @returns The demo data, typed.
 * @throws {Error} when a school's `stage` is neither `primary` nor `junior`.
 *
 * @example
 * ```ts
 * loadDemoCounty().schools.length; // 8
 * ```
 */
export function loadDemoCounty(): DemoCounty {
  return {
    county: demoCountyJson.county,
    schoolYear: demoCountyJson.schoolYear,
    countyFigures: demoCountyJson.countyFigures,
    schools: demoCountyJson.schools.map((school) => ({ ...school, stage: toSchoolStage(school.stage, school.id) })),
  };
}
