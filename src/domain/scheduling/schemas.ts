import { z } from 'zod';
import { singleLine } from '../shared/schemas';

export const SLOT_LIMITS = { location: 300, note: 500, maxMinutes: 240, offers: 10 } as const;
export const LOCATION_TYPES = ['room', 'online'] as const;

const Moment = z.iso.datetime({ offset: true });

const slotShape = {
  start: Moment,
  end: Moment,
  locationType: z.enum(LOCATION_TYPES),
  location: singleLine(SLOT_LIMITS.location),
  note: z.string().trim().max(SLOT_LIMITS.note).default(''),
};

type SlotLike = { start: string; end: string; locationType?: string; location?: string };
/** Ends after it starts, at most four hours; an online meeting needs its link, a room its name. */
function checkSlot(v: SlotLike, ctx: z.RefinementCtx, needLocation: boolean) {
  const ms = new Date(v.end).getTime() - new Date(v.start).getTime();
  if (ms <= 0) ctx.addIssue({ code: 'custom', message: 'schedule.errors.endBeforeStart', path: ['end'] });
  else if (ms > SLOT_LIMITS.maxMinutes * 60_000) ctx.addIssue({ code: 'custom', message: 'schedule.errors.tooLong', path: ['end'] });
  if (!needLocation && !v.location) return;
  if (v.locationType === 'online' && !/^https:\/\/\S+$/.test(v.location ?? ''))
    ctx.addIssue({ code: 'custom', message: 'schedule.errors.onlineUrl', path: ['location'] });
  if (v.locationType === 'room' && !v.location)
    ctx.addIssue({ code: 'custom', message: 'schedule.errors.roomRequired', path: ['location'] });
}

export const SlotInput = z.strictObject(slotShape).superRefine((v, ctx) => checkSlot(v, ctx, true));
export const OfferBody = z.strictObject({ slots: z.array(SlotInput).min(1).max(SLOT_LIMITS.offers) });

/** The employee proposes a time; the place may be left to the interviewer. */
export const ProposeBody = z
  .strictObject({ ...slotShape, locationType: slotShape.locationType.default('room'), location: slotShape.location.default('') })
  .superRefine((v, ctx) => checkSlot(v, ctx, false));

/** Choosing (or accepting a proposal); a proposal without a place gets one here. */
export const ChooseBody = z
  .strictObject({
    slotId: z.uuid(),
    locationType: z.enum(LOCATION_TYPES).optional(),
    location: singleLine(SLOT_LIMITS.location).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.location) checkSlot({ start: '2000-01-01T00:00:00Z', end: '2000-01-01T01:00:00Z', ...v }, ctx, true);
  });

export const SlotParams = z.object({ id: z.uuid(), slotId: z.uuid() });
