import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { getHearing, exportCriteria, saveCriteria } from '../../domain/hiring/summary';
import { listHearings, sendHearing } from '../../domain/hiring/hearings';
import { deleteHearing, remindHearing } from '../../domain/hiring/manage';
import { pickablePeople, setPerformer } from '../../domain/hiring/performer';
import { HearingDetail, HearingList, HearingSheet, PerformerPicks, PerformerSaved } from '../../domain/hiring/responses';
import { CriteriaSave, HearingCreate, PerformerPick } from '../../domain/hiring/schemas';
import { LIMITS } from '../../domain/directory/schemas';
import { getSheet, saveSheet, submitSheet } from '../../domain/hiring/sheet';
import { AnswersSaved } from '../../domain/interviews/responses';
import { SaveAnswers } from '../../domain/interviews/schemas';
import { csvResponse } from '../csv';
import { requireActor } from '../http';
import { created, file, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['hiring'];
const Created = z.strictObject({ id: z.string() }).meta({ id: 'HearingCreated' });
const Reminded = z.strictObject({ queued: z.boolean(), managers: z.number().int() }).meta({ id: 'HearingReminded' });
const PickQuery = z.strictObject({ q: z.string().trim().max(LIMITS.search).optional() });

/** The hiring-criteria hearing (issue 18.5, decision 0026): HR sends and summarises; a manager answers their own sheet. */
export const hiringRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/hiring/hearings', tags, responses: ok(HearingList) }), async (c) =>
    c.json(await listHearings(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/hiring/hearings', tags, request: json(HearingCreate), responses: created(Created) }),
    async (c) => {
      const { db, mailer, config, jobs } = c.get('deps');
      return c.json(
        await sendHearing(db, { actor: requireActor(c), ...c.req.valid('json'), mailer, publicUrl: config.publicUrl, jobs }),
        201,
      );
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/hiring/hearings/{id}', tags, request: { params: IdParams }, responses: ok(HearingDetail) }),
    async (c) => c.json(await getHearing(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/hiring/hearings/{id}',
      tags,
      request: { params: IdParams },
      responses: { 204: { description: 'Deleted, with its sheets and draft criteria' } },
    }),
    async (c) => {
      await deleteHearing(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/hiring/hearings/{id}/remind',
      tags,
      description: 'Queues a reminder (in-app and mail) to the managers who have not submitted their sheet.',
      request: { params: IdParams },
      responses: ok(Reminded),
    }),
    async (c) => {
      const { db, jobs } = c.get('deps');
      return c.json(await remindHearing(db, { actor: requireActor(c), id: c.req.valid('param').id, jobs }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/hiring/hearings/{id}/criteria',
      tags,
      request: { params: IdParams, ...json(CriteriaSave) },
      responses: ok(HearingDetail),
    }),
    async (c) =>
      c.json(await saveCriteria(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/hiring/hearings/{id}/criteria.csv',
      tags,
      request: { params: IdParams },
      responses: file('text/csv', 'UTF-8 CSV with BOM: the draft hiring criteria'),
    }),
    async (c) =>
      csvResponse(c, 'hiring-criteria', await exportCriteria(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id })),
  )
  .openapi(
    createRoute({ method: 'get', path: '/me/hearings/{id}', tags, request: { params: IdParams }, responses: ok(HearingSheet) }),
    async (c) => c.json(await getSheet(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/me/hearings/{id}/answers',
      tags,
      request: { params: IdParams, ...json(SaveAnswers) },
      responses: ok(AnswersSaved),
    }),
    async (c) =>
      c.json(
        await saveSheet(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id, answers: c.req.valid('json').answers }),
        200,
      ),
  )
  .openapi(
    createRoute({ method: 'post', path: '/me/hearings/{id}/submit', tags, request: { params: IdParams }, responses: ok(HearingSheet) }),
    async (c) => c.json(await submitSheet(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/hearings/{id}/people',
      tags,
      description: 'People the manager may pick as the high performer of their sheet: name and department only.',
      request: { params: IdParams, query: PickQuery },
      responses: ok(PerformerPicks),
    }),
    async (c) =>
      c.json(
        await pickablePeople(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id, q: c.req.valid('query').q }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/me/hearings/{id}/performer',
      tags,
      request: { params: IdParams, ...json(PerformerPick) },
      responses: ok(PerformerSaved),
    }),
    async (c) =>
      c.json(
        await setPerformer(c.get('deps').db, {
          actor: requireActor(c),
          id: c.req.valid('param').id,
          performerId: c.req.valid('json').performerId,
        }),
        200,
      ),
  );
