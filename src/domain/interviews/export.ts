import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { departments, employees, formAnswers, formResponses, interviews } from '../../db/schema';
import { translator } from '../../i18n';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { notFound } from '../errors';
import { hrOnlyVisibleSql } from './access';
import { interviewerPerson, interviewerRef } from './columns';
import { type AnswerValue, allFields, type FieldDef, type FormKind, GOAL_TERMS, type GoalsValue, localized } from '../forms/definition';
import { templateVersion } from '../forms/templates';
import { CSV_BOM, csvLine } from '../imports/csv';
import { loadRound } from '../rounds/rounds';
import { formatDateTime, formatName } from '../shared/format';
import { can } from '../capabilities';

const PAGE = 500;

/** Cells of one field: goals take three columns (short / mid / long), everything else one. */
function cells(f: FieldDef, v: AnswerValue | undefined, locale: 'ja' | 'en'): string[] {
  const label = (id: string) => localized(f.options?.find((o) => o.id === id)?.label, locale) || id;
  if (f.type === 'goals') {
    const g = (v ?? { short: '', mid: '', long: '' }) as GoalsValue;
    return GOAL_TERMS.map((k) => g[k] ?? '');
  }
  if (v === null || v === undefined) return [''];
  if (f.type === 'single') return [label(String(v))];
  if (f.type === 'multi') return [(v as string[]).map(label).join('、')];
  if (Array.isArray(v)) return [v.join('、')];
  return [String(v)];
}

/**
 * A round's submitted sheets or surveys as CSV (UTF-8 with BOM). HR gets every interview, with a column naming the
 * 「人事のみ」 answers — except where the HR person interviews the employee or is kept from them; an
 * interviewer gets only their own interviews and never 「人事のみ」 answers. The filter is in the query.
 */
export async function exportAnswers(db: Db, opts: { actor: Actor; roundId: string; kind: FormKind }): Promise<AsyncGenerator<string>> {
  const { actor, roundId, kind } = opts;
  const round = await loadRound(db, roundId).catch(() => null);
  const versionId = kind === 'sheet' ? round?.sheetVersionId : round?.surveyVersionId;
  const scope: SQL | undefined = can(actor, 'readAllRecords') ? undefined : eq(interviews.interviewerId, actor.id);
  const [mine] = round
    ? await db
        .select({ n: sql<number>`count(*)::int` })
        .from(interviews)
        .where(and(eq(interviews.roundId, roundId), scope))
    : [];
  if (!round || !versionId || !mine?.n) throw notFound();
  const { definition } = await templateVersion(db, versionId);
  const fields = allFields(definition);
  const t = translator(actor.locale);
  // Which answers were 「人事のみ」 is a column of its own (the values stay clean for Excel), for readers who may
  // ever see one; an interviewer's export never holds one, so it has no such column.
  const hrOnlyColumn = can(actor, 'readAllRecords');
  await audit(db, { actor, action: 'form.export', entityType: 'round', entityId: roundId, detail: { kind, interviews: mine.n } });
  // Per row: may this reader see 「人事のみ」 answers? The interview screens' rule (HR the employee does not keep them from).
  const showHrOnly = hrOnlyVisibleSql(actor, employees.managerId);

  async function* lines() {
    const head = [
      t('prep.export.employeeNumber'),
      t('prep.export.name'),
      t('prep.export.department'),
      t('prep.export.interviewer'),
      t('prep.export.submittedAt'),
      ...(hrOnlyColumn ? [t('prep.export.hrOnlyFields')] : []),
    ];
    for (const f of fields) {
      const label = localized(f.label, actor.locale);
      if (f.type === 'goals') head.push(...GOAL_TERMS.map((k) => `${label}(${t(`forms.goalTerms.${k}`)})`));
      else head.push(label);
    }
    yield CSV_BOM + csvLine(head);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await db
        .select({
          id: interviews.id,
          number: employees.employeeNumber,
          familyName: employees.familyName,
          givenName: employees.givenName,
          department: departments.name,
          departmentEn: departments.nameEn,
          interviewer: interviewerRef,
          responseId: formResponses.id,
          submittedAt: formResponses.submittedAt,
          showHrOnly,
        })
        .from(interviews)
        .innerJoin(employees, eq(employees.id, interviews.employeeId))
        .leftJoin(departments, eq(departments.id, interviews.departmentId))
        .leftJoin(interviewerPerson, eq(interviewerPerson.id, interviews.interviewerId))
        .innerJoin(
          formResponses,
          and(eq(formResponses.interviewId, interviews.id), eq(formResponses.kind, kind), eq(formResponses.status, 'submitted')),
        )
        .where(and(eq(interviews.roundId, roundId), scope, gt(interviews.id, after)))
        .orderBy(asc(interviews.id))
        .limit(PAGE);
      if (!rows.length) return;
      after = rows.at(-1)!.id;
      const visible = rows.filter((r) => r.showHrOnly).map((r) => r.responseId);
      const answers = await db
        .select()
        .from(formAnswers)
        .where(
          and(
            inArray(
              formAnswers.responseId,
              rows.map((r) => r.responseId),
            ),
            // 「人事のみ」 rows come back only for responses this reader may see them on.
            visible.length ? or(eq(formAnswers.hrOnly, false), inArray(formAnswers.responseId, visible)) : eq(formAnswers.hrOnly, false),
          ),
        );
      const byResponse = new Map<string, Map<string, { value: AnswerValue; hrOnly: boolean }>>();
      for (const a of answers) {
        if (!byResponse.has(a.responseId)) byResponse.set(a.responseId, new Map());
        byResponse.get(a.responseId)!.set(a.fieldId, { value: a.value as AnswerValue, hrOnly: a.hrOnly });
      }
      let out = '';
      for (const r of rows) {
        const got = byResponse.get(r.responseId) ?? new Map();
        const line = [
          r.number,
          formatName(r),
          (actor.locale === 'en' && r.departmentEn) || r.department || '',
          r.interviewer?.familyName ? formatName(r.interviewer) : '',
          r.submittedAt ? formatDateTime(r.submittedAt, actor.locale) : '',
        ];
        if (hrOnlyColumn) {
          const marked = fields.filter((f) => got.get(f.id)?.hrOnly && cells(f, got.get(f.id)?.value, actor.locale).some((c) => c));
          line.push(marked.map((f) => localized(f.label, actor.locale)).join(actor.locale === 'en' ? ', ' : '、'));
        }
        for (const f of fields) line.push(...cells(f, got.get(f.id)?.value, actor.locale));
        out += csvLine(line);
      }
      yield out;
    }
  }
  return lines();
}
