import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SchoolStageName, SchoolType } from '@edukpi/standards';
import { provinceColumns } from './province-columns';

// Writes data/province-schools.csv: a fictional province, 示范省, of six counties and 128 schools,
// the same every run (a seeded generator). Run `npx tsx src/_lib/generate-province-csv.ts` after an
// edit; a test checks that the file on disk is what this script writes.
//
// Every school meets each 2017 standard by a random 12–62% margin, except where a plan says
// otherwise in `factors` (the value as a share of the standard): that is how the counties that
// fail are made to fail, on purpose and visibly.

type Factor = 'qualified' | 'key' | 'peArts' | 'teaching' | 'sports' | 'equipment' | 'multimedia';

interface SchoolPlan {
  readonly name: string;
  readonly type: SchoolType;
  /** Students of the primary, junior and senior stage (0: not taught). */
  readonly students: readonly [number, number, number];
  readonly ownership?: 'private';
  /** Values as shares of the standard, in place of the random margin. */
  readonly factors?: Partial<Record<Factor, number>>;
}

interface CountyPlan {
  readonly name: string;
  readonly schools: readonly SchoolPlan[];
}

const primary = (name: string, students: number, extra: Partial<SchoolPlan> = {}): SchoolPlan => ({
  name,
  type: 'primary',
  students: [students, 0, 0],
  ...extra,
});
const junior = (name: string, students: number, extra: Partial<SchoolPlan> = {}): SchoolPlan => ({
  name,
  type: 'junior',
  students: [0, students, 0],
  ...extra,
});
const nineYear = (name: string, primaryStudents: number, juniorStudents: number, extra: Partial<SchoolPlan> = {}) =>
  ({ name, type: 'nine_year', students: [primaryStudents, juniorStudents, 0], ...extra }) as SchoolPlan;
const completeSecondary = (name: string, juniorStudents: number, seniorStudents: number): SchoolPlan => ({
  name,
  type: 'complete_secondary',
  students: [0, juniorStudents, seniorStudents],
});
const teachingPoint = (name: string, students: number): SchoolPlan => ({
  name,
  type: 'teaching_point',
  students: [students, 0, 0],
});

/** The province: six counties, 15–30 schools each. */
export const provincePlan: readonly CountyPlan[] = [
  {
    // Passes: a special-education school (left out) and a private school (kept).
    name: '城关区',
    schools: [
      primary('城关区实验小学', 1850),
      primary('城关区第一小学', 1620),
      primary('城关区第二小学', 1480),
      primary('城关区第三小学', 1320),
      primary('城关区第四小学', 980),
      primary('城关区第五小学', 860),
      primary('城东小学', 1100),
      primary('城西小学', 1050),
      primary('城南小学', 940),
      primary('城北小学', 780),
      primary('龙泉镇中心小学', 720),
      primary('龙泉镇石桥小学', 260),
      primary('龙泉镇柳湾小学', 180),
      primary('凤凰镇中心小学', 650),
      primary('凤凰镇东岗小学', 210),
      primary('凤凰镇西岭小学', 150),
      primary('城关区育英小学', 540, { ownership: 'private' }),
      junior('城关区第一中学', 1680),
      junior('城关区第二中学', 1420),
      junior('城关区第三中学', 1150),
      junior('城东中学', 980),
      junior('城北中学', 760),
      junior('龙泉镇中学', 620),
      junior('凤凰镇中学', 540),
      nineYear('城关区实验学校', 960, 720),
      nineYear('城关区外国语学校', 820, 640),
      completeSecondary('城关区第四中学', 900, 1100),
      { name: '城关区特殊教育学校', type: 'special_education', students: [86, 42, 0] },
    ],
  },
  {
    // Fails the school rule: 杨庄小学 has two indicators below standard (5 of 7), 杨庄乡中学 one
    // below 85% of it. 李家小学 has one at 90% and passes.
    name: '河西县',
    schools: [
      primary('河西县实验小学', 1420),
      primary('河西县第一小学', 1180),
      primary('河西县第二小学', 960),
      primary('河西镇中心小学', 640),
      primary('柳树镇中心小学', 580),
      primary('柳树镇王庄小学', 230),
      primary('杨庄乡中心小学', 410),
      primary('杨庄乡杨庄小学', 260, { factors: { teaching: 0.93, sports: 0.91 } }),
      primary('杨庄乡李家小学', 140, { factors: { equipment: 0.9 } }),
      primary('马坊乡中心小学', 380),
      primary('马坊乡北坡小学', 170),
      primary('清河镇中心小学', 520),
      primary('清河镇东河小学', 190),
      junior('河西县第一中学', 1380),
      junior('河西县第二中学', 1060),
      junior('柳树镇中学', 520),
      junior('杨庄乡中学', 380, { factors: { sports: 0.8 } }),
      junior('马坊乡中学', 330),
      junior('清河镇中学', 460),
      nineYear('柳树镇九年一贯制学校', 300, 240),
      nineYear('清河镇九年一贯制学校', 260, 200),
      completeSecondary('河西县第三中学', 780, 960),
    ],
  },
  {
    // Passes: a teaching point of 38 students (left out) and one of 62 (kept).
    name: '南山县',
    schools: [
      primary('南山县实验小学', 1260),
      primary('南山县第一小学', 980),
      primary('南山县第二小学', 860),
      primary('南山镇中心小学', 560),
      primary('龙潭乡中心小学', 340),
      teachingPoint('龙潭乡龙潭教学点', 62),
      primary('后岭乡中心小学', 290),
      teachingPoint('后岭乡后岭教学点', 38),
      primary('竹林镇中心小学', 420),
      primary('竹林镇新村小学', 160),
      primary('竹林镇三合小学', 120),
      junior('南山县第一中学', 1120),
      junior('南山县第二中学', 840),
      junior('南山县民族中学', 520),
      junior('竹林镇中学', 400),
      junior('龙潭乡中学', 260),
      nineYear('南山镇九年一贯制学校', 480, 360),
      nineYear('后岭乡九年一贯制学校', 220, 180),
    ],
  },
  {
    // Fails the primary equipment CV: 北湖县实验小学 holds about four times the equipment per
    // student of the other primary schools.
    name: '北湖县',
    schools: [
      primary('北湖县实验小学', 1500, { factors: { equipment: 4.4 } }),
      primary('北湖县第一小学', 1200),
      primary('北湖县第二小学', 1020),
      primary('北湖县第三小学', 880),
      primary('北湖镇中心小学', 700),
      primary('湖滨镇中心小学', 620),
      primary('湖滨镇渔村小学', 180),
      primary('湖滨镇新河小学', 240),
      primary('芦苇乡中心小学', 360),
      primary('芦苇乡芦花小学', 140),
      primary('白沙乡中心小学', 330),
      primary('白沙乡沙岗小学', 150),
      junior('北湖县第一中学', 1300),
      junior('北湖县第二中学', 980),
      junior('北湖县第三中学', 640),
      junior('湖滨镇中学', 560),
      junior('芦苇乡中学', 300),
      junior('白沙乡中学', 280),
      nineYear('北湖县实验学校', 720, 540),
      nineYear('湖滨镇九年一贯制学校', 260, 200),
    ],
  },
  {
    // Fails twice over: 石门乡初级中学 has no key teacher (0% of the standard, below the 85% floor),
    // and 青石县第二中学's sports grounds (four times the others' per student) lift the junior CV.
    name: '青石县',
    schools: [
      primary('青石县第一小学', 1100),
      primary('青石县第二小学', 860),
      primary('青石镇中心小学', 520),
      primary('石门乡中心小学', 300),
      primary('石门乡石门小学', 130),
      primary('云岭乡中心小学', 280),
      primary('云岭乡高山小学', 90),
      primary('桃源镇中心小学', 460),
      primary('桃源镇桃花小学', 170),
      junior('青石县第一中学', 1200),
      junior('青石县第二中学', 760, { factors: { sports: 3.8 } }),
      junior('石门乡初级中学', 240, { factors: { key: 0 } }),
      junior('桃源镇中学', 420),
      junior('云岭乡中学', 200),
      nineYear('青石县实验学校', 540, 400),
      nineYear('桃源镇九年一贯制学校', 240, 180),
    ],
  },
  {
    // Passes: a 完全中学 (its senior stage not compared) and a private 九年一贯制 school.
    name: '白云县',
    schools: [
      primary('白云县实验小学', 1380),
      primary('白云县第一小学', 1160),
      primary('白云县第二小学', 940),
      primary('白云县第三小学', 760),
      primary('白云镇中心小学', 620),
      primary('白云镇东街小学', 420),
      primary('松林镇中心小学', 540),
      primary('松林镇松岗小学', 210),
      primary('溪口乡中心小学', 330),
      primary('溪口乡上溪小学', 150),
      primary('双河镇中心小学', 480),
      primary('双河镇河口小学', 200),
      primary('金竹乡中心小学', 260),
      primary('金竹乡竹坪小学', 110),
      junior('白云县第一中学', 1260),
      junior('白云县第二中学', 920),
      junior('松林镇中学', 480),
      junior('溪口乡中学', 260),
      junior('双河镇中学', 420),
      junior('金竹乡中学', 220),
      completeSecondary('白云县第三中学', 720, 900),
      nineYear('白云县博文学校', 620, 460, { ownership: 'private' }),
      nineYear('白云县实验学校', 680, 520),
      nineYear('双河镇九年一贯制学校', 280, 210),
    ],
  },
];

/** The 2017 standards (per 100 students for teachers and classrooms), and what the other figures are drawn from. */
const standards = {
  primary: { qualified: 4.2, key: 1, peArts: 0.9, teaching: 4.5, sports: 7.5, equipment: 2000, multimedia: 2.3 },
  junior: { qualified: 5.3, key: 1, peArts: 0.9, teaching: 5.8, sports: 10.2, equipment: 2500, multimedia: 2.4 },
  senior: { qualified: 5.3, key: 1, peArts: 0.9, teaching: 5.8, sports: 10.2, equipment: 2500, multimedia: 2.4 },
} as const;
const studentsPerClass = { primary: 42, junior: 48, senior: 50 } as const;
const studentsPerTeacher = { primary: 16, junior: 12.5, senior: 12 } as const;
const booksPerStudent = { primary: 30, junior: 40, senior: 45 } as const;
const stages = ['primary', 'junior', 'senior'] as const;

/** mulberry32: a small seeded generator, so the file is the same on every run. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The weight of each stage's students when a mixed school's totals are split (1 : 1.1 : 1.32; 完全中学 1 : 1.2). */
function stageWeights(type: SchoolType): Readonly<Record<SchoolStageName, number>> {
  return type === 'complete_secondary'
    ? { primary: 1, junior: 1, senior: 1.2 }
    : { primary: 1, junior: 1.1, senior: 1.32 };
}

function schoolRow(plan: SchoolPlan, random: () => number): Record<string, string | number> {
  const factor = (name: Factor) => plan.factors?.[name] ?? 1.12 + 0.5 * random();
  const row: Record<string, string | number> = { type: plan.type, ownership: plan.ownership ?? 'public' };
  const taught = stages.filter((_, index) => (plan.students[index] ?? 0) > 0);
  const smallTeachingPoint = plan.type === 'teaching_point';
  for (const stage of taught) {
    const students = plan.students[stages.indexOf(stage)] as number;
    const standard = standards[stage];
    const teachers = Math.ceil(students / studentsPerTeacher[stage]) + (smallTeachingPoint ? 1 : 0);
    const peArts = Math.ceil((students * standard.peArts * factor('peArts')) / 100);
    const pe = Math.ceil(peArts * 0.45);
    const music = Math.ceil((peArts - pe) / 2);
    const figures = {
      students,
      classes: smallTeachingPoint ? Math.ceil(students / 15) : Math.ceil(students / studentsPerClass[stage]),
      teachers,
      qualifiedTeachers: Math.min(teachers, Math.ceil((students * standard.qualified * factor('qualified')) / 100)),
      keyTeachers: Math.ceil((students * standard.key * factor('key')) / 100),
      peTeachers: pe,
      musicTeachers: music,
      artTeachers: peArts - pe - music,
      intermediateOrAboveTitleTeachers: Math.round(teachers * (0.35 + 0.2 * random())),
    };
    for (const [field, value] of Object.entries(figures)) {
      row[`${stage}_${field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)}`] = value;
    }
  }
  // Totals per weighted student, enough for every compulsory stage the school teaches to reach
  // the standard times the factor once the totals are split.
  const weights = stageWeights(plan.type);
  const weighted = taught.reduce(
    (sum, stage) => sum + (plan.students[stages.indexOf(stage)] as number) * weights[stage],
    0,
  );
  const compulsory = taught.filter((stage) => stage !== 'senior');
  const reference = (name: 'teaching' | 'sports' | 'equipment' | 'multimedia') =>
    Math.max(...compulsory.map((stage) => standards[stage][name] / weights[stage]));
  row.teaching_area = Math.round(weighted * reference('teaching') * factor('teaching') * 10) / 10;
  row.sports_area = Math.round(weighted * reference('sports') * factor('sports') * 10) / 10;
  row.equipment_value = Math.round((weighted * reference('equipment') * factor('equipment')) / 100) * 100;
  row.computers = Math.round(weighted * (0.12 + 0.06 * random()));
  row.books = Math.round(
    taught.reduce((sum, stage) => sum + (plan.students[stages.indexOf(stage)] as number) * booksPerStudent[stage], 0) *
      (1.1 + 0.4 * random()),
  );
  row.multimedia_classrooms = Math.ceil((weighted * reference('multimedia') * factor('multimedia')) / 100);
  return row;
}

/**
 * The province file's text: a header of English column names (`provinceColumns`, without
 * `equipment_value_wan`: every value is in 元), then one line per school, county by county; a
 * stage a school does not teach is left blank.
 *
 * @returns The CSV, UTF-8 text ending in a newline.
 *
 * @example
 * ```ts
 * generateProvinceCsv().split('\n')[0]; // 'county,id,name,type,ownership,primary_students,…'
 * ```
 */
export function generateProvinceCsv(): string {
  const random = createRandom(20_230_901);
  const header = provinceColumns.map((column) => column.name).filter((name) => name !== 'equipment_value_wan');
  const lines = [header.join(',')];
  provincePlan.forEach((county, countyIndex) => {
    county.schools.forEach((plan, schoolIndex) => {
      const row: Record<string, string | number> = {
        county: county.name,
        id: `21${String(countyIndex + 1).padStart(2, '0')}${String(schoolIndex + 1).padStart(6, '0')}`,
        name: plan.name,
        ...schoolRow(plan, random),
      };
      lines.push(header.map((name) => String(row[name] ?? '')).join(','));
    });
  });
  return `${lines.join('\n')}\n`;
}

/** Where the generated file lives. */
export const provinceCsvPath = fileURLToPath(new URL('../../data/province-schools.csv', import.meta.url));

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(provinceCsvPath, generateProvinceCsv());
  console.log(`wrote ${provinceCsvPath}`);
}
