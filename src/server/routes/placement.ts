import { createRoute } from '@hono/zod-openapi';
import { positionCandidates } from '../../domain/placement/candidates';
import { decideWish } from '../../domain/placement/decisions';
import { listWishes } from '../../domain/placement/list';
import { createPosition, editPosition, getPosition, listPositions } from '../../domain/placement/positions';
import {
  CandidateQuery,
  EditPosition,
  EditWish,
  NewDecision,
  NewPosition,
  NewWish,
  PositionListQuery,
  Versioned,
  WishListQuery,
} from '../../domain/placement/schemas';
import { createWish, editWish, employeeWishes, myWishes, withdrawWish } from '../../domain/placement/wishes';
import { CandidatePage, CareerWish, EmployeeWishes, MyWishes, Position, PositionPage, WishPage } from '../../domain/placement/responses';
import { requireActor } from '../http';
import { created, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['placement'];

// 異動・キャリアパスの希望 and 人材配置 (positions, candidates, decisions). Mounted in ./index.ts.
export const placementRoutes = router();

placementRoutes
  .openapi(createRoute({ method: 'get', path: '/me/wishes', tags, responses: ok(MyWishes) }), async (c) =>
    c.json(await myWishes(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(createRoute({ method: 'post', path: '/me/wishes', tags, request: json(NewWish), responses: created(CareerWish) }), async (c) =>
    c.json(await createWish(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/wishes/{id}',
      tags,
      request: { params: IdParams, ...json(EditWish) },
      responses: ok(CareerWish),
    }),
    async (c) =>
      c.json(await editWish(c.get('deps').db, { actor: requireActor(c), wishId: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/wishes/{id}/withdraw',
      tags,
      request: { params: IdParams, ...json(Versioned) },
      responses: ok(CareerWish),
    }),
    async (c) =>
      c.json(
        await withdrawWish(c.get('deps').db, { actor: requireActor(c), wishId: c.req.valid('param').id, ...c.req.valid('json') }),
        200,
      ),
  )
  .openapi(createRoute({ method: 'get', path: '/wishes', tags, request: { query: WishListQuery }, responses: ok(WishPage) }), async (c) =>
    c.json(await listWishes(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/wishes/{id}/decisions',
      tags,
      request: { params: IdParams, ...json(NewDecision) },
      responses: created(CareerWish),
    }),
    async (c) =>
      c.json(await decideWish(c.get('deps').db, { actor: requireActor(c), wishId: c.req.valid('param').id, ...c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({ method: 'get', path: '/employees/{id}/wishes', tags, request: { params: IdParams }, responses: ok(EmployeeWishes) }),
    async (c) => c.json(await employeeWishes(c.get('deps').db, { actor: requireActor(c), employeeId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/positions', tags, request: { query: PositionListQuery }, responses: ok(PositionPage) }),
    async (c) => c.json(await listPositions(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('query') }), 200),
  )
  .openapi(createRoute({ method: 'post', path: '/positions', tags, request: json(NewPosition), responses: created(Position) }), async (c) =>
    c.json(await createPosition(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({ method: 'get', path: '/positions/{id}', tags, request: { params: IdParams }, responses: ok(Position) }),
    async (c) => c.json(await getPosition(c.get('deps').db, { actor: requireActor(c), positionId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/positions/{id}',
      tags,
      request: { params: IdParams, ...json(EditPosition) },
      responses: ok(Position),
    }),
    async (c) =>
      c.json(
        await editPosition(c.get('deps').db, { actor: requireActor(c), positionId: c.req.valid('param').id, ...c.req.valid('json') }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/positions/{id}/candidates',
      tags,
      request: { params: IdParams, query: CandidateQuery },
      responses: ok(CandidatePage),
    }),
    async (c) => {
      const { skills, ...q } = c.req.valid('query');
      return c.json(
        await positionCandidates(c.get('deps').db, {
          actor: requireActor(c),
          positionId: c.req.valid('param').id,
          ...q,
          skills: skills === 'true',
          jobs: c.get('deps').jobs,
        }),
        200,
      );
    },
  );
