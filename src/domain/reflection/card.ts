import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { employees } from '../../db/schema';
import type { Actor } from '../actor';
import { audit } from '../audit/audit';
import { can } from '../capabilities';
import { notFound } from '../errors';
import { MIN_GROUP } from '../insight/policy';
import { companyToday } from '../shared/calendar';
import { closedPeriodFigures, type PeriodFigures } from './figures';
import type { ReflectionCard, Scores } from './responses';
import { closedPeriods, weakest, weakestSignal } from './rules';
import { readReflectionSettings } from './settings';
import { companySignals, countSignals, noSignals, signalRates } from './signals';

const none = (): Scores => ({ n: 0, scores: null });

/** The company beside one interviewer: hidden when everyone else together gave fewer than five answers. */
function companyBeside(f: PeriodFigures, id: string): Scores {
  const others = f.interviewers[id]?.othersN ?? f.company.n;
  return others < MIN_GROUP ? { n: f.company.n, scores: null } : f.company;
}

/**
 * The interviewer's private card (面談の振り返り) for the last closed half-year: their answers against the
 * company's and their own previous half-year, the record's signals, and the caution to work on. Only the
 * interviewer — or, when the company turned it on, their own manager (audited) — may open it; to anyone
 * else it does not exist.
 */
export async function reflectionCard(db: Db, opts: { actor: Actor; interviewerId?: string }): Promise<ReflectionCard> {
  const { actor } = opts;
  const id = opts.interviewerId ?? actor.id;
  const settings = await readReflectionSettings(db);
  const [person] = await db
    .select({ id: employees.id, familyName: employees.familyName, givenName: employees.givenName, managerId: employees.managerId })
    .from(employees)
    .where(eq(employees.id, id));
  if (!person) throw notFound();
  if (id === actor.id) {
    if (!can(actor, 'interview')) throw notFound();
  } else {
    if (!settings.managerSees || person.managerId !== actor.id) throw notFound();
    await audit(db, { actor, action: 'reflection.card.read', entityType: 'employee', entityId: id });
  }
  const periods = closedPeriods(companyToday(), 2);
  const period = periods[0]!;
  const previous = periods[1]!;
  const [figs, prev, all] = await Promise.all([
    closedPeriodFigures(db, period),
    closedPeriodFigures(db, previous),
    countSignals(db, period),
  ]);
  const own = figs.interviewers[id]?.own ?? none();
  const company = companyBeside(figs, id);
  const signals = all.get(id) ?? noSignals();
  const fromAnswers = own.scores ? weakest(own.scores, company.scores) : null;
  const fromSignals = fromAnswers ? null : weakestSignal(signalRates(signals));
  return {
    interviewer: { id: person.id, familyName: person.familyName, givenName: person.givenName },
    period,
    previousPeriod: previous,
    minGroup: MIN_GROUP,
    own,
    company,
    ownPrevious: prev.interviewers[id]?.own ?? none(),
    signals,
    companySignals: companySignals(all),
    weakest: fromAnswers ?? fromSignals,
    weakestFrom: fromAnswers ? 'answers' : fromSignals ? 'signals' : null,
    managerSees: settings.managerSees,
    asOf: figs.computedAt,
  };
}
