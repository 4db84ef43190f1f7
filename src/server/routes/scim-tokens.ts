import { createRoute } from '@hono/zod-openapi';
import { ScimToken, ScimTokenCreate, ScimTokenCreated, ScimTokenList } from '../../domain/scim/responses';
import { createScimToken, listScimTokens, revokeScimToken } from '../../domain/scim/tokens';
import { requireActor } from '../http';
import { created, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['admin'];

/** 管理 → ディレクトリ同期(SCIM): the bearer tokens identity providers use (docs/decisions/0023). Admins only. */
export const scimTokenRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/admin/scim/tokens', tags, responses: ok(ScimTokenList) }), async (c) =>
    c.json(await listScimTokens(c.get('deps').db, { actor: requireActor(c), publicUrl: c.get('deps').config.publicUrl }), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/admin/scim/tokens', tags, request: json(ScimTokenCreate), responses: created(ScimTokenCreated) }),
    async (c) => c.json(await createScimToken(c.get('deps').db, { actor: requireActor(c), name: c.req.valid('json').name }), 201),
  )
  .openapi(
    createRoute({ method: 'delete', path: '/admin/scim/tokens/{id}', tags, request: { params: IdParams }, responses: ok(ScimToken) }),
    async (c) => c.json(await revokeScimToken(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id }), 200),
  );
