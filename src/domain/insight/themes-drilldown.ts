import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { insightSnapshots, interviews } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { localized } from '../forms/definition';
import { rowsOf } from '../../db/rows';
import { hrOnlyVisibleSql } from '../interviews/access';
import { pageOffset } from '../shared/paging';
import type { ThemesData } from './themes-batch';
import { themesKey } from './themes-batch';
import { themesRound } from './themes';
import { answerText, answerTextSql, fieldOrderSql, textFieldSql, textFields } from './themes-source';
import { highlightRanges, LATIN_WORD, normalizeText, wordKey } from './themes-words';
import type { ThemeAnswers } from './responses';

export const DRILLDOWN_PAGE_SIZE = 20;

/** 「人事のみ」 answers only for readers answerVisibility lets see them, evaluated per row like the interview screens. */
const visibilitySql = (actor: Actor): SQL => sql`(a.hr_only = false or ${hrOnlyVisibleSql(actor, sql`e.manager_id`)})`;

/** The text as counted: NFKC, a dash after katakana as ー, lower case (see normalizeText). */
const normalizedSql = sql`lower(regexp_replace(normalize(${answerTextSql}, NFKC), ${'([ァ-ヺ])[-‐‑‒–—―−]'}, ${'\\1ー'}, 'g'))`;

/** Kanji and hiragana only: NFKC leaves such a word as it is, so the text need not be normalized to find it. */
const KANJI_KANA = /^[\p{Script=Han}\p{Script=Hiragana}々]+$/u;

/**
 * Contains the word: a latin word as a whole word (ai is not in maintain), Japanese as text. A word of
 * kanji and hiragana (most themes) is looked for in the text as written, which is many times cheaper
 * than normalizing every answer of the round.
 */
function matchSql(word: string): SQL {
  if (LATIN_WORD.test(word)) return sql`${normalizedSql} ~ ${`(^|[^a-z0-9])${word}($|[^a-z0-9])`}`;
  const pattern = `%${word.replace(/[\\%_]/g, '\\$&')}%`;
  return KANJI_KANA.test(word) ? sql`${answerTextSql} like ${pattern}` : sql`${normalizedSql} like ${pattern}`;
}

type AnswerRow = {
  interviewId: string;
  employeeId: string;
  familyName: string;
  givenName: string;
  departmentName: string | null;
  departmentNameEn: string | null;
  kind: 'sheet' | 'survey';
  fieldId: string;
  hrOnly: boolean;
  value: unknown;
};

/**
 * The answers behind one of the round's words: who wrote what, for the words HR sees in the list
 * only (a word under MIN_GROUP people, or never listed, finds nothing). Every person whose answer is
 * shown is written to the audit log ('themes.drilldown').
 */
export async function themeAnswers(db: Db, opts: { actor: Actor; roundId: string; word: string; page?: number }): Promise<ThemeAnswers> {
  const { actor, page = 1 } = opts;
  const round = await themesRound(db, actor, opts.roundId);
  const [snap] = await db
    .select({ data: insightSnapshots.data })
    .from(insightSnapshots)
    .where(eq(insightSnapshots.key, themesKey(round.id)));
  // The word as the count keys it (ＡＷＳ → aws, サーバー → サーバ), whichever way the caller wrote it.
  const key = wordKey(normalizeText(opts.word.trim()));
  const listed = (snap?.data as ThemesData | undefined)?.words.find((w) => w.word === key);
  const offset = pageOffset(page, DRILLDOWN_PAGE_SIZE);
  // Not a search engine over what people wrote: a word that is not on the list finds nothing.
  if (!listed) return { word: opts.word, label: opts.word, people: 0, items: [], page, pageSize: DRILLDOWN_PAGE_SIZE, hasMore: false };
  const fields = await textFields(db, round);
  // Walks the round's people in list order (the (round, sort key) index) and looks each one's answers
  // up, stopping once the page is full: a common word fills a page within a few dozen people, where a
  // count or a sort would read every answer of the round first ('offset 0' keeps PostgreSQL from
  // flattening the lateral into such a join). One row more tells whether a next page exists.
  const rows = rowsOf<AnswerRow>(
    await db.execute(sql`select ${interviews.id} as "interviewId", e.id as "employeeId", e.family_name as "familyName", e.given_name as "givenName",
        d.name as "departmentName", d.name_en as "departmentNameEn", x.kind, x.field_id as "fieldId", x.hr_only as "hrOnly", x.value
      from ${interviews}
      join employees e on e.id = ${interviews.employeeId}
      left join departments d on d.id = ${interviews.departmentId}
      join lateral (
        select r.kind, a.field_id, a.hr_only, a.value, ${fieldOrderSql(fields)} as ord
        from form_responses r join form_answers a on a.response_id = r.id
        where r.interview_id = ${interviews.id} and r.status = 'submitted'
          and ${textFieldSql(fields)} and ${visibilitySql(actor)} and ${matchSql(listed.word)}
        offset 0) x on true
      where ${interviews.roundId} = ${round.id} and ${interviews.status} <> 'cancelled'
      order by ${interviews.sortKey}, ${interviews.id}, x.ord
      limit ${DRILLDOWN_PAGE_SIZE + 1} offset ${offset}`),
  );
  const hasMore = rows.length > DRILLDOWN_PAGE_SIZE;
  const label = new Map(fields.map((f) => [`${f.kind}:${f.field.id}`, localized(f.field.label, actor.locale)]));
  const items = rows.slice(0, DRILLDOWN_PAGE_SIZE).map((r) => {
    const text = answerText(r.value);
    return {
      interviewId: r.interviewId,
      employee: { id: r.employeeId, familyName: r.familyName, givenName: r.givenName },
      department: r.departmentName ? { name: r.departmentName, nameEn: r.departmentNameEn } : null,
      kind: r.kind,
      field: { id: r.fieldId, label: label.get(`${r.kind}:${r.fieldId}`) ?? r.fieldId },
      hrOnly: r.hrOnly,
      text,
      highlights: highlightRanges(text, listed.word),
    };
  });
  // One audit row per person read, so the log answers "who read my answers" for each employee.
  const byInterview = new Map<string, typeof items>();
  for (const i of items) byInterview.set(i.interviewId, [...(byInterview.get(i.interviewId) ?? []), i]);
  for (const [interviewId, answers] of byInterview) {
    await audit(db, {
      actor,
      action: 'themes.drilldown',
      entityType: 'interview',
      entityId: interviewId,
      detail: {
        roundId: round.id,
        word: listed.word,
        fields: answers.map((a) => a.field.id),
        hrOnlyShown: answers.filter((a) => a.hrOnly).length,
      },
    });
  }
  return {
    word: listed.word,
    label: listed.label,
    people: listed.people,
    items,
    page,
    pageSize: DRILLDOWN_PAGE_SIZE,
    hasMore,
  };
}
