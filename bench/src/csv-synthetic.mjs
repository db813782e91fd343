// The synthetic school CSV of the CSV benchmark: one header row in the Chinese the statistics
// system exports, a million schools drawn from integer formulas, written in UTF-8 and GBK.
import { createWriteStream } from 'node:fs';
import iconv from 'iconv-lite';

const stageFigures = [
  '在校生数',
  '班级数',
  '专任教师数',
  '高于规定学历教师数',
  '县级及以上骨干教师数',
  '体育专任教师数',
  '音乐专任教师数',
  '美术专任教师数',
  '中级及以上职称教师数',
];

export const csvHeader = [
  '学校标识码',
  '学校名称',
  '乡镇',
  '城乡分类',
  '学校类型',
  '办学性质',
  ...stageFigures.map((figure) => `小学${figure}`),
  ...stageFigures.map((figure) => `初中${figure}`),
  '教学及辅助用房面积',
  '体育运动场馆面积',
  '教学仪器设备值(万元)',
  '计算机台数',
  '图书册数',
  '网络多媒体教室数',
];

const townships = ['城关镇', '石桥镇', '河口乡', '白沙镇', '青山乡', '临江街道'];
const areas = ['城区', '镇区', '乡村'];

/** A deterministic pseudo-random integer in [0, modulo) for school `index` and a salt. */
function draw(index, salt, modulo) {
  let value = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 1, 0xc2b2ae35);
  value ^= value >>> 13;
  value = Math.imul(value, 0x27d4eb2f);
  value ^= value >>> 16;
  return (value >>> 0) % modulo;
}

function stage(index, salt) {
  const students = 60 + draw(index, salt, 1900);
  const classes = Math.ceil(students / 42);
  const teachers = Math.ceil(students / 17);
  const qualified = teachers - draw(index, salt + 1, Math.max(1, Math.floor(teachers / 4)));
  return [
    students,
    classes,
    teachers,
    qualified,
    draw(index, salt + 2, Math.max(1, Math.floor(teachers / 5))),
    1 + draw(index, salt + 3, 4),
    draw(index, salt + 4, 3),
    draw(index, salt + 5, 3),
    draw(index, salt + 6, teachers),
  ];
}

/**
 * One school's cells: 60% primary, 25% junior, 15% 九年一贯制 (both stages). Returns the cells
 * and the school's primary students (0 when it has no primary stage), for the checksum.
 */
export function schoolRow(index) {
  const kind = draw(index, 0, 20);
  const type = kind < 12 ? '小学' : kind < 17 ? '初中' : '九年一贯制学校';
  const primary = type === '初中' ? null : stage(index, 10);
  const junior = type === '小学' ? null : stage(index, 30);
  const blank = Array(9).fill('');
  const cells = [
    String(3_601_000_000 + index),
    `第${index}${type === '初中' ? '中学' : '学校'}`,
    townships[draw(index, 50, townships.length)],
    areas[draw(index, 51, areas.length)],
    type,
    draw(index, 52, 10) === 0 ? '民办' : '公办',
    ...(primary ?? blank),
    ...(junior ?? blank),
    `${2000 + draw(index, 60, 20_000)}.${draw(index, 61, 10)}`,
    String(3000 + draw(index, 62, 30_000)),
    `${10 + draw(index, 63, 900)}.${String(draw(index, 64, 100)).padStart(2, '0')}`,
    String(20 + draw(index, 65, 400)),
    String(5000 + draw(index, 66, 80_000)),
    String(6 + draw(index, 67, 60)),
  ];
  return { cells, primaryStudents: primary === null ? 0 : primary[0] };
}

/**
 * Writes `rows` schools to `path` as CSV (CRLF, as Excel saves it) in `encoding` ('utf-8' or
 * 'gbk'). Resolves to the sum of primary students, the checksum both engines must match.
 */
export async function writeSchoolCsv(path, rows, encoding) {
  const stream = createWriteStream(path);
  const encode = (text) => (encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
  let primaryStudents = 0;
  let lines = [csvHeader.join(',')];
  const flush = async () => {
    const chunk = encode(`${lines.join('\r\n')}\r\n`);
    lines = [];
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
  };
  for (let index = 1; index <= rows; index++) {
    const row = schoolRow(index);
    primaryStudents += row.primaryStudents;
    lines.push(row.cells.join(','));
    if (lines.length === 10_000) await flush();
  }
  if (lines.length > 0) await flush();
  await new Promise((resolve, reject) => stream.end((error) => (error ? reject(error) : resolve())));
  return primaryStudents;
}
