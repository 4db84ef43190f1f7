import { z } from 'zod';
import { InterviewView } from '../interviews/responses';
import { DateTime, Uuid } from '../shared/contract';
import { LOCATION_TYPES } from './schemas';

// What scheduling answers (slots.ts and settings.ts build exactly these).

/** The working day the guidance warns about (guidance.ts's SchedulingSettings). */
export const SchedulingSettings = z
  .strictObject({ workdayStart: z.string(), busyMinutes: z.number().int(), workdayEnd: z.string() })
  .meta({ id: 'SchedulingSettings' });

/** A time one side put up, with what the guidance says about it. */
export const InterviewSlot = z
  .strictObject({
    id: Uuid,
    start: DateTime,
    end: DateTime,
    locationType: z.enum(LOCATION_TYPES),
    /** Empty when the employee proposed a time and left the place to the interviewer. */
    location: z.string(),
    proposedBy: z.enum(['interviewer', 'employee']),
    status: z.enum(['open', 'chosen', 'withdrawn']),
    note: z.string(),
    past: z.boolean(),
    warnings: z.array(z.enum(['busyHour', 'outsideHours', 'weekend'])),
  })
  .meta({ id: 'InterviewSlot' });

/** An interview's times (withdrawn ones left out), the appointment and the settings: every scheduling action's answer. */
export const SlotsView = z
  .strictObject({ interview: InterviewView, settings: SchedulingSettings, slots: z.array(InterviewSlot) })
  .meta({ id: 'SlotsView' });

export type SchedulingSettings = z.infer<typeof SchedulingSettings>;
export type InterviewSlot = z.infer<typeof InterviewSlot>;
export type SlotsView = z.infer<typeof SlotsView>;
