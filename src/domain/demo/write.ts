import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  actionItems,
  careerWishes,
  departmentMoves,
  employeeCareerItems,
  employeeSkills,
  followUpItems,
  followUps,
  formAnswers,
  formResponses,
  interviewNotes,
  interviewRatings,
  interviewReflections,
  interviewRecords,
  interviews,
  interviewSlots,
  planConfirmations,
  riskActions,
  wishDecisions,
} from '../../db/schema';
import { batches } from '../imports/write';
import type { CareerOut } from './career';
import type { StoryOut } from './story';

/**
 * Inserts rows of one table a few thousand at a time, each batch travelling as one JSON parameter turned
 * back into rows by the database (as audit/auditMany does): building a statement with a parameter per cell
 * cost more than the database's work. Every row must name the same columns (defaults are not filled in).
 */
export async function insertAll<T extends PgTable>(db: Db, table: T, rows: readonly T['$inferInsert'][], size = 2000): Promise<number> {
  if (!rows.length) return 0;
  const columns = getTableColumns(table);
  const keys = Object.keys(rows[0]!);
  for (const r of rows)
    if (Object.keys(r).length !== keys.length) throw new Error(`demo: ${getTableName(table)} rows differ in their columns`);
  const cols = keys.map((k) => columns[k]!);
  const names = sql.join(
    cols.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const types = sql.raw(cols.map((c) => `"${c.name}" ${c.getSQLType()}`).join(', '));
  for (const batch of batches(rows, size)) {
    const json = JSON.stringify(
      batch.map((r) => Object.fromEntries(keys.map((k, i) => [cols[i]!.name, (r as Record<string, unknown>)[k] ?? null]))),
    );
    await db.execute(sql`insert into ${table} (${names}) select ${names} from jsonb_to_recordset(${json}::jsonb) as x(${types})`);
  }
  return rows.length;
}

/** A batch of people's rounds, parents before children (the foreign keys' order). */
export async function writeStories(db: Db, s: StoryOut): Promise<number> {
  let n = 0;
  n += await insertAll(db, interviews, s.interviews);
  n += await insertAll(db, formResponses, s.responses);
  n += await insertAll(db, formAnswers, s.answers);
  n += await insertAll(db, interviewSlots, s.slots);
  n += await insertAll(db, interviewRecords, s.records);
  n += await insertAll(db, interviewNotes, s.notes);
  n += await insertAll(db, actionItems, s.items);
  n += await insertAll(db, planConfirmations, s.confirmations);
  n += await insertAll(db, followUps, s.followUps);
  n += await insertAll(db, followUpItems, s.followUpItems);
  n += await insertAll(db, interviewRatings, s.ratings);
  n += await insertAll(db, interviewReflections, s.reflections);
  n += await insertAll(db, riskActions, s.riskActions);
  return n;
}

export async function writeCareers(db: Db, c: CareerOut): Promise<number> {
  let n = 0;
  n += await insertAll(db, employeeSkills, c.skills);
  n += await insertAll(db, employeeCareerItems, c.careerItems);
  n += await insertAll(db, careerWishes, c.wishes);
  n += await insertAll(db, wishDecisions, c.decisions);
  n += await insertAll(db, departmentMoves, c.moves);
  return n;
}
