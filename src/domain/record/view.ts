import type { Db } from '../../db/client';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { loadInterview } from '../interviews/access';
import { listFollowUps } from './followups';
import { listNotes } from './notes';
import { loadPlan } from './plan';
import { canReadShared } from './policy';
import { myRating } from './rating';
import { loadRecordRow, presentRecord } from './record';
import type { InterviewRecord } from './responses';

/** The interview record as one reader may see it: fields, notes, plan, follow-ups (and the employee's own rating). */
export async function getRecord(db: Db, opts: { actor: Actor; interviewId: string }): Promise<InterviewRecord> {
  const { actor, interviewId } = opts;
  const x = await loadInterview(db, actor, interviewId);
  // One read of the record row for the fields and the plan.
  const record = loadRecordRow(db, interviewId);
  const [row, notes, plan, followUps, rating] = await Promise.all([
    record,
    listNotes(db, x, actor),
    loadPlan(db, actor, x, record),
    listFollowUps(db, x),
    x.facts.relation === 'self' ? myRating(db, actor, interviewId) : null,
  ]);
  if (x.facts.relation !== 'self' && canReadShared(x.facts)) {
    await audit(db, { actor, action: 'record.read', entityType: 'interview', entityId: interviewId, detail: { notes: notes.length } });
  }
  return { ...presentRecord(x, row), notes, plan, followUps, rating };
}
