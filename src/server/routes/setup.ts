import { createRoute } from '@hono/zod-openapi';
import { getCookie, setCookie } from 'hono/cookie';
import { LoginAnswer } from '../../domain/auth/responses';
import { demoLoadStatus, startDemoLoad } from '../../domain/setup/demo';
import { DemoLoad, SetupState } from '../../domain/setup/responses';
import { FirstAdminBody } from '../../domain/setup/schemas';
import { createFirstAdmin, setupState } from '../../domain/setup/setup';
import { created, json, ok } from '../openapi';
import { router } from '../router';
import { secure, setSessionCookies } from '../middleware/session';

const tags = ['setup'];
/** The demo load's token: only the browser that started it follows it (HttpOnly, sent to these routes only). */
const SETUP_COOKIE = 'mendan_setup';

// First run: public routes (middleware/gate.ts), open only while no administrator exists.
export const setupRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/setup', tags, responses: ok(SetupState) }), async (c) =>
    c.json(await setupState(c.get('deps').db), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/setup/admin', tags, request: json(FirstAdminBody), responses: created(LoginAnswer) }),
    async (c) => {
      const deps = c.get('deps');
      const s = await createFirstAdmin(deps.db, {
        input: c.req.valid('json'),
        ip: c.get('ip'),
        userAgent: c.req.header('user-agent'),
        sessionDays: deps.config.sessionDays,
      });
      setSessionCookies(c, s.token, s.csrfToken);
      return c.json({ ok: true, csrfToken: s.csrfToken }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/setup/demo',
      tags,
      responses: { 202: { description: 'The demo load is queued', content: { 'application/json': { schema: DemoLoad } } } },
    }),
    async (c) => {
      const deps = c.get('deps');
      const { token, load } = await startDemoLoad(deps.db, { jobs: deps.jobs, ip: c.get('ip') });
      setCookie(c, SETUP_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Strict',
        path: '/api/v1/setup',
        secure: secure(deps),
        maxAge: 86_400,
      });
      return c.json(load, 202);
    },
  )
  .openapi(createRoute({ method: 'get', path: '/setup/demo', tags, responses: ok(DemoLoad) }), async (c) =>
    c.json(await demoLoadStatus(c.get('deps').db, getCookie(c, SETUP_COOKIE)), 200),
  );
