import { createRoute } from '@hono/zod-openapi';
import { answerReflection, reflectionStatus } from '../../domain/reflection/answer';
import { reflectionCard } from '../../domain/reflection/card';
import { myReflections } from '../../domain/reflection/mine';
import { exportReflection } from '../../domain/reflection/export';
import { reflectionOverview } from '../../domain/reflection/overview';
import {
  MyReflections,
  ReflectionCard,
  ReflectionOverview,
  ReflectionSettingsView,
  ReflectionStatus,
} from '../../domain/reflection/responses';
import { PeriodQuery, ReflectionInput, ReflectionSettings } from '../../domain/reflection/schemas';
import { getReflectionSettings, setReflectionSettings } from '../../domain/reflection/settings';
import { csvResponse } from '../csv';
import { requireActor } from '../http';
import { file, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['reflection'];

// The interviewer's reflection on the seed's four cautions (docs/decisions/0024-interviewer-reflection.md).
export const reflectionRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/interviews/{id}/reflection',
      tags,
      request: { params: IdParams },
      responses: ok(ReflectionStatus),
    }),
    async (c) => c.json(await reflectionStatus(c.get('deps').db, { actor: requireActor(c), interviewId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/interviews/{id}/reflection',
      tags,
      request: { params: IdParams, ...json(ReflectionInput) },
      responses: ok(ReflectionStatus),
    }),
    async (c) =>
      c.json(
        await answerReflection(c.get('deps').db, {
          actor: requireActor(c),
          interviewId: c.req.valid('param').id,
          input: c.req.valid('json'),
        }),
        200,
      ),
  )
  .openapi(createRoute({ method: 'get', path: '/me/reflections', tags, responses: ok(MyReflections) }), async (c) =>
    c.json(await myReflections(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(createRoute({ method: 'get', path: '/me/reflection', tags, responses: ok(ReflectionCard) }), async (c) =>
    c.json(await reflectionCard(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/employees/{id}/reflection', tags, request: { params: IdParams }, responses: ok(ReflectionCard) }),
    async (c) => c.json(await reflectionCard(c.get('deps').db, { actor: requireActor(c), interviewerId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/insight/reflection', tags, request: { query: PeriodQuery }, responses: ok(ReflectionOverview) }),
    async (c) => c.json(await reflectionOverview(c.get('deps').db, { actor: requireActor(c), period: c.req.valid('query').period }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/insight/reflection.csv',
      tags,
      request: { query: PeriodQuery },
      responses: file('text/csv', 'UTF-8 CSV with BOM: the same rows and suppression as the screen'),
    }),
    async (c) => {
      const chunks = await exportReflection(c.get('deps').db, { actor: requireActor(c), period: c.req.valid('query').period });
      return csvResponse(c, 'reflection', chunks);
    },
  )
  .openapi(createRoute({ method: 'get', path: '/settings/reflection', tags, responses: ok(ReflectionSettingsView) }), async (c) =>
    c.json(await getReflectionSettings(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/settings/reflection',
      tags,
      request: json(ReflectionSettings),
      responses: ok(ReflectionSettingsView),
    }),
    async (c) => c.json(await setReflectionSettings(c.get('deps').db, { actor: requireActor(c), settings: c.req.valid('json') }), 200),
  );
