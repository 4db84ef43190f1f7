import { describe, expect, it } from 'vitest';
import { type CandidateFacts, type PositionFacts, rankCandidates, roleMatches, scoreCandidate, WEIGHTS } from './match';

const TEAM = 'team-id';
const DIVISION = 'division-id';
const position: PositionFacts = {
  title: '決済基盤のテックリード',
  track: 'management',
  requiredSkills: ['TypeScript', '設計', 'PostgreSQL'],
  departmentPath: [TEAM, DIVISION],
};
const wish = { desiredRole: '', desiredDepartmentId: TEAM, track: 'management', timeframe: 'within1y', relocation: 'ok' };
const cand = (over: Partial<CandidateFacts> = {}): CandidateFacts => ({
  employeeId: 'e1',
  wish,
  skills: [
    { name: 'TypeScript', level: 4 },
    { name: '設計', level: 3 },
    { name: 'Excel', level: 5 },
  ],
  ...over,
});

describe('scoreCandidate', () => {
  it('adds up visible reasons and nothing else', () => {
    const { score, reasons } = scoreCandidate(position, cand());
    expect(reasons.map((r) => [r.code, r.points])).toEqual([
      ['departmentExact', 30],
      ['track', 20],
      // 40 × (4 + 3) / (5 × 3) = 18.7 → 19
      ['skills', 19],
      ['timeframe', 10],
      ['relocation', 5],
    ]);
    expect(score).toBe(reasons.reduce((s, r) => s + r.points, 0));
    const skills = reasons.find((r) => r.code === 'skills')!;
    expect(skills.params).toEqual({ matched: 2, required: 3 });
    expect(skills.skills).toEqual([
      { name: 'TypeScript', level: 4 },
      { name: '設計', level: 3 },
    ]);
  });

  it('matches skill names whatever their case or width', () => {
    const { reasons } = scoreCandidate(position, cand({ skills: [{ name: 'ｔｙｐｅｓｃｒｉｐｔ', level: 5 }] }));
    expect(reasons.find((r) => r.code === 'skills')).toMatchObject({ points: 13, params: { matched: 1 } });
  });

  it('gives part of the department points for a department above the position’s', () => {
    const { reasons } = scoreCandidate(position, cand({ wish: { ...wish, desiredDepartmentId: DIVISION } }));
    expect(reasons[0]).toMatchObject({ code: 'departmentWithin', points: WEIGHTS.departmentWithin });
  });

  it('does not count relocation against someone already in the position’s department (issue 15.9i)', () => {
    const here = cand({ departmentId: TEAM, wish: { ...wish, relocation: 'no' } });
    const { reasons } = scoreCandidate(position, here);
    expect(reasons.find((r) => r.code === 'relocation')).toBeUndefined();
    expect(reasons.find((r) => r.code === 'noRelocation')!.points).toBe(WEIGHTS.relocation.ok);
  });

  it('shows a different track and no relocation as cautions worth nothing', () => {
    const { reasons } = scoreCandidate(position, cand({ wish: { ...wish, track: 'specialist', relocation: 'no', timeframe: 'over3y' } }));
    expect(reasons.find((r) => r.code === 'trackDiffers')).toEqual({ code: 'trackDiffers', points: 0, params: { track: 'specialist' } });
    expect(reasons.find((r) => r.code === 'relocation')!.points).toBe(0);
    expect(reasons.find((r) => r.code === 'timeframe')!.points).toBe(0);
  });

  it('says so when none of the required skills is on record, and when there is no wish', () => {
    const { score, reasons } = scoreCandidate(position, cand({ wish: null, skills: [] }));
    expect(reasons).toEqual([
      { code: 'noSkills', points: 0, params: { required: 3 } },
      { code: 'noWish', points: 0, params: {} },
    ]);
    expect(score).toBe(0);
  });

  it('leaves out track and skills when the position asks for neither', () => {
    const open = { ...position, track: 'undecided', requiredSkills: [] };
    expect(scoreCandidate(open, cand()).reasons.map((r) => r.code)).toEqual(['departmentExact', 'timeframe', 'relocation']);
  });

  it('matches the desired role against the title', () => {
    expect(roleMatches('テックリード', '決済基盤のテックリード')).toBe(true);
    expect(roleMatches('ＰＭ', 'pm')).toBe(true);
    expect(roleMatches('営業', '決済基盤のテックリード')).toBe(false);
    expect(roleMatches('', 'x')).toBe(false);
    const { reasons } = scoreCandidate(position, cand({ wish: { ...wish, desiredRole: 'テックリード' } }));
    expect(reasons.find((r) => r.code === 'role')).toEqual({ code: 'role', points: WEIGHTS.role, params: { role: 'テックリード' } });
  });
});

describe('rankCandidates', () => {
  it('ranks by score, then a stated wish, then the sooner timeframe, then the id', () => {
    const ranked = rankCandidates(position, [
      cand({ employeeId: 'low', wish: { ...wish, desiredDepartmentId: null } }),
      cand({ employeeId: 'b', wish: { ...wish, timeframe: 'in1to3y', relocation: 'ok' } }),
      cand({ employeeId: 'top' }),
      cand({ employeeId: 'a', wish: { ...wish, timeframe: 'in1to3y', relocation: 'ok' } }),
    ]);
    expect(ranked.map((c) => c.employeeId)).toEqual(['top', 'a', 'b', 'low']);
    expect(ranked[0]!.score).toBe(84);
  });

  it('puts someone who asked before someone who only has the skills, at the same score', () => {
    const noCriteria = { ...position, track: 'undecided', departmentPath: [] };
    const asked = cand({ employeeId: 'z', wish: { ...wish, timeframe: 'over3y', relocation: 'no' } });
    const skilled = cand({ employeeId: 'a', wish: null });
    expect(rankCandidates(noCriteria, [skilled, asked]).map((c) => c.employeeId)).toEqual(['z', 'a']);
  });
});

describe('a position with a career role (issue 18.4)', () => {
  const role = {
    name: 'シニアエンジニア',
    skills: [
      { name: 'TypeScript', level: 4 },
      { name: '設計', level: 4 },
    ],
  };
  const onRole: PositionFacts = { ...position, role };
  it('scores skills by the shortfall against the expected levels instead of the required skills', () => {
    const { reasons } = scoreCandidate(
      onRole,
      cand({
        skills: [
          { name: 'TypeScript', level: 5 },
          { name: '設計', level: 3 },
        ],
      }),
    );
    expect(reasons.find((r) => r.code === 'skills')).toBeUndefined();
    // 40 × (4 + 3) / 8 = 35: the fifth level of TypeScript earns nothing more.
    expect(reasons.find((r) => r.code === 'roleFit')).toMatchObject({ points: 35, params: { shortfall: 1, met: 7, total: 8 } });
  });
  it('ranks the ready person above one with more levels but a gap', () => {
    const ready = cand({
      employeeId: 'ready',
      skills: [
        { name: 'TypeScript', level: 4 },
        { name: '設計', level: 4 },
      ],
    });
    const more = cand({
      employeeId: 'more',
      skills: [
        { name: 'TypeScript', level: 5 },
        { name: '設計', level: 3 },
        { name: 'PostgreSQL', level: 5 },
      ],
    });
    expect(rankCandidates(onRole, [more, ready]).map((c) => c.employeeId)).toEqual(['ready', 'more']);
  });
});
