import { describe, expect, it } from 'vitest';
import { catchUpReminderAt, interviewReminderJob, reminderAt } from './appointment';

const HOUR = 3_600_000;
const now = new Date('2026-12-07T00:00:00Z');
const later = (h: number) => new Date(now.getTime() + h * HOUR);

describe('interview reminders', () => {
  it('go a day before, or an hour before an appointment fixed less than a day ahead', () => {
    expect(reminderAt(later(72), now)).toEqual(later(48));
    expect(reminderAt(later(5), now)).toEqual(later(4));
    expect(reminderAt(later(0.5), now)).toBeNull();
  });

  it('when lost, go a day before if that is still ahead, else at once, unless the interview is within the hour', () => {
    expect(catchUpReminderAt(later(72), now)).toEqual(later(48));
    expect(catchUpReminderAt(later(12), now)).toEqual(now);
    expect(catchUpReminderAt(later(0.5), now)).toBeNull();
  });

  it('carry one key per interview and start time, whoever queues them', () => {
    const job = interviewReminderJob('i-1', later(72), later(48));
    expect(job).toEqual({
      name: 'interview.reminder',
      data: { interviewId: 'i-1', start: later(72).toISOString() },
      opts: { startAfter: later(48), singletonKey: `i-1:${later(72).toISOString()}` },
    });
  });
});
