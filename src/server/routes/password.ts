import { createRoute } from '@hono/zod-openapi';
import { changePassword } from '../../domain/auth/password-change';
import { PasswordChangeBody, ResetConfirmBody, ResetRequestBody } from '../../domain/auth/password-schemas';
import { confirmPasswordReset, requestPasswordReset } from '../../domain/auth/reset';
import { requireActor } from '../http';
import { Done, json, ok } from '../openapi';
import { router } from '../router';

export const passwordRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/password-reset/request',
      tags: ['auth'],
      request: json(ResetRequestBody),
      responses: {
        202: { description: 'Accepted, whether or not the address belongs to anyone', content: { 'application/json': { schema: Done } } },
      },
    }),
    async (c) => {
      const deps = c.get('deps');
      await requestPasswordReset(deps.db, {
        email: c.req.valid('json').email,
        ip: c.get('ip'),
        mailer: deps.mailer,
        publicUrl: deps.config.publicUrl,
      });
      return c.json({ ok: true }, 202);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/password-reset/confirm',
      tags: ['auth'],
      request: json(ResetConfirmBody),
      responses: ok(Done),
    }),
    async (c) => {
      const { token, password } = c.req.valid('json');
      await confirmPasswordReset(c.get('deps').db, { token, password, ip: c.get('ip') });
      return c.json({ ok: true }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/auth/password', tags: ['auth'], request: json(PasswordChangeBody), responses: ok(Done) }),
    async (c) => {
      const actor = requireActor(c);
      const { currentPassword, newPassword } = c.req.valid('json');
      await changePassword(c.get('deps').db, { actor, currentPassword, newPassword, sessionToken: c.get('sessionToken') });
      return c.json({ ok: true }, 200);
    },
  );
