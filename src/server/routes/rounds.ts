import { createRoute, z } from '@hono/zod-openapi';
import { listAssignments, reassignInterviews } from '../../domain/rounds/assignments';
import { roundForms } from '../../domain/rounds/forms';
import { launchRound } from '../../domain/rounds/launch';
import { previewParticipants } from '../../domain/rounds/participants';
import { remindRound, roundProgress } from '../../domain/rounds/progress';
import { closeRound, createRound, deleteRound, getRound, listRounds, updateRound } from '../../domain/rounds/rounds';
import { RefreshQuery, Version } from '../../domain/shared/schemas';
import {
  AssignmentListQuery,
  INTERVIEWER_RULES,
  ParticipantRule,
  Reassign,
  RemindBody,
  RoundCreate,
  RoundListQuery,
  RoundUpdate,
} from '../../domain/rounds/schemas';
import {
  ParticipantPreview,
  ReassignResult,
  RemindQueued,
  RoundAssignmentPage,
  RoundForms,
  RoundPage,
  RoundProgress,
  RoundView,
} from '../../domain/rounds/responses';
import { requireActor } from '../http';
import { created, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const Preview = z.strictObject({ participants: ParticipantRule, interviewerRule: z.enum(INTERVIEWER_RULES).default('manager') });
const VersionBody = z.strictObject({ version: Version });
const tags = ['rounds'];

export const roundRoutes = router();

roundRoutes
  .openapi(createRoute({ method: 'get', path: '/rounds', tags, request: { query: RoundListQuery }, responses: ok(RoundPage) }), async (c) =>
    c.json(await listRounds(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('query') }), 200),
  )
  .openapi(createRoute({ method: 'post', path: '/rounds', tags, request: json(RoundCreate), responses: created(RoundView) }), async (c) =>
    c.json(await createRound(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({ method: 'post', path: '/rounds/preview', tags, request: json(Preview), responses: ok(ParticipantPreview) }),
    async (c) => c.json(await previewParticipants(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 200),
  )
  .openapi(createRoute({ method: 'get', path: '/rounds/{id}', tags, request: { params: IdParams }, responses: ok(RoundView) }), async (c) =>
    c.json(await getRound(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/rounds/{id}/forms', tags, request: { params: IdParams }, responses: ok(RoundForms) }),
    async (c) => c.json(await roundForms(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/rounds/{id}',
      tags,
      request: { params: IdParams, ...json(RoundUpdate) },
      responses: ok(RoundView),
    }),
    async (c) =>
      c.json(await updateRound(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/rounds/{id}',
      tags,
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted' } },
    }),
    async (c) => {
      await deleteRound(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/launch',
      tags,
      request: { params: IdParams, ...json(VersionBody) },
      responses: ok(RoundView),
    }),
    async (c) => {
      const { db, jobs } = c.get('deps');
      return c.json(
        await launchRound(db, { actor: requireActor(c), id: c.req.valid('param').id, version: c.req.valid('json').version, jobs }),
        200,
      );
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/rounds/{id}/close', tags, request: { params: IdParams }, responses: ok(RoundView) }),
    async (c) => c.json(await closeRound(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/interviews',
      tags,
      request: { params: IdParams, query: AssignmentListQuery },
      responses: ok(RoundAssignmentPage),
    }),
    async (c) =>
      c.json(
        await listAssignments(c.get('deps').db, { actor: requireActor(c), roundId: c.req.valid('param').id, ...c.req.valid('query') }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/reassign',
      tags,
      request: { params: IdParams, ...json(Reassign) },
      responses: ok(ReassignResult),
    }),
    async (c) =>
      c.json(
        await reassignInterviews(c.get('deps').db, { actor: requireActor(c), roundId: c.req.valid('param').id, ...c.req.valid('json') }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/progress',
      tags,
      request: { params: IdParams, query: RefreshQuery },
      responses: ok(RoundProgress),
    }),
    async (c) =>
      c.json(
        await roundProgress(c.get('deps').db, {
          actor: requireActor(c),
          roundId: c.req.valid('param').id,
          refresh: c.req.valid('query').refresh === 'true',
          jobs: c.get('deps').jobs,
        }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/rounds/{id}/remind',
      tags,
      request: { params: IdParams, ...json(RemindBody) },
      responses: ok(RemindQueued),
    }),
    async (c) => {
      const { db, jobs } = c.get('deps');
      return c.json(
        await remindRound(db, { actor: requireActor(c), roundId: c.req.valid('param').id, target: c.req.valid('json').target, jobs }),
        200,
      );
    },
  );
