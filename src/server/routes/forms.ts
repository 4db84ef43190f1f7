import { createRoute } from '@hono/zod-openapi';
import { createQuestion, createTheme, listQuestions, listThemes, updateQuestion, updateTheme } from '../../domain/forms/bank';
import {
  IncludeRetiredQuery,
  QuestionCreate,
  QuestionUpdate,
  StatusBody,
  TemplateCreate,
  TemplateListQuery,
  TemplateUpdate,
  ThemeCreate,
  ThemeUpdate,
} from '../../domain/forms/schemas';
import { createTemplate, getTemplate, listTemplates, setTemplateStatus, updateTemplate } from '../../domain/forms/templates';
import { BankQuestion, InterviewTheme, InterviewThemeList, QuestionBank, TemplateDetail, TemplateList } from '../../domain/forms/responses';
import { requireActor } from '../http';
import { created, IdParams, json, ok } from '../openapi';
import { router } from '../router';

export const formRoutes = router();

const tags = ['forms'];

formRoutes
  .openapi(
    createRoute({ method: 'get', path: '/templates', tags, request: { query: TemplateListQuery }, responses: ok(TemplateList) }),
    async (c) => c.json(await listTemplates(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/templates', tags, request: json(TemplateCreate), responses: created(TemplateDetail) }),
    async (c) => c.json(await createTemplate(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({ method: 'get', path: '/templates/{id}', tags, request: { params: IdParams }, responses: ok(TemplateDetail) }),
    async (c) => c.json(await getTemplate(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id }), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/templates/{id}',
      tags,
      request: { params: IdParams, ...json(TemplateUpdate) },
      responses: ok(TemplateDetail),
    }),
    async (c) =>
      c.json(await updateTemplate(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/templates/{id}/status',
      tags,
      request: { params: IdParams, ...json(StatusBody) },
      responses: ok(TemplateDetail),
    }),
    async (c) =>
      c.json(
        await setTemplateStatus(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id, ...c.req.valid('json') }),
        200,
      ),
  )
  .openapi(
    createRoute({ method: 'get', path: '/questions', tags, request: { query: IncludeRetiredQuery }, responses: ok(QuestionBank) }),
    async (c) =>
      c.json(
        await listQuestions(c.get('deps').db, { actor: requireActor(c), includeRetired: c.req.valid('query').includeRetired === 'true' }),
        200,
      ),
  )
  .openapi(
    createRoute({ method: 'post', path: '/questions', tags, request: json(QuestionCreate), responses: created(BankQuestion) }),
    async (c) => c.json(await createQuestion(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/questions/{id}',
      tags,
      request: { params: IdParams, ...json(QuestionUpdate.extend(StatusBody.partial().shape)) },
      responses: ok(BankQuestion),
    }),
    async (c) =>
      c.json(await updateQuestion(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/themes', tags, request: { query: IncludeRetiredQuery }, responses: ok(InterviewThemeList) }),
    async (c) =>
      c.json(
        await listThemes(c.get('deps').db, { actor: requireActor(c), includeRetired: c.req.valid('query').includeRetired === 'true' }),
        200,
      ),
  )
  .openapi(
    createRoute({ method: 'post', path: '/themes', tags, request: json(ThemeCreate), responses: created(InterviewTheme) }),
    async (c) => c.json(await createTheme(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('json') }), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/themes/{id}',
      tags,
      request: { params: IdParams, ...json(ThemeUpdate.extend(StatusBody.partial().shape)) },
      responses: ok(InterviewTheme),
    }),
    async (c) =>
      c.json(await updateTheme(c.get('deps').db, { actor: requireActor(c), id: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  );
