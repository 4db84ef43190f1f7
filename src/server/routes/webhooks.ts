import { createRoute } from '@hono/zod-openapi';
import { createWebhook, deleteWebhook, listWebhooks, rotateSecret, setSlackDm, updateWebhook } from '../../domain/webhooks/admin';
import { listDeliveries, resendDelivery, testWebhook } from '../../domain/webhooks/log';
import {
  SlackDmView,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookOverview,
  WebhookWithSecret,
} from '../../domain/webhooks/responses';
import { DeliveryQuery, EndpointCreate, EndpointUpdate, SlackDmSettings } from '../../domain/webhooks/schemas';
import { requireActor } from '../http';
import { created, Done, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['admin'];

/** 管理 → 通知連携: chat tools and webhooks (docs/decisions/0021). Admins only; the domain checks it. */
export const webhookRoutes = router()
  .openapi(createRoute({ method: 'get', path: '/admin/webhooks', tags, responses: ok(WebhookOverview) }), async (c) => {
    const { db, config } = c.get('deps');
    return c.json(await listWebhooks(db, { actor: requireActor(c), config }), 200);
  })
  .openapi(
    createRoute({ method: 'post', path: '/admin/webhooks', tags, request: json(EndpointCreate), responses: created(WebhookWithSecret) }),
    async (c) => {
      const { db, config } = c.get('deps');
      return c.json(await createWebhook(db, { actor: requireActor(c), config, body: c.req.valid('json') }), 201);
    },
  )
  .openapi(
    createRoute({ method: 'put', path: '/admin/webhooks/slack-dm', tags, request: json(SlackDmSettings), responses: ok(SlackDmView) }),
    async (c) => {
      const { db, config } = c.get('deps');
      return c.json(await setSlackDm(db, { actor: requireActor(c), config, body: c.req.valid('json') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/webhooks/slack-dm/deliveries',
      tags,
      request: { query: DeliveryQuery },
      responses: ok(WebhookDeliveryList),
    }),
    async (c) => {
      const { page } = c.req.valid('query');
      return c.json(await listDeliveries(c.get('deps').db, { actor: requireActor(c), target: 'slackDm', page }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/webhooks/deliveries/{id}/resend',
      tags,
      request: { params: IdParams },
      responses: ok(WebhookDelivery),
    }),
    async (c) => {
      const { db, jobs } = c.get('deps');
      return c.json(await resendDelivery(db, { actor: requireActor(c), jobs, id: c.req.valid('param').id }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/admin/webhooks/{id}',
      tags,
      request: { params: IdParams, ...json(EndpointUpdate) },
      responses: ok(WebhookEndpoint),
    }),
    async (c) => {
      const { db, config } = c.get('deps');
      const body = c.req.valid('json');
      return c.json(await updateWebhook(db, { actor: requireActor(c), config, id: c.req.valid('param').id, body }), 200);
    },
  )
  .openapi(
    createRoute({ method: 'delete', path: '/admin/webhooks/{id}', tags, request: { params: IdParams }, responses: ok(Done) }),
    async (c) => {
      await deleteWebhook(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id });
      return c.json({ ok: true }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/webhooks/{id}/rotate-secret',
      tags,
      request: { params: IdParams },
      responses: ok(WebhookWithSecret),
    }),
    async (c) => c.json(await rotateSecret(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/admin/webhooks/{id}/test', tags, request: { params: IdParams }, responses: ok(WebhookDelivery) }),
    async (c) => {
      const { db, config } = c.get('deps');
      return c.json(await testWebhook(db, { actor: requireActor(c), config, id: c.req.valid('param').id }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/webhooks/{id}/deliveries',
      tags,
      request: { params: IdParams, query: DeliveryQuery },
      responses: ok(WebhookDeliveryList),
    }),
    async (c) => {
      const { page } = c.req.valid('query');
      return c.json(await listDeliveries(c.get('deps').db, { actor: requireActor(c), target: c.req.valid('param').id, page }), 200);
    },
  );
