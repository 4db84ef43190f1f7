import { describe, expect, it } from 'vitest';
import { DEFAULT_SURVEY } from '../forms/default-templates';
import { allFields } from '../forms/definition';
import { evaluateRisk, matches, RISK_FIELDS, RISK_RULES } from './risk-rules';

const fields = allFields(DEFAULT_SURVEY.definition);

describe('risk rules', () => {
  it('read only fields of the default survey, with the values they test', () => {
    const ids = new Set(fields.map((f) => f.id));
    expect(RISK_FIELDS.every((f) => ids.has(f))).toBe(true);
    for (const r of RISK_RULES)
      for (const c of r.when)
        if (c.op === 'eq') expect(fields.find((f) => f.id === c.field)?.options?.some((o) => o.id === c.value)).toBe(true);
  });

  it('compare scales with ≤ and choices by option, missing answers never matching', () => {
    const low = { field: 'jobSatisfaction', op: 'lte', value: 2 } as const;
    expect([1, 2, 3].map((v) => matches(low, v))).toEqual([true, true, false]);
    expect(matches(low, null)).toBe(false);
    expect(matches(low, undefined)).toBe(false);
    const move = { field: 'transferWish', op: 'eq', value: 'move' } as const;
    expect(matches(move, 'move')).toBe(true);
    expect(matches(move, 'stay')).toBe(false);
    expect(matches(move, ['move'])).toBe(true);
  });
});

describe('evaluateRisk', () => {
  it('needs every condition of a rule', () => {
    expect(evaluateRisk({ jobSatisfaction: 1, careerAnxiety: 3 }, fields)).toEqual([]);
    expect(evaluateRisk({ jobSatisfaction: 3, careerAnxiety: 1, transferWish: 'move' }, fields)).toEqual([]);
  });

  it('names each rule matched with the wording of the questions and the answers given', () => {
    const m = evaluateRisk(
      { jobSatisfaction: 2, careerAnxiety: 1, transferWish: 'move', rewarding: 4, workload: 1 },
      fields,
      new Set(['careerAnxiety']),
    );
    expect(m.map((x) => x.rule)).toEqual(['dissatisfiedAndWorried', 'dissatisfiedAndWantsMove']);
    expect(m[0]!.reasons).toEqual([
      {
        field: 'jobSatisfaction',
        label: { ja: '今の仕事内容に満足している', en: 'I am satisfied with what my job involves' },
        value: 2,
        option: null,
        lowMeansWorry: false,
        hrOnly: false,
      },
      {
        field: 'careerAnxiety',
        label: { ja: '今後のキャリアに不安はない', en: 'I have no worries about my future career' },
        value: 1,
        option: null,
        lowMeansWorry: true,
        hrOnly: true,
      },
    ]);
    expect(m[1]!.reasons[1]).toEqual({
      field: 'transferWish',
      label: { ja: '異動の希望', en: 'Transfer wishes' },
      value: 'move',
      option: { ja: '異動を希望する', en: 'I would like a transfer' },
      lowMeansWorry: false,
      hrOnly: false,
    });
  });

  it('flags an unrewarding, overloaded job', () => {
    expect(evaluateRisk({ rewarding: 2, workload: 2, jobSatisfaction: 4 }, fields).map((x) => x.rule)).toEqual(['unrewardedAndOverloaded']);
  });

  it('falls back to the field id when a custom survey lacks the field’s wording', () => {
    expect(evaluateRisk({ rewarding: 1, workload: 1 }, [])[0]!.reasons[0]!.label).toEqual({ ja: 'rewarding' });
  });
});
