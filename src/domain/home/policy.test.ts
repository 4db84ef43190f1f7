import { describe, expect, it } from 'vitest';
import type { MyInterview } from '../interviews/responses';
import { employeeSteps, firstFew, laggingDepartments, nextVisit, progressScore, VISIT_GAP_MS } from './policy';

const interview = (over: Partial<MyInterview> = {}): MyInterview => ({
  id: '11111111-1111-4111-8111-111111111111',
  status: 'preparing',
  round: {
    id: '22222222-2222-4222-8222-222222222222',
    name: '2026年度キャリア面談',
    type: 'career',
    status: 'launched',
    prepDueOn: '2026-12-20',
    periodEnd: '2027-01-31',
  },
  sheet: 'notStarted',
  survey: 'draft',
  appointment: null,
  offeredSlots: 0,
  proposedSlots: 0,
  interviewer: null,
  ...over,
});
const NOW = new Date('2026-12-10T01:00:00Z');

describe('employeeSteps', () => {
  it('lists each form not submitted with the round’s due date, overdue once it has passed', () => {
    const s = employeeSteps([interview()], '2026-12-21', NOW);
    expect(s.forms.map((f) => [f.kind, f.state, f.dueOn, f.overdue])).toEqual([
      ['sheet', 'notStarted', '2026-12-20', true],
      ['survey', 'draft', '2026-12-20', true],
    ]);
    expect(employeeSteps([interview()], '2026-12-20', NOW).forms.every((f) => !f.overdue)).toBe(true);
  });

  it('leaves out submitted forms, forms the round does not have, and interviews no longer open', () => {
    expect(employeeSteps([interview({ sheet: 'submitted', survey: null })], '2026-12-10', NOW).forms).toEqual([]);
    expect(employeeSteps([interview({ status: 'done' })], '2026-12-10', NOW).forms).toEqual([]);
    expect(employeeSteps([interview({ status: 'cancelled' })], '2026-12-10', NOW).forms).toEqual([]);
    expect(employeeSteps([interview({ round: { ...interview().round, status: 'closed' } })], '2026-12-10', NOW).forms).toEqual([]);
  });

  it('asks to choose a time only when times were offered and none is fixed', () => {
    expect(employeeSteps([interview({ offeredSlots: 3 })], '2026-12-10', NOW).chooseTime).toHaveLength(1);
    expect(employeeSteps([interview({ offeredSlots: 0 })], '2026-12-10', NOW).chooseTime).toEqual([]);
    const appointment = { start: '2026-12-11T05:00:00Z', end: '2026-12-11T06:00:00Z', locationType: 'room' as const, location: '会議室A' };
    const fixed = employeeSteps([interview({ status: 'scheduled', appointment, offeredSlots: 2 })], '2026-12-10', NOW);
    expect(fixed.chooseTime).toEqual([]);
    expect(fixed.upcoming.map((u) => u.appointment.location)).toEqual(['会議室A']);
  });

  it('shows no appointment of a round HR closed', () => {
    const appointment = { start: '2026-12-11T05:00:00Z', end: '2026-12-11T06:00:00Z', locationType: null, location: null };
    const closed = { ...interview().round, status: 'closed' as const };
    expect(employeeSteps([interview({ status: 'scheduled', appointment, round: closed })], '2026-12-10', NOW).upcoming).toEqual([]);
  });

  it('forgets an appointment once it has ended', () => {
    const appointment = { start: '2026-12-09T05:00:00Z', end: '2026-12-09T06:00:00Z', locationType: null, location: null };
    expect(employeeSteps([interview({ status: 'scheduled', appointment })], '2026-12-10', NOW).upcoming).toEqual([]);
  });
});

describe('nextVisit', () => {
  const t0 = new Date('2026-12-10T00:00:00Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it('has no previous visit the first time', () => {
    expect(nextVisit(null, t0)).toEqual({ seenAt: t0, previousAt: null });
  });

  it('keeps the previous visit within one sitting, so a reload still shows what is new', () => {
    const first = { seenAt: t0, previousAt: new Date('2026-12-01T00:00:00Z') };
    expect(nextVisit(first, at(VISIT_GAP_MS - 1))).toEqual({ seenAt: at(VISIT_GAP_MS - 1), previousAt: first.previousAt });
  });

  it('moves on after a gap: the last visit becomes the previous one', () => {
    const first = { seenAt: t0, previousAt: null };
    expect(nextVisit(first, at(VISIT_GAP_MS))).toEqual({ seenAt: at(VISIT_GAP_MS), previousAt: t0 });
  });
});

const counts = (total: number, sheet: number, survey: number, scheduled: number, done: number) => ({
  total,
  sheetSubmitted: sheet,
  surveySubmitted: survey,
  scheduled,
  done,
});
const forms = { hasSheet: true, hasSurvey: true };

describe('progressScore', () => {
  it('is the mean share of people past each step the round has', () => {
    expect(progressScore(counts(10, 10, 10, 10, 10), forms)).toBe(1);
    expect(progressScore(counts(10, 5, 5, 0, 0), forms)).toBe(0.25);
    // Without forms only the time and the interview count.
    expect(progressScore(counts(10, 0, 0, 10, 0), { hasSheet: false, hasSurvey: false })).toBe(0.5);
  });

  it('counts an empty group as done (nobody is waiting there)', () => {
    expect(progressScore(counts(0, 0, 0, 0, 0), forms)).toBe(1);
  });
});

describe('laggingDepartments', () => {
  const dept = (name: string, c: ReturnType<typeof counts>) => ({ id: null, name, nameEn: null, ...c });

  it('names the departments behind the round, slowest first, larger first on a tie, at most three', () => {
    const lagging = laggingDepartments(
      counts(100, 50, 50, 20, 10),
      [
        dept('営業部', counts(30, 3, 3, 0, 0)),
        dept('開発部', counts(30, 27, 27, 12, 6)),
        dept('総務部', counts(10, 1, 1, 0, 0)),
        dept('人事部', counts(20, 10, 10, 4, 2)),
        dept('経理部', counts(5, 0, 0, 0, 0)),
        dept('広報部', counts(5, 4, 4, 4, 4)),
      ],
      forms,
    );
    expect(lagging.map((d) => d.name)).toEqual(['経理部', '営業部', '総務部']);
  });

  it('shows a form the round does not have as null', () => {
    const [d] = laggingDepartments(counts(10, 0, 0, 5, 5), [dept('営業部', counts(5, 0, 0, 0, 0))], { hasSheet: false, hasSurvey: true });
    expect(d).toMatchObject({ sheetSubmitted: null, surveySubmitted: 0, total: 5 });
  });

  it('names none when every department keeps pace', () => {
    expect(laggingDepartments(counts(10, 5, 5, 5, 5), [dept('営業部', counts(10, 5, 5, 5, 5))], forms)).toEqual([]);
  });
});

describe('firstFew', () => {
  it('says whether there were more than shown', () => {
    expect(firstFew([1, 2, 3], 2)).toEqual({ items: [1, 2], more: true });
    expect(firstFew([1, 2], 2)).toEqual({ items: [1, 2], more: false });
  });
});
