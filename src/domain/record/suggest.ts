import type { AnswerValue, FormDefinition, FormKind } from '../forms/definition';
import { allFields, localized } from '../forms/definition';

export const RULE_SOURCES = ['sheet', 'survey', 'plan'] as const;
export const RULE_OPS = ['lte', 'gte', 'answered', 'includes', 'overdue'] as const;
export type RuleSource = (typeof RULE_SOURCES)[number];
export type RuleOp = (typeof RULE_OPS)[number];

export type Rule = { id: string; source: RuleSource; fieldId: string; op: RuleOp; value: number | string | null; questionId: string };
export type OpenItem = { id: string; what: string; dueOn: string | null };
export type Reason =
  | { kind: 'scale'; source: FormKind; field: string; value: number; max: number; op: 'lte' | 'gte'; threshold: number }
  | { kind: 'answered'; source: FormKind; field: string }
  | { kind: 'includes'; source: FormKind; field: string; option: string }
  | { kind: 'overdue'; item: string; dueOn: string };
export type Suggestion = { ruleId: string; questionId: string; reason: Reason };

type Forms = Partial<Record<FormKind, { definition: FormDefinition; answers: Record<string, { value: AnswerValue }> }>>;

const isEmpty = (v: AnswerValue | undefined): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => !x));

/**
 * Suggested questions with the reason each was suggested. Pure and explainable: every suggestion
 * names the rule and the answer (or the overdue item) that made it fire — no scoring. Only answers
 * the reader may see are passed in, so a 「人事のみ」 answer can never surface through a suggestion.
 */
export function suggest(rules: Rule[], forms: Forms, openItems: OpenItem[], today: string, locale: string): Suggestion[] {
  const out: Suggestion[] = [];
  for (const rule of rules) {
    if (rule.source === 'plan') {
      if (rule.op !== 'overdue') continue;
      for (const item of openItems) {
        if (item.dueOn && item.dueOn < today)
          out.push({ ruleId: rule.id, questionId: rule.questionId, reason: { kind: 'overdue', item: item.what, dueOn: item.dueOn } });
      }
      continue;
    }
    const form = forms[rule.source];
    const field = form && allFields(form.definition).find((f) => f.id === rule.fieldId);
    if (!form || !field) continue;
    const value = form.answers[rule.fieldId]?.value;
    if (isEmpty(value)) continue;
    const label = localized(field.label, locale);
    if ((rule.op === 'lte' || rule.op === 'gte') && typeof value === 'number' && typeof rule.value === 'number') {
      const hit = rule.op === 'lte' ? value <= rule.value : value >= rule.value;
      if (hit)
        out.push({
          ruleId: rule.id,
          questionId: rule.questionId,
          reason: { kind: 'scale', source: rule.source, field: label, value, max: 5, op: rule.op, threshold: rule.value },
        });
    } else if (rule.op === 'answered') {
      out.push({ ruleId: rule.id, questionId: rule.questionId, reason: { kind: 'answered', source: rule.source, field: label } });
    } else if (rule.op === 'includes' && typeof rule.value === 'string') {
      const chosen = Array.isArray(value) ? value.includes(rule.value) : value === rule.value;
      const option = field.options?.find((o) => o.id === rule.value);
      if (chosen)
        out.push({
          ruleId: rule.id,
          questionId: rule.questionId,
          reason: {
            kind: 'includes',
            source: rule.source,
            field: label,
            option: option ? localized(option.label, locale) : String(rule.value),
          },
        });
    }
  }
  // One question once per cause: the list stays short enough to use in the room.
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = `${s.questionId}:${s.reason.kind === 'overdue' ? s.reason.item : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The default rules, each naming a seed question by its Japanese text. */
export const DEFAULT_RULES: { source: RuleSource; fieldId: string; op: RuleOp; value: number | string | null; question: string }[] = [
  { source: 'survey', fieldId: 'jobSatisfaction', op: 'lte', value: 2, question: '今の仕事内容に満足していますか?' },
  { source: 'survey', fieldId: 'rewarding', op: 'lte', value: 2, question: '日々の業務でやりがいを感じる瞬間はありますか?' },
  { source: 'survey', fieldId: 'workload', op: 'lte', value: 2, question: '最近ストレスや負担を感じたことはありますか?' },
  { source: 'survey', fieldId: 'teamAtmosphere', op: 'lte', value: 2, question: 'チームや部署の雰囲気についてどう感じていますか?' },
  { source: 'survey', fieldId: 'careerAnxiety', op: 'lte', value: 2, question: '今後のキャリアで不安に感じていることはありますか?' },
  { source: 'survey', fieldId: 'jobSatisfaction', op: 'gte', value: 4, question: '自分の強みを活かせた業務は何ですか?' },
  {
    source: 'sheet',
    fieldId: 'careerTrack',
    op: 'includes',
    value: 'undecided',
    question: 'マネジメント職と専門職、どちらに関心がありますか?',
  },
  { source: 'survey', fieldId: 'transferWish', op: 'includes', value: 'move', question: '異動や配置転換について希望はありますか?' },
  { source: 'survey', fieldId: 'qualifications', op: 'answered', value: null, question: '外部研修や資格取得に関心はありますか?' },
  {
    source: 'survey',
    fieldId: 'workStyleWish',
    op: 'includes',
    value: 'shortHours',
    question: '柔軟な働き方(時短勤務や副業など)に興味はありますか?',
  },
  {
    source: 'survey',
    fieldId: 'lifeEvents',
    op: 'answered',
    value: null,
    question: '育児・介護など、今後影響がありそうなライフイベントはありますか?',
  },
  { source: 'sheet', fieldId: 'supportTypes', op: 'answered', value: null, question: '上司や会社にもっと支援してほしいことはありますか?' },
  { source: 'sheet', fieldId: 'currentIssues', op: 'answered', value: null, question: '最近、仕事で困っていることはありますか?' },
  { source: 'plan', fieldId: '', op: 'overdue', value: null, question: '最近、仕事で困っていることはありますか?' },
];
