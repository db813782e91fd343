import { Decimal } from '@edukpi/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryFigures, primarySchool } from '../_test/school-fixtures';
import { splitSchool } from './split-school';
import { splitResources } from './stage-school';

describe('splitSchool', () => {
  it('keeps a one-stage school whole', () => {
    const [stage] = splitSchool(primarySchool());
    expect(stage?.id).toBe('P-01');
    expect(stage?.share.toString()).toBe('1');
    expect(stage?.resources.equipmentValue.toString()).toBe('2000000');
  });

  it('splits a 九年一贯制 by 1 : 1.1, exactly', () => {
    // A = 600 primary, B = 400 junior: primary share 600 ÷ (600 + 440) = 15/26, junior 440/1040 = 11/26
    const [primary, junior] = splitSchool(
      primarySchool({
        id: 'N-01',
        type: 'nine_year',
        primary: { ...primaryFigures, students: 600 },
        junior: { ...primaryFigures, students: 400 },
        teachingArea: 10400,
        equipmentValueWan: '208',
        equipmentValue: undefined,
      }),
    );
    expect(primary?.id).toBe('N-01#primary');
    expect(junior?.id).toBe('N-01#junior');
    expect(primary?.resources.teachingArea.toString()).toBe('6000');
    expect(junior?.resources.teachingArea.toString()).toBe('4400');
    // 208万元 = 2 080 000 元: 1 200 000 and 880 000
    expect(primary?.resources.equipmentValue.toString()).toBe('1200000');
    expect(junior?.resources.equipmentValue.toString()).toBe('880000');
    // Teachers are per stage, never split.
    expect(junior?.qualifiedTeachers).toBe(primaryFigures.qualifiedTeachers);
  });

  it('splits a 完全中学 by 1 : 1.2 and a 十二年一贯制 by 1 : 1.1 : 1.32', () => {
    const [junior, senior] = splitSchool(
      primarySchool({
        type: 'complete_secondary',
        primary: undefined,
        junior: { ...primaryFigures, students: 600 },
        senior: { ...primaryFigures, students: 500 },
        sportsArea: 12000,
      }),
    );
    // 600 ÷ (600 + 1.2 × 500) = 1/2
    expect(junior?.share.toString()).toBe('0.5');
    expect(senior?.resources.sportsArea.toString()).toBe('6000');
    const stages = splitSchool(
      primarySchool({
        type: 'twelve_year',
        primary: { ...primaryFigures, students: 1000 },
        junior: { ...primaryFigures, students: 500 },
        senior: { ...primaryFigures, students: 250 },
        books: 28800,
      }),
    );
    // weights 1000 : 550 : 330 of 1880
    expect(stages.map((stage) => stage.resources.books.toDecimalPlaces(6).toString())).toEqual([
      new Decimal(28800).times(1000).div(1880).toDecimalPlaces(6).toString(),
      new Decimal(28800).times(550).div(1880).toDecimalPlaces(6).toString(),
      new Decimal(28800).times(330).div(1880).toDecimalPlaces(6).toString(),
    ]);
  });

  it('conserves every total exactly, for any enrolment (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        (primaryStudents, juniorStudents, seniorStudents, total) => {
          const stages = splitSchool(
            primarySchool({
              type: 'twelve_year',
              primary: { ...primaryFigures, students: primaryStudents },
              junior: { ...primaryFigures, students: juniorStudents },
              senior: { ...primaryFigures, students: seniorStudents },
              teachingArea: total / 100,
              sportsArea: total,
              equipmentValue: total * 3,
              computers: total % 997,
              books: total,
              multimediaClassrooms: total % 89,
            }),
          );
          expect(stages.reduce((sum, stage) => sum.plus(stage.share), new Decimal(0)).toString()).toBe('1');
          for (const resource of splitResources) {
            const sum = stages.reduce((subtotal, stage) => subtotal.plus(stage.resources[resource]), new Decimal(0));
            expect(sum.toString()).toBe(
              stages[0]?.source[resource === 'equipmentValue' ? 'equipmentValue' : resource]?.toString(),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
