import { createRoute } from '@hono/zod-openapi';
import { exportCareerPaths } from '../../domain/career/framework';
import { getEmployeeCareer, getFramework, getMyCareer, setMyGoal } from '../../domain/career/map';
import { getReadiness } from '../../domain/career/readiness';
import { CareerReadiness } from '../../domain/career/readiness-responses';
import { CareerFramework, EmployeeCareer, MyCareer } from '../../domain/career/responses';
import { GoalBody } from '../../domain/career/schemas';
import { csvResponse } from '../csv';
import { requireActor } from '../http';
import { file, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['career'];

/** Career paths (issue 18): the map, an employee's goal and gaps, HR's bench and the CSV export. */
export const careerRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/me/career', tags, responses: ok(MyCareer) }), async (c) =>
    c.json(await getMyCareer(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(createRoute({ method: 'put', path: '/me/career/goal', tags, request: json(GoalBody), responses: ok(MyCareer) }), async (c) =>
    c.json(await setMyGoal(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/employees/{id}/career', tags, request: { params: IdParams }, responses: ok(EmployeeCareer) }),
    async (c) => c.json(await getEmployeeCareer(c.get('deps').db, { actor: requireActor(c), employeeId: c.req.valid('param').id }), 200),
  )
  .openapi(createRoute({ method: 'get', path: '/career/framework', tags, responses: ok(CareerFramework) }), async (c) =>
    c.json(await getFramework(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(createRoute({ method: 'get', path: '/career/readiness', tags, responses: ok(CareerReadiness) }), async (c) =>
    c.json(await getReadiness(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/exports/career-paths.csv',
      tags,
      responses: file('text/csv', 'UTF-8 CSV with BOM, import column order'),
    }),
    async (c) => csvResponse(c, 'career-paths', await exportCareerPaths(c.get('deps').db, { actor: requireActor(c) })),
  );
