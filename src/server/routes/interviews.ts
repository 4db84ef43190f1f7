import { createRoute, z } from '@hono/zod-openapi';
import { FORM_KINDS } from '../../domain/forms/definition';
import { exportAnswers } from '../../domain/interviews/export';
import { loadInterview, presentInterview } from '../../domain/interviews/access';
import { copyPrevious, getForm, saveAnswers, submitForm, withdrawForm } from '../../domain/interviews/forms';
import { listInterviewerQueue, listMyInterviews } from '../../domain/interviews/list';
import { FormParams, QueueQuery, SaveAnswers } from '../../domain/interviews/schemas';
import {
  AnswersCopied,
  AnswersSaved,
  FormView,
  InterviewQueuePage,
  InterviewView,
  MyInterviewList,
} from '../../domain/interviews/responses';
import { csvResponse } from '../csv';
import { requireActor } from '../http';
import { file, IdParams, json, ok } from '../openapi';
import { router } from '../router';

const tags = ['interviews'];
const ExportQuery = z.strictObject({ kind: z.enum(FORM_KINDS) });

export const interviewRoutes = router();

interviewRoutes
  .openapi(createRoute({ method: 'get', path: '/me/interviews', tags, responses: ok(MyInterviewList) }), async (c) =>
    c.json(await listMyInterviews(c.get('deps').db, { actor: requireActor(c) }), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/interviews', tags, request: { query: QueueQuery }, responses: ok(InterviewQueuePage) }),
    async (c) => c.json(await listInterviewerQueue(c.get('deps').db, { actor: requireActor(c), ...c.req.valid('query') }), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/interviews/{id}', tags, request: { params: IdParams }, responses: ok(InterviewView) }),
    async (c) => c.json(presentInterview(await loadInterview(c.get('deps').db, requireActor(c), c.req.valid('param').id)), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/interviews/{id}/forms/{kind}', tags, request: { params: FormParams }, responses: ok(FormView) }),
    async (c) => {
      const { id, kind } = c.req.valid('param');
      return c.json(await getForm(c.get('deps').db, { actor: requireActor(c), interviewId: id, kind }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/interviews/{id}/forms/{kind}/answers',
      tags,
      request: { params: FormParams, ...json(SaveAnswers) },
      responses: ok(AnswersSaved),
    }),
    async (c) => {
      const { id, kind } = c.req.valid('param');
      const { answers } = c.req.valid('json');
      return c.json(await saveAnswers(c.get('deps').db, { actor: requireActor(c), interviewId: id, kind, answers }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/forms/{kind}/submit',
      tags,
      request: { params: FormParams },
      responses: ok(FormView),
    }),
    async (c) => {
      const { id, kind } = c.req.valid('param');
      const { db, mailer, config, jobs } = c.get('deps');
      return c.json(
        await submitForm(db, { actor: requireActor(c), interviewId: id, kind, mailer, publicUrl: config.publicUrl, jobs }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/forms/{kind}/withdraw',
      tags,
      request: { params: FormParams },
      responses: ok(FormView),
    }),
    async (c) => {
      const { id, kind } = c.req.valid('param');
      return c.json(await withdrawForm(c.get('deps').db, { actor: requireActor(c), interviewId: id, kind, jobs: c.get('deps').jobs }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interviews/{id}/forms/{kind}/copy-previous',
      tags,
      request: { params: FormParams },
      responses: ok(AnswersCopied),
    }),
    async (c) => {
      const { id, kind } = c.req.valid('param');
      return c.json(await copyPrevious(c.get('deps').db, { actor: requireActor(c), interviewId: id, kind }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/rounds/{id}/answers.csv',
      tags,
      request: { params: IdParams, query: ExportQuery },
      responses: file('text/csv', 'Submitted answers, UTF-8 CSV with BOM'),
    }),
    async (c) => {
      const { kind } = c.req.valid('query');
      const chunks = await exportAnswers(c.get('deps').db, { actor: requireActor(c), roundId: c.req.valid('param').id, kind });
      return csvResponse(c, kind, chunks);
    },
  );
