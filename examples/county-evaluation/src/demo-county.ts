import { validateWithSchema } from '@edukpi/core';
import { type SchoolRecord, schoolFieldNames, schoolRecordSchema } from '@edukpi/standards';
import demoCountyJson from '../data/demo-county.json' with { type: 'json' };

/** A county's data set, as `data/demo-county.json` holds it. */
export interface DemoCounty {
  readonly county: { readonly nameZh: string; readonly nameEn: string; readonly province: string };
  readonly schoolYear: string;
  /** The school table the county files with the statistics system. */
  readonly schools: readonly SchoolRecord[];
  /** County-level inputs of the items of 优质均衡 2017, by item id. */
  readonly items: Readonly<Record<string, unknown>>;
  /** County-level inputs of the items of 基本均衡 2012, by item id. */
  readonly items2012: Readonly<Record<string, unknown>>;
}

/**
 * Loads the bundled demo county (示范县, school year 2023-2024): 60 fictional schools in five
 * townships and the county-level inputs of every item. Each school is checked against the
 * school schema of `@edukpi/standards`, so an edit that breaks the file fails here with the field
 * named in Chinese and English.
 *
 * @returns The demo data, typed.
 * @throws {InvalidInputError} when a school record in the JSON is malformed.
 *
 * @example
 * ```ts
 * loadDemoCounty().schools.length; // 60
 * ```
 */
export function loadDemoCounty(): DemoCounty {
  return {
    county: demoCountyJson.county,
    schoolYear: demoCountyJson.schoolYear,
    schools: demoCountyJson.schools.map(
      (school, index): SchoolRecord =>
        validateWithSchema(schoolRecordSchema, school, { fieldNames: schoolFieldNames, path: ['schools', index] }),
    ),
    items: demoCountyJson.items,
    items2012: demoCountyJson.items2012,
  };
}
