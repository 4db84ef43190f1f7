import { createRoute } from '@hono/zod-openapi';
import { getInventory, saveInventory } from '../../domain/skills/inventory';
import { InventoryBody } from '../../domain/skills/schemas';
import { SkillInventory } from '../../domain/skills/responses';
import { requireActor } from '../http';
import { IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['skills'];

export const skillRoutes = router();

skillRoutes
  .openapi(createRoute({ method: 'get', path: '/me/inventory', tags, responses: ok(SkillInventory) }), async (c) => {
    const actor = requireActor(c);
    return c.json(await getInventory(c.get('deps').db, { actor, employeeId: actor.id }), 200);
  })
  .openapi(
    createRoute({ method: 'put', path: '/me/inventory', tags, request: json(InventoryBody), responses: ok(SkillInventory) }),
    async (c) => c.json(await saveInventory(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/employees/{id}/inventory', tags, request: { params: IdParams }, responses: ok(SkillInventory) }),
    async (c) => c.json(await getInventory(c.get('deps').db, { actor: requireActor(c), employeeId: c.req.valid('param').id }), 200),
  );
