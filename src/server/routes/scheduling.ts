import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { chooseSlot, downloadIcs, unschedule } from '../../domain/scheduling/appointment';
import { ChooseBody, OfferBody, ProposeBody, SlotParams } from '../../domain/scheduling/schemas';
import { getSchedulingSettings, SchedulingSettingsBody, updateSchedulingSettings } from '../../domain/scheduling/settings';
import { listSlots, offerSlots, proposeSlot, withdrawSlot } from '../../domain/scheduling/slots';
import { SchedulingSettings, SlotsView } from '../../domain/scheduling/responses';
import type { AppEnv } from '../context';
import { requireActor } from '../http';
import { file, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['scheduling'];

export const schedulingRoutes = router();

const deps = (c: Context<AppEnv>) => ({
  mailer: c.get('deps').mailer,
  publicUrl: c.get('deps').config.publicUrl,
  jobs: c.get('deps').jobs,
});

schedulingRoutes
  .openapi(
    createRoute({ method: 'get', path: '/interviews/{id}/slots', tags, request: { params: IdParams }, responses: ok(SlotsView) }),
    async (c) => c.json(await listSlots(c.get('deps').db, { actor: requireActor(c), interviewId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/slots',
      tags,
      request: { params: IdParams, ...json(OfferBody) },
      responses: ok(SlotsView),
    }),
    async (c) =>
      c.json(
        await offerSlots(c.get('deps').db, {
          actor: requireActor(c),
          interviewId: c.req.valid('param').id,
          ...c.req.valid('json'),
          ...deps(c),
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/slots/propose',
      tags,
      request: { params: IdParams, ...json(ProposeBody) },
      responses: ok(SlotsView),
    }),
    async (c) =>
      c.json(
        await proposeSlot(c.get('deps').db, {
          actor: requireActor(c),
          interviewId: c.req.valid('param').id,
          ...c.req.valid('json'),
          ...deps(c),
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/schedule',
      tags,
      request: { params: IdParams, ...json(ChooseBody) },
      responses: ok(SlotsView),
    }),
    async (c) =>
      c.json(
        await chooseSlot(c.get('deps').db, {
          actor: requireActor(c),
          interviewId: c.req.valid('param').id,
          ...c.req.valid('json'),
          ...deps(c),
        }),
        200,
      ),
  )
  .openapi(
    createRoute({ method: 'delete', path: '/interviews/{id}/schedule', tags, request: { params: IdParams }, responses: ok(SlotsView) }),
    async (c) =>
      c.json(
        await unschedule(c.get('deps').db, {
          actor: requireActor(c),
          interviewId: c.req.valid('param').id,
          ...deps(c),
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/interviews/{id}/slots/{slotId}',
      tags,
      request: { params: SlotParams },
      responses: ok(SlotsView),
    }),
    async (c) => {
      const { id, slotId } = c.req.valid('param');
      return c.json(await withdrawSlot(c.get('deps').db, { actor: requireActor(c), interviewId: id, slotId }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/interviews/{id}/invite.ics',
      tags,
      request: { params: IdParams },
      responses: file('text/calendar', 'The appointment as an iCalendar invitation'),
    }),
    async (c) => {
      const ics = await downloadIcs(c.get('deps').db, {
        actor: requireActor(c),
        interviewId: c.req.valid('param').id,
        publicUrl: c.get('deps').config.publicUrl,
      });
      return c.body(ics, 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': 'attachment; filename="interview.ics"',
      });
    },
  )
  .openapi(createRoute({ method: 'get', path: '/settings/scheduling', tags, responses: ok(SchedulingSettings) }), async (c) => {
    requireActor(c);
    return c.json(await getSchedulingSettings(c.get('deps').db), 200);
  })
  .openapi(
    createRoute({
      method: 'put',
      path: '/settings/scheduling',
      tags,
      request: json(SchedulingSettingsBody),
      responses: ok(SchedulingSettings),
    }),
    async (c) => c.json(await updateSchedulingSettings(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 200),
  );
