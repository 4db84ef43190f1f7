import type { LocalizedText } from '../../db/schema';
import type { AnswerValue, FieldDef } from '../forms/definition';
import { LOW_MEANS_WORRY } from './trends-policy';

/**
 * Retention-risk signs (離職リスクのサイン): stated rules over the pre-survey, no scoring and no model.
 * Each flag names the rules it matched and the answers that made them match, so HR can see why — and
 * an employee reading about it would recognise their own words.
 */
export type Condition = { field: string; op: 'lte'; value: number } | { field: string; op: 'eq'; value: string };
export type RiskRule = { id: string; when: readonly Condition[] };

export const RISK_RULES = [
  // Low satisfaction and worried about their career (「今後のキャリアに不安はない」 answered 1–2).
  {
    id: 'dissatisfiedAndWorried',
    when: [
      { field: 'jobSatisfaction', op: 'lte', value: 2 },
      { field: 'careerAnxiety', op: 'lte', value: 2 },
    ],
  },
  // Low satisfaction and asking to move.
  {
    id: 'dissatisfiedAndWantsMove',
    when: [
      { field: 'jobSatisfaction', op: 'lte', value: 2 },
      { field: 'transferWish', op: 'eq', value: 'move' },
    ],
  },
  // Work that does not feel rewarding, and more of it than is reasonable.
  {
    id: 'unrewardedAndOverloaded',
    when: [
      { field: 'rewarding', op: 'lte', value: 2 },
      { field: 'workload', op: 'lte', value: 2 },
    ],
  },
] as const satisfies readonly RiskRule[];
export type RiskRuleId = (typeof RISK_RULES)[number]['id'];

/** Every survey field any rule reads: the only answers a flag list loads. */
export const RISK_FIELDS: readonly string[] = [...new Set(RISK_RULES.flatMap((r) => r.when.map((c) => c.field)))];

/** What HR did about a flag. 'dismissed' keeps the flag on the list, marked as looked at and set aside. */
export const RISK_ACTIONS = ['contacted', 'followUp', 'watch', 'dismissed'] as const;
export type RiskAction = (typeof RISK_ACTIONS)[number];

export const matches = (c: Condition, v: AnswerValue | undefined): boolean =>
  c.op === 'lte' ? typeof v === 'number' && v <= c.value : typeof v === 'string' ? v === c.value : Array.isArray(v) && v.includes(c.value);

export type Reason = {
  field: string;
  /** The survey's own wording of the question, in both languages (the UI picks). */
  label: LocalizedText;
  value: number | string;
  /** For a choice: the chosen option's wording. For a scale: null (the value is 1–5). */
  option: LocalizedText | null;
  /** A low answer to this scale means more worry (see LOW_MEANS_WORRY). */
  lowMeansWorry: boolean;
  /** The employee marked the answer 「人事のみ」: HR must not pass it on to the manager. */
  hrOnly: boolean;
};
export type Match = { rule: RiskRuleId; reasons: Reason[] };

/**
 * The rules one submitted survey matches, with the answers behind each. Pure: the same rules are
 * turned into SQL to find the flagged people of a round, and evaluated here on the page shown.
 */
export function evaluateRisk(
  answers: Record<string, AnswerValue | undefined>,
  fields: readonly FieldDef[],
  hrOnly: ReadonlySet<string> = new Set(),
  rules: readonly RiskRule[] = RISK_RULES,
): Match[] {
  const byId = new Map(fields.map((f) => [f.id, f]));
  const out: Match[] = [];
  for (const rule of rules) {
    if (!rule.when.every((c) => matches(c, answers[c.field]))) continue;
    const reasons = rule.when.map((c): Reason => {
      const f = byId.get(c.field);
      const value = answers[c.field] as number | string;
      const option = typeof value === 'string' ? (f?.options?.find((o) => o.id === value)?.label ?? null) : null;
      return {
        field: c.field,
        label: f?.label ?? { ja: c.field },
        value,
        option,
        lowMeansWorry: LOW_MEANS_WORRY.has(c.field),
        hrOnly: hrOnly.has(c.field),
      };
    });
    out.push({ rule: rule.id as RiskRuleId, reasons });
  }
  return out;
}
