import { createRoute } from '@hono/zod-openapi';
import { LocaleBody, LoginBody } from '../../domain/auth/schemas';
import { login } from '../../domain/auth/login';
import { getMe, setLocale } from '../../domain/auth/me';
import { destroySession } from '../../domain/auth/sessions';
import { audit } from '../../domain/audit/audit';
import { Done, json, ok } from '../openapi';
import { router } from '../router';
import { LoginAnswer, Me } from '../../domain/auth/responses';
import { requireActor } from '../http';
import { clearSessionCookies, setSessionCookies } from '../middleware/session';

export const authRoutes = router()
  .openapi(
    createRoute({ method: 'post', path: '/auth/login', tags: ['auth'], request: json(LoginBody), responses: ok(LoginAnswer) }),
    async (c) => {
      const deps = c.get('deps');
      const body = c.req.valid('json');
      const s = await login(deps.db, {
        ...body,
        ip: c.get('ip'),
        userAgent: c.req.header('user-agent'),
        sessionDays: deps.config.sessionDays,
      });
      setSessionCookies(c, s.token, s.csrfToken);
      return c.json({ ok: true, csrfToken: s.csrfToken }, 200);
    },
  )
  .openapi(createRoute({ method: 'post', path: '/auth/logout', tags: ['auth'], responses: ok(Done) }), async (c) => {
    const deps = c.get('deps');
    const token = c.get('sessionToken');
    const actor = c.get('actor');
    if (token) await destroySession(deps.db, token);
    if (actor) await audit(deps.db, { actor, action: 'auth.logout', entityType: 'employee', entityId: actor.id });
    clearSessionCookies(c);
    return c.json({ ok: true }, 200);
  })
  .openapi(createRoute({ method: 'get', path: '/auth/me', tags: ['auth'], responses: ok(Me) }), async (c) => {
    const actor = requireActor(c);
    const me = await getMe(c.get('deps').db, actor);
    return c.json({ ...me, csrfToken: c.get('csrfToken') }, 200);
  })
  .openapi(
    createRoute({ method: 'put', path: '/me/locale', tags: ['auth'], request: json(LocaleBody), responses: ok(Done) }),
    async (c) => {
      const actor = requireActor(c);
      await setLocale(c.get('deps').db, actor, c.req.valid('json').locale);
      return c.json({ ok: true }, 200);
    },
  );
