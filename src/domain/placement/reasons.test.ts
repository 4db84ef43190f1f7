import { describe, expect, it } from 'vitest';
import { scoreCandidate } from './match';
import { presentReason, reasonText } from './reasons';

const position = {
  title: 'テックリード',
  track: 'management',
  requiredSkills: ['TypeScript', '設計', 'PostgreSQL'],
  departmentPath: ['team'],
};
const candidate = {
  employeeId: 'e',
  wish: { desiredRole: '', desiredDepartmentId: 'team', track: 'management', timeframe: 'within1y', relocation: 'no' },
  skills: [
    { name: 'TypeScript', level: 4 },
    { name: '設計', level: 3 },
  ],
};

describe('reasons in words', () => {
  it('reads naturally in Japanese', () => {
    const { reasons } = scoreCandidate(position, candidate);
    expect(reasons.map((r) => reasonText(r, 'ja'))).toEqual([
      '希望部署が一致',
      'マネジメント志向が一致',
      '必要スキル3つ中2つ(TypeScript レベル4、設計 レベル3)',
      '希望時期: 1年以内',
      '転居を伴う異動: 不可',
    ]);
  });

  it('and in English', () => {
    const { reasons } = scoreCandidate(position, candidate);
    expect(reasons.map((r) => reasonText(r, 'en'))).toEqual([
      'Wants this department',
      'Wants the management track',
      '2 of 3 required skills (TypeScript level 4, 設計 level 3)',
      'When: within a year',
      'Move that needs relocation: no',
    ]);
  });

  it('marks what speaks against a move as a caution', () => {
    const { reasons } = scoreCandidate(position, candidate);
    expect(
      reasons
        .map((r) => presentReason(r, 'ja'))
        .filter((r) => r.caution)
        .map((r) => r.code),
    ).toEqual(['relocation']);
  });
});
