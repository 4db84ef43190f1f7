import { and, asc, eq, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees, interviewNotes } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { conflict, forbidden, notFound } from '../errors';
import { type LoadedInterview, loadInterview } from '../interviews/access';
import { canReadNote, canReadShared, canWriteNote, type NoteVisibility } from './policy';
import type { NoteSaved, RecordNote } from './responses';

/**
 * The notes a reader may see, filtered in SQL: another person's private note is never read from the
 * database, whoever asks (HR and admins included); hr_manager notes only for staff.
 */
export async function listNotes(db: Db, x: LoadedInterview, actor: Actor): Promise<RecordNote[]> {
  const staff = x.facts.relation === 'interviewer' || x.facts.relation === 'hr';
  if (!staff && !canReadShared(x.facts)) return [];
  const visible = staff
    ? or(ne(interviewNotes.visibility, 'private'), eq(interviewNotes.authorId, actor.id))
    : eq(interviewNotes.visibility, 'shared');
  const rows = await db
    .select({
      id: interviewNotes.id,
      visibility: interviewNotes.visibility,
      body: interviewNotes.body,
      authorId: interviewNotes.authorId,
      authorFamilyName: employees.familyName,
      authorGivenName: employees.givenName,
      version: interviewNotes.version,
      createdAt: interviewNotes.createdAt,
      updatedAt: interviewNotes.updatedAt,
    })
    .from(interviewNotes)
    .innerJoin(employees, eq(employees.id, interviewNotes.authorId))
    .where(and(eq(interviewNotes.interviewId, x.interview.id), visible))
    .orderBy(asc(interviewNotes.createdAt));
  return rows
    .filter((n) => canReadNote(x.facts, actor.id, n))
    .map((n) => ({
      id: n.id,
      visibility: n.visibility as NoteVisibility,
      body: n.body,
      author: { id: n.authorId, familyName: n.authorFamilyName, givenName: n.authorGivenName },
      mine: n.authorId === actor.id,
      version: n.version,
      createdAt: n.createdAt.toISOString(),
      updatedAt: n.updatedAt.toISOString(),
    }));
}

export async function addNote(
  db: Db,
  opts: { actor: Actor; interviewId: string; visibility: NoteVisibility; body: string },
): Promise<NoteSaved> {
  const { actor, interviewId, visibility, body } = opts;
  const x = await loadInterview(db, actor, interviewId);
  if (!canWriteNote(x.facts)) throw forbidden();
  const [row] = await db
    .insert(interviewNotes)
    .values({ interviewId, authorId: actor.id, visibility, body })
    .returning({ id: interviewNotes.id, version: interviewNotes.version });
  await audit(db, { actor, action: 'note.create', entityType: 'interview', entityId: interviewId, detail: { note: row!.id, visibility } });
  return row!;
}

/** Only the author edits or deletes a note; a stale version is a 409 so two devices never overwrite each other. */
async function ownNote(db: Db, actor: Actor, noteId: string) {
  const [note] = await db.select().from(interviewNotes).where(eq(interviewNotes.id, noteId));
  if (!note || note.authorId !== actor.id) throw notFound();
  const x = await loadInterview(db, actor, note.interviewId);
  if (!canWriteNote(x.facts)) throw forbidden();
  return note;
}

export async function editNote(
  db: Db,
  opts: { actor: Actor; noteId: string; version: number; visibility?: NoteVisibility; body?: string },
): Promise<NoteSaved> {
  const { actor, noteId, version, visibility, body } = opts;
  const note = await ownNote(db, actor, noteId);
  const [row] = await db
    .update(interviewNotes)
    .set({
      ...(visibility ? { visibility } : {}),
      ...(body !== undefined ? { body } : {}),
      version: sql`${interviewNotes.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(interviewNotes.id, noteId), eq(interviewNotes.version, version)))
    .returning({ id: interviewNotes.id, version: interviewNotes.version });
  if (!row) throw conflict('record.errors.staleNote');
  await audit(db, {
    actor,
    action: 'note.update',
    entityType: 'interview',
    entityId: note.interviewId,
    detail: { note: noteId, visibility: visibility ?? note.visibility },
  });
  return row;
}

export async function deleteNote(db: Db, opts: { actor: Actor; noteId: string; version: number }) {
  const { actor, noteId, version } = opts;
  const note = await ownNote(db, actor, noteId);
  const gone = await db
    .delete(interviewNotes)
    .where(and(eq(interviewNotes.id, noteId), eq(interviewNotes.version, version)))
    .returning({ id: interviewNotes.id });
  if (!gone.length) throw conflict('record.errors.staleNote');
  await audit(db, { actor, action: 'note.delete', entityType: 'interview', entityId: note.interviewId, detail: { note: noteId } });
  return { ok: true };
}
