import { describe, expect, it } from 'vitest';
import { DEFAULT_SURVEY } from '../forms/default-templates';
import { DEFAULT_RULES, type Rule, suggest } from './suggest';

const rules: Rule[] = DEFAULT_RULES.map((r, i) => ({
  id: `r${i}`,
  source: r.source,
  fieldId: r.fieldId,
  op: r.op,
  value: r.value,
  questionId: r.question,
}));
const survey = (answers: Record<string, unknown>) => ({
  survey: {
    definition: DEFAULT_SURVEY.definition,
    answers: Object.fromEntries(Object.entries(answers).map(([k, value]) => [k, { value: value as never }])),
  },
});

describe('suggested questions', () => {
  it('explains a low scale answer with the field, the value and the scale', () => {
    const out = suggest(rules, survey({ jobSatisfaction: 2 }), [], '2026-11-25', 'ja');
    expect(out).toEqual([
      {
        ruleId: 'r0',
        questionId: '今の仕事内容に満足していますか?',
        reason: { kind: 'scale', source: 'survey', field: '今の仕事内容に満足している', value: 2, max: 5, op: 'lte', threshold: 2 },
      },
    ]);
  });
  it('a high score suggests talking about strengths instead', () => {
    const out = suggest(rules, survey({ jobSatisfaction: 5 }), [], '2026-11-25', 'en');
    expect(out.map((s) => s.questionId)).toEqual(['自分の強みを活かせた業務は何ですか?']);
    expect(out[0]!.reason).toMatchObject({ field: 'I am satisfied with what my job involves' });
  });
  it('choices and free text fire on what was chosen or written, not on empty answers', () => {
    const out = suggest(
      rules,
      survey({ transferWish: 'move', qualifications: '', workStyleWish: ['remote', 'shortHours'] }),
      [],
      '2026-11-25',
      'ja',
    );
    expect(out.map((s) => s.reason)).toEqual([
      { kind: 'includes', source: 'survey', field: '異動の希望', option: '異動を希望する' },
      { kind: 'includes', source: 'survey', field: '関心のある働き方', option: '時短勤務' },
    ]);
  });
  it('an answer the reader may not see is simply absent, so it cannot surface', () => {
    expect(suggest(rules, survey({}), [], '2026-11-25', 'ja')).toEqual([]);
  });
  it('each overdue carried-over item is a reason of its own; items due later are not', () => {
    const items = [
      { id: 'a', what: '研修を受講する', dueOn: '2026-11-01' },
      { id: 'b', what: '資格を取る', dueOn: '2026-10-01' },
      { id: 'c', what: '来月の件', dueOn: '2026-12-31' },
      { id: 'd', what: '期限なし', dueOn: null },
    ];
    const out = suggest(rules, {}, items, '2026-11-25', 'ja');
    expect(out.map((s) => s.reason)).toEqual([
      { kind: 'overdue', item: '研修を受講する', dueOn: '2026-11-01' },
      { kind: 'overdue', item: '資格を取る', dueOn: '2026-10-01' },
    ]);
  });
});
