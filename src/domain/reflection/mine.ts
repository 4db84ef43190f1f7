import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { rowsOf } from '../../db/rows';
import type { Actor } from '../actor';
import { companyTimeZone } from '../shared/calendar';
import type { MyReflections } from './responses';

/** How far back a held interview still asks for its reflection on the home page. */
const ASK_DAYS = 90;
/** Lines of each kind on the home page: a reminder, not a list. */
const LINES = 3;

/**
 * The employee's home: held interviews whose four questions are still open (recent ones), and those whose
 * answer was counted — the period it counts in, never what it said.
 */
export async function myReflections(db: Db, opts: { actor: Actor }): Promise<MyReflections> {
  const tz = companyTimeZone();
  const rows = rowsOf<{ interviewId: string; heldOn: string; roundName: string; period: string | null }>(
    await db.execute(sql`select i.id as "interviewId", to_char(r.held_at at time zone ${tz}, 'YYYY-MM-DD') as "heldOn",
        ro.name as "roundName", x.period
      from interviews i join interview_records r on r.interview_id = i.id join rounds ro on ro.id = i.round_id
      left join interview_reflections x on x.interview_id = i.id
      where i.employee_id = ${opts.actor.id} and r.held_at is not null and i.interviewer_id is not null
        and (x.interview_id is not null or r.held_at > now() - make_interval(days => ${ASK_DAYS}))
      order by r.held_at desc limit 20`),
  );
  return {
    toAnswer: rows
      .filter((r) => !r.period)
      .slice(0, LINES)
      .map(({ period: _, ...r }) => r),
    counted: rows
      .filter((r) => r.period)
      .slice(0, LINES)
      .map((r) => ({ ...r, period: r.period! })),
  };
}
