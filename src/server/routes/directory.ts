import { createRoute, z } from '@hono/zod-openapi';
import { createDepartment, listDepartments, updateDepartment } from '../../domain/directory/departments';
import { getEmployee, listEmployees } from '../../domain/directory/employees-read';
import { reinstateEmployee, retireEmployee, setEmployeeRoles } from '../../domain/directory/employees-status';
import { createEmployee, updateEmployee } from '../../domain/directory/employees-write';
import {
  DepartmentCreate,
  DepartmentUpdate,
  EmployeeCreate,
  EmployeeListQuery,
  EmployeeUpdate,
  IsoDate,
  RolesBody,
} from '../../domain/directory/schemas';
import { requireActor } from '../http';
import { created, IdParams, json, ok } from '../openapi';
import { Department, DepartmentList, EmployeeDetail, EmployeePage } from '../../domain/directory/responses';
import { router } from '../router';

const RetireBody = z.strictObject({ retiredOn: IsoDate.optional() });

export const directoryRoutes = router();

directoryRoutes
  .openapi(createRoute({ method: 'get', path: '/departments', tags: ['directory'], responses: ok(DepartmentList) }), async (c) => {
    const actor = requireActor(c);
    return c.json(await listDepartments(c.get('deps').db, { actor }), 200);
  })
  .openapi(
    createRoute({
      method: 'post',
      path: '/departments',
      tags: ['directory'],
      request: json(DepartmentCreate),
      responses: created(Department),
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await createDepartment(c.get('deps').db, { actor, ...c.req.valid('json') }), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/departments/{id}',
      tags: ['directory'],
      request: { params: IdParams, ...json(DepartmentUpdate) },
      responses: ok(Department),
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      return c.json(await updateDepartment(c.get('deps').db, { actor, id, ...c.req.valid('json') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/employees',
      tags: ['directory'],
      request: { query: EmployeeListQuery },
      responses: ok(EmployeePage),
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await listEmployees(c.get('deps').db, { actor, ...c.req.valid('query') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/employees',
      tags: ['directory'],
      request: json(EmployeeCreate),
      responses: created(EmployeeDetail),
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await createEmployee(c.get('deps').db, { actor, ...c.req.valid('json') }), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/employees/{id}',
      tags: ['directory'],
      request: { params: IdParams },
      responses: ok(EmployeeDetail),
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await getEmployee(c.get('deps').db, { actor, id: c.req.valid('param').id }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/employees/{id}',
      tags: ['directory'],
      request: { params: IdParams, ...json(EmployeeUpdate) },
      responses: ok(EmployeeDetail),
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const { db, mailer } = c.get('deps');
      return c.json(await updateEmployee(db, { actor, id, mailer, ...c.req.valid('json') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/employees/{id}/retire',
      tags: ['directory'],
      // The body is optional: an empty POST retires as of today.
      request: { params: IdParams, body: { content: { 'application/json': { schema: RetireBody } }, required: false } },
      responses: ok(EmployeeDetail),
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      const { retiredOn } = c.req.valid('json') ?? {};
      return c.json(await retireEmployee(c.get('deps').db, { actor, id, retiredOn }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/employees/{id}/reinstate',
      tags: ['directory'],
      request: { params: IdParams },
      responses: ok(EmployeeDetail),
    }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await reinstateEmployee(c.get('deps').db, { actor, id: c.req.valid('param').id }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/employees/{id}/roles',
      tags: ['directory'],
      request: { params: IdParams, ...json(RolesBody) },
      responses: ok(EmployeeDetail),
    }),
    async (c) => {
      const actor = requireActor(c);
      const { id } = c.req.valid('param');
      return c.json(await setEmployeeRoles(c.get('deps').db, { actor, id, roles: c.req.valid('json').roles }), 200);
    },
  );
