import { describe, expect, it } from 'vitest';
import { currentRoleOf, gapsFor, parseCodes, parseExpected, readinessOf, shortfall } from './gaps';

const role = (name: string, grade: string, familyCode = 'ENG', departmentCodes: string[] = []) => ({
  name,
  grade,
  familyCode,
  departmentCodes,
});

describe('career gaps', () => {
  it('lists unmet skills first, counting a skill not in the inventory as level 0', () => {
    const gaps = gapsFor(
      [
        { name: 'TypeScript', level: 4 },
        { name: '設計', level: 3 },
        { name: 'AWS', level: 2 },
      ],
      [
        { name: 'ｔｙｐｅｓｃｒｉｐｔ', level: 3 },
        { name: '設計', level: 4 },
      ],
    );
    expect(gaps).toEqual([
      { name: 'TypeScript', expected: 4, current: 3, met: false },
      { name: 'AWS', expected: 2, current: 0, met: false },
      { name: '設計', expected: 3, current: 4, met: true },
    ]);
    expect(shortfall(gaps)).toBe(3);
    expect([0, 1, 2].map(readinessOf)).toEqual(['ready', 'oneStep', 'further']);
  });

  it('reads expected skills as HR types them, and says what is wrong', () => {
    expect(parseExpected('TypeScript：４、設計:3;\nAWS : 2').skills).toEqual([
      { name: 'TypeScript', level: 4 },
      { name: '設計', level: 3 },
      { name: 'AWS', level: 2 },
    ]);
    expect(parseExpected('TypeScript').error?.key).toBe('career.errors.skillFormat');
    expect(parseExpected('TypeScript:6').error?.key).toBe('career.errors.skillLevel');
    expect(parseExpected('a:1; A:2').error?.key).toBe('career.errors.skillTwice');
    expect(parseCodes(' E-1; E-2 、E-1')).toEqual(['E-1', 'E-2']);
  });

  it('places a person by their family’s departments, then title, then grade', () => {
    const roles = [
      role('主任', 'G3', 'S', ['SALES']),
      role('メンバー', 'G2', 'S', ['SALES']),
      role('主任', 'G3', 'E', ['DEV']),
      role('メンバー', 'G2', 'E', ['DEV']),
    ];
    expect(currentRoleOf(roles, { jobTitle: '主任', grade: 'G3', departmentPath: ['DEV-1', 'DEV', 'HQ'] })).toBe(roles[2]);
    expect(currentRoleOf(roles, { jobTitle: '一般', grade: 'G2', departmentPath: ['SALES-1', 'SALES'] })).toBe(roles[1]);
    // Without a family the grade names two roles: nobody is placed by guess.
    expect(currentRoleOf(roles, { jobTitle: '一般', grade: 'G2', departmentPath: ['ADM'] })).toBeNull();
  });
});
