import type { Context } from 'hono';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { isConnectionError } from '../db/connection-errors';
import { resourceTypes, schemas, serviceProviderConfig } from '../domain/scim/discovery';
import { createGroup, deleteGroup, getGroup, listGroups, patchGroup, replaceGroup } from '../domain/scim/groups';
import { listResponse, parsePaging, SCIM_CONTENT_TYPE, scimActor, ScimError, scimErrorBody } from '../domain/scim/protocol';
import { PatchOp, ScimGroupInput, ScimUserInput } from '../domain/scim/schemas';
import { authenticateScim, scimBaseUrl } from '../domain/scim/tokens';
import { createUser, deleteUser, getUser, listUsers, patchUser, replaceUser, type ScimCtx } from '../domain/scim/users';
import { unstorableText } from '../domain/shared/issues';
import { translator } from '../i18n';
import { BODY_LIMIT } from './app';
import { headerAfter } from './http';
import type { AppEnv } from './context';
import { unavailable } from './outage';

type ScimEnv = { Variables: AppEnv['Variables'] & { scim: ScimCtx } };
type C = Context<ScimEnv>;

const send = (c: C, body: unknown, status: ContentfulStatusCode = 200) =>
  c.body(JSON.stringify(body), status, { 'Content-Type': SCIM_CONTENT_TYPE });

const fail = (c: C, err: ScimError) => {
  const t = c.get('t') ?? translator('ja');
  return send(c, scimErrorBody(err.status, t(err.key, err.params), err.scimType), err.status as ContentfulStatusCode);
};

/** The body as JSON (SCIM clients send application/scim+json), checked by its schema; SCIM's own 400s otherwise. */
async function input<T extends z.ZodType>(c: C, schema: T): Promise<z.infer<T>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new ScimError(400, 'scim.errors.syntax', 'invalidSyntax');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.message?.startsWith('scim.') ? issue.message : 'scim.errors.invalid';
    throw new ScimError(400, key, 'invalidValue', { path: issue?.path.join('.') ?? '' });
  }
  if (unstorableText(parsed.data)) throw new ScimError(400, 'errors.invalidCharacters', 'invalidValue');
  return parsed.data;
}

const paging = (c: C) => ({
  filter: c.req.query('filter'),
  ...parsePaging({ startIndex: c.req.query('startIndex'), count: c.req.query('count') }),
});

/**
 * SCIM 2.0 for identity providers (docs/decisions/0023), mounted at /scim/v2 — outside /api/v1, so no session or
 * CSRF applies: a provider authenticates with `Authorization: Bearer <token>` and nothing else. The token reaches
 * only these routes; a session cookie reaches none of them.
 */
export function scimRoutes() {
  const app = new Hono<ScimEnv>();
  app.use('*', bodyLimit({ maxSize: BODY_LIMIT, onError: (c) => fail(c as C, new ScimError(413, 'errors.payloadTooLarge')) }));
  app.use('*', async (c, next) => {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const { db, mailer, config } = c.get('deps');
    const token = bearer ? await authenticateScim(db, bearer) : null;
    if (!token) {
      c.header('WWW-Authenticate', 'Bearer realm="scim"');
      return fail(c, new ScimError(401, 'scim.errors.unauthorized'));
    }
    c.set('scim', {
      db,
      mailer,
      actor: scimActor(c.get('ip')),
      base: scimBaseUrl(config.publicUrl),
      tokenId: token.id,
    });
    await next();
    headerAfter(c, 'Cache-Control', 'no-store');
  });
  app.onError((err, c) => {
    if (err instanceof ScimError) return fail(c, err);
    if (isConnectionError(err)) {
      c.get('deps').outage?.report(err);
      return unavailable(c as unknown as Parameters<typeof unavailable>[0]);
    }
    c.get('log').error({ err }, 'unhandled SCIM error');
    return fail(c, new ScimError(500, 'errors.internal'));
  });

  app.get('/ServiceProviderConfig', (c) => send(c, serviceProviderConfig(c.get('scim').base)));
  app.get('/ResourceTypes', (c) => {
    const items = resourceTypes(c.get('scim').base);
    return send(c, listResponse(items, items.length, 0));
  });
  app.get('/Schemas', (c) => {
    const items = schemas(c.get('scim').base);
    return send(c, listResponse(items, items.length, 0));
  });

  app.get('/Users', async (c) => send(c, await listUsers(c.get('scim'), paging(c))));
  app.post('/Users', async (c) => send(c, await createUser(c.get('scim'), await input(c, ScimUserInput)), 201));
  app.get('/Users/:id', async (c) => send(c, await getUser(c.get('scim'), c.req.param('id'))));
  app.put('/Users/:id', async (c) => send(c, await replaceUser(c.get('scim'), c.req.param('id'), await input(c, ScimUserInput))));
  app.patch('/Users/:id', async (c) => send(c, await patchUser(c.get('scim'), c.req.param('id'), (await input(c, PatchOp)).Operations)));
  app.delete('/Users/:id', async (c) => {
    await deleteUser(c.get('scim'), c.req.param('id'));
    return c.body(null, 204);
  });

  app.get('/Groups', async (c) => send(c, await listGroups(c.get('scim'), { ...paging(c), excluded: c.req.query('excludedAttributes') })));
  app.post('/Groups', async (c) => send(c, await createGroup(c.get('scim'), await input(c, ScimGroupInput)), 201));
  app.get('/Groups/:id', async (c) => send(c, await getGroup(c.get('scim'), c.req.param('id'), c.req.query('excludedAttributes'))));
  app.put('/Groups/:id', async (c) => send(c, await replaceGroup(c.get('scim'), c.req.param('id'), await input(c, ScimGroupInput))));
  app.patch('/Groups/:id', async (c) => send(c, await patchGroup(c.get('scim'), c.req.param('id'), (await input(c, PatchOp)).Operations)));
  app.delete('/Groups/:id', async (c) => {
    await deleteGroup(c.get('scim'), c.req.param('id'));
    return c.body(null, 204);
  });

  app.all('*', () => {
    throw new ScimError(404, 'scim.errors.notFound');
  });
  return app;
}
