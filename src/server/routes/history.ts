import { createRoute, z } from '@hono/zod-openapi';
import { decideConsent, myConsents, overrideConsent, requestConsent } from '../../domain/record/consent';
import { getHistory } from '../../domain/record/history';
import {
  EmployeeHistory,
  HistoryConsentList,
  HistoryConsentState,
  SuggestionRuleList,
  SuggestionRuleSaved,
} from '../../domain/record/responses';
import { createRule, deleteRule, listRules, updateRule } from '../../domain/record/rules';
import { ConsentDecision, HistoryQuery, Override, RuleInput } from '../../domain/record/schemas';
import { requireActor } from '../http';
import { Done, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['history'];
const OverrideBody = Override.extend({ viewerId: z.uuid() });

export const historyRoutes = router();

historyRoutes
  .openapi(
    createRoute({ method: 'get', path: '/me/history', tags, request: { query: HistoryQuery }, responses: ok(EmployeeHistory) }),
    async (c) => {
      const actor = requireActor(c);
      return c.json(await getHistory(c.get('deps').db, { actor, employeeId: actor.id, ...c.req.valid('query') }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/employees/{id}/history',
      tags,
      request: { params: IdParams, query: HistoryQuery },
      responses: ok(EmployeeHistory),
    }),
    async (c) =>
      c.json(
        await getHistory(c.get('deps').db, { actor: requireActor(c), employeeId: c.req.valid('param').id, ...c.req.valid('query') }),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/employees/{id}/history/consent-request',
      tags,
      request: { params: IdParams },
      responses: ok(HistoryConsentState),
    }),
    async (c) => c.json(await requestConsent(c.get('deps').db, { actor: requireActor(c), employeeId: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/employees/{id}/history/override',
      tags,
      request: { params: IdParams, ...json(OverrideBody) },
      responses: ok(HistoryConsentState),
    }),
    async (c) =>
      c.json(
        await overrideConsent(c.get('deps').db, { actor: requireActor(c), employeeId: c.req.valid('param').id, ...c.req.valid('json') }),
        200,
      ),
  )
  .openapi(createRoute({ method: 'get', path: '/me/history-consents', tags, responses: ok(HistoryConsentList) }), async (c) =>
    c.json(await myConsents(c.get('deps').db, requireActor(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/me/history-consents/{id}/decide',
      tags,
      request: { params: IdParams, ...json(ConsentDecision) },
      responses: ok(HistoryConsentState),
    }),
    async (c) =>
      c.json(
        await decideConsent(c.get('deps').db, { actor: requireActor(c), consentId: c.req.valid('param').id, ...c.req.valid('json') }),
        200,
      ),
  )
  .openapi(createRoute({ method: 'get', path: '/suggestion-rules', tags, responses: ok(SuggestionRuleList) }), async (c) =>
    c.json(await listRules(c.get('deps').db, requireActor(c)), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/suggestion-rules', tags, request: json(RuleInput), responses: ok(SuggestionRuleSaved) }),
    async (c) => c.json(await createRule(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/suggestion-rules/{id}',
      tags,
      request: { params: IdParams, ...json(RuleInput) },
      responses: ok(SuggestionRuleSaved),
    }),
    async (c) =>
      c.json(await updateRule(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({ method: 'delete', path: '/suggestion-rules/{id}', tags, request: { params: IdParams }, responses: ok(Done) }),
    async (c) => c.json(await deleteRule(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id }), 200),
  );
