import { z } from 'zod';
import { DateTime, Uuid } from '../shared/contract';
import { CAUTIONS } from './rules';

const Caution = z.enum(CAUTIONS);
const ScoreMap = z.strictObject({ listen: z.number(), strengths: z.number(), support: z.number(), followUp: z.number() });
/** Averages over `n` answers; `scores` null below five answers (the five-person rule). */
export const Scores = z.strictObject({ n: z.number().int(), scores: ScoreMap.nullable() }).meta({ id: 'ReflectionScores' });

/** The employee's side: whether they answered (never what), and whether they may. */
export const ReflectionStatus = z
  .strictObject({ canAnswer: z.boolean(), answered: z.boolean(), period: z.string().nullable(), answeredAt: DateTime.nullable() })
  .meta({ id: 'ReflectionStatus' });

/** One signal from the record: how many of `of` cases met its rule; rate null when there was no case. */
export const Signal = z
  .strictObject({ id: z.string(), caution: Caution, met: z.number().int(), of: z.number().int(), rate: z.number().nullable() })
  .meta({ id: 'ReflectionSignal' });

/** An interviewer's private card (面談の振り返り) for the last closed period, against the company and the period before. */
export const ReflectionCard = z
  .strictObject({
    interviewer: z.strictObject({ id: Uuid, familyName: z.string(), givenName: z.string() }),
    period: z.string(),
    previousPeriod: z.string(),
    minGroup: z.number().int(),
    own: Scores,
    company: Scores,
    ownPrevious: Scores,
    signals: z.array(Signal),
    companySignals: z.array(Signal),
    /** The caution to work on first; null when neither answers nor signals say anything. */
    weakest: Caution.nullable(),
    /** Whether the figures above come from the answers or, below five answers, from the record's signals. */
    weakestFrom: z.enum(['answers', 'signals']).nullable(),
    /** The company setting, shown to the interviewer: may their manager open this card? */
    managerSees: z.boolean(),
    asOf: DateTime,
  })
  .meta({ id: 'ReflectionCard' });

/** The reminder on the prep page: one caution, from the interviewer's weakest. */
export const ReflectionReminder = z.strictObject({ caution: Caution.nullable() }).meta({ id: 'ReflectionReminder' });

const HrInterviewer = z.strictObject({
  id: Uuid,
  familyName: z.string(),
  givenName: z.string(),
  answers: Scores,
  signals: z.array(Signal),
});
/** HR's view of one closed period: interviewers by department, departments and the company, all suppressed alike. */
export const ReflectionOverview = z
  .strictObject({
    period: z.string(),
    periods: z.array(z.string()),
    minGroup: z.number().int(),
    company: Scores,
    departments: z.array(
      z.strictObject({ id: Uuid.nullable(), name: z.string().nullable(), answers: Scores, interviewers: z.array(HrInterviewer) }),
    ),
    /** The company's averages over the closed periods, oldest first (each suppressed below five). */
    trend: z.array(z.strictObject({ period: z.string(), company: Scores })),
    /** Interviewers who have held interviews but have no answer counted yet. */
    notRated: z.array(z.strictObject({ id: Uuid, familyName: z.string(), givenName: z.string() })),
    managerSees: z.boolean(),
    asOf: DateTime,
  })
  .meta({ id: 'ReflectionOverview' });

export const ReflectionSettingsView = z.strictObject({ managerSees: z.boolean() }).meta({ id: 'ReflectionSettingsView' });

export type Scores = z.infer<typeof Scores>;
export type Signal = z.infer<typeof Signal>;
export type ReflectionStatus = z.infer<typeof ReflectionStatus>;
export type ReflectionCard = z.infer<typeof ReflectionCard>;
export type ReflectionOverview = z.infer<typeof ReflectionOverview>;

const Held = { interviewId: Uuid, heldOn: z.string(), roundName: z.string() };
/** The employee's home: reflections still open, and answers counted (the period, never the content). */
export const MyReflections = z
  .strictObject({
    toAnswer: z.array(z.strictObject(Held)),
    counted: z.array(z.strictObject({ ...Held, period: z.string() })),
  })
  .meta({ id: 'MyReflections' });
export type MyReflections = z.infer<typeof MyReflections>;
