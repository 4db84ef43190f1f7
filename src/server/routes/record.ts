import { createRoute } from '@hono/zod-openapi';
import { addFollowUp } from '../../domain/record/followups';
import { addNote, deleteNote, editNote } from '../../domain/record/notes';
import { addItem, confirmPlan, deleteItem, editItem } from '../../domain/record/plan';
import { linkGap } from '../../domain/record/plan-gaps';
import { getPrep } from '../../domain/record/prep';
import { rateInterview, roundRatings } from '../../domain/record/rating';
import { markHeld, patchRecord } from '../../domain/record/record';
import {
  ConfirmPlan,
  EditItem,
  EditNote,
  HeldQuery,
  LinkGap,
  NewFollowUp,
  NewItem,
  NewNote,
  PatchRecord,
  Rate,
  VersionQuery,
} from '../../domain/record/schemas';
import {
  ActionPlan,
  FollowUpAdded,
  InterviewPrep,
  InterviewRating,
  InterviewRecord,
  NoteSaved,
  PlanItem,
  RecordFieldsView,
  RoundRatings,
} from '../../domain/record/responses';
import { getRecord } from '../../domain/record/view';
import { RefreshQuery } from '../../domain/shared/schemas';
import { requireActor } from '../http';
import { Done, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['record'];
const VersionedId = { params: IdParams, query: VersionQuery };

export const recordRoutes = router();

recordRoutes
  .openapi(
    createRoute({ method: 'get', path: '/interviews/{id}/prep', tags, request: { params: IdParams }, responses: ok(InterviewPrep) }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await getPrep(c.get('deps').db, { actor, interviewId: c.req.valid('param').id, locale: actor.locale }), 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/interviews/{id}/record', tags, request: { params: IdParams }, responses: ok(InterviewRecord) }),
    async (c) => c.json(await getRecord(c.get('deps').db, { actor: requireActor(c), interviewId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/interviews/{id}/record',
      tags,
      request: { params: IdParams, ...json(PatchRecord) },
      responses: ok(RecordFieldsView),
    }),
    async (c) =>
      c.json(
        await patchRecord(c.get('deps').db, { actor: requireActor(c), interviewId: c.req.valid('param').id, ...c.req.valid('json') }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/held',
      tags,
      request: { params: IdParams, query: HeldQuery },
      responses: ok(Done),
    }),
    async (c) =>
      c.json(
        await markHeld(c.get('deps').db, {
          actor: requireActor(c),
          interviewId: c.req.valid('param').id,
          early: c.req.valid('query').early === 'true',
          jobs: c.get('deps').jobs,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/notes',
      tags,
      request: { params: IdParams, ...json(NewNote) },
      responses: ok(NoteSaved),
    }),
    async (c) =>
      c.json(
        await addNote(c.get('deps').db, { actor: requireActor(c), interviewId: c.req.valid('param').id, ...c.req.valid('json') }),
        200,
      ),
  )
  .openapi(
    createRoute({ method: 'patch', path: '/notes/{id}', tags, request: { params: IdParams, ...json(EditNote) }, responses: ok(NoteSaved) }),
    async (c) =>
      c.json(await editNote(c.get('deps').db, { actor: requireActor(c), noteId: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  )
  .openapi(createRoute({ method: 'delete', path: '/notes/{id}', tags, request: VersionedId, responses: ok(Done) }), async (c) =>
    c.json(
      await deleteNote(c.get('deps').db, {
        actor: requireActor(c),
        noteId: c.req.valid('param').id,
        version: c.req.valid('query').version,
      }),
      200,
    ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/plan/items',
      tags,
      request: { params: IdParams, ...json(NewItem) },
      responses: ok(PlanItem),
    }),
    async (c) => {
      const { db, jobs } = c.get('deps');
      return c.json(await addItem(db, { actor: requireActor(c), jobs, interviewId: c.req.valid('param').id, ...c.req.valid('json') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/plan-items/{id}',
      tags,
      request: { params: IdParams, ...json(EditItem) },
      responses: ok(PlanItem),
    }),
    async (c) => {
      const { db, jobs } = c.get('deps');
      return c.json(await editItem(db, { actor: requireActor(c), jobs, itemId: c.req.valid('param').id, ...c.req.valid('json') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/plan-items/{id}/gap',
      tags,
      request: { params: IdParams, ...json(LinkGap) },
      responses: ok(PlanItem),
    }),
    async (c) =>
      c.json(await linkGap(c.get('deps').db, { actor: requireActor(c), itemId: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  )
  .openapi(createRoute({ method: 'delete', path: '/plan-items/{id}', tags, request: VersionedId, responses: ok(Done) }), async (c) =>
    c.json(
      await deleteItem(c.get('deps').db, {
        actor: requireActor(c),
        itemId: c.req.valid('param').id,
        version: c.req.valid('query').version,
        jobs: c.get('deps').jobs,
      }),
      200,
    ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/plan/confirm',
      tags,
      request: { params: IdParams, ...json(ConfirmPlan) },
      responses: ok(ActionPlan),
    }),
    async (c) =>
      c.json(
        await confirmPlan(c.get('deps').db, {
          actor: requireActor(c),
          interviewId: c.req.valid('param').id,
          ...c.req.valid('json'),
          jobs: c.get('deps').jobs,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/follow-ups',
      tags,
      request: { params: IdParams, ...json(NewFollowUp) },
      responses: ok(FollowUpAdded),
    }),
    async (c) =>
      c.json(
        await addFollowUp(c.get('deps').db, {
          actor: requireActor(c),
          interviewId: c.req.valid('param').id,
          ...c.req.valid('json'),
          jobs: c.get('deps').jobs,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/interviews/{id}/rating',
      tags,
      request: { params: IdParams, ...json(Rate) },
      responses: ok(InterviewRating),
    }),
    async (c) =>
      c.json(
        await rateInterview(c.get('deps').db, {
          actor: requireActor(c),
          interviewId: c.req.valid('param').id,
          ...c.req.valid('json'),
          jobs: c.get('deps').jobs,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/ratings',
      tags,
      request: { params: IdParams, query: RefreshQuery },
      responses: ok(RoundRatings),
    }),
    async (c) =>
      c.json(
        await roundRatings(c.get('deps').db, {
          actor: requireActor(c),
          roundId: c.req.valid('param').id,
          refresh: c.req.valid('query').refresh === 'true',
          jobs: c.get('deps').jobs,
        }),
        200,
      ),
  );
