import { createRoute, z } from '@hono/zod-openapi';
import { listNotifications, markNotificationsRead } from '../../domain/notify/notify';
import { requireActor } from '../http';
import { NotificationList } from '../../domain/notify/responses';
import { json, ok } from '../openapi';
import { router } from '../router';

const ListQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
});
/** No ids: mark everything read. */
const ReadBody = z.strictObject({ ids: z.array(z.uuid()).min(1).max(200).optional() });

export const notificationRoutes = router();

notificationRoutes
  .openapi(
    createRoute({
      method: 'get',
      path: '/notifications',
      tags: ['notifications'],
      request: { query: ListQuery },
      responses: ok(NotificationList),
    }),
    async (c) => c.json(await listNotifications(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/notifications/read',
      tags: ['notifications'],
      request: json(ReadBody),
      responses: { 204: { description: 'Done' } },
    }),
    async (c) => {
      await markNotificationsRead(c.get('deps').db, { actor: requireActor(c), ids: c.req.valid('json').ids });
      return c.body(null, 204);
    },
  );
