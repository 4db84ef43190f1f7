import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Entry, MATRIX, pathOf } from '../integration/security-matrix';
import { makeEmployee } from './factories';
import { FUZZ_RUNS, FUZZ_SEED, type FuzzCtx, type FuzzRequest, type Operation, operations, requestArb, shapeInvalidArb } from './fuzz';
import { inspect, writeProbe } from './fuzz-checks';
import type { TestApp, TestClient } from './harness';
import { matrixFixtures, type Role } from './matrix-fixtures';
import { type Org, orgApp } from './org-app';

/**
 * The fuzzing of every write endpoint (tests/integration/security-fuzz*.test.ts): each endpoint, as
 * a caller allowed to use it, gets FUZZ_RUNS generated requests (bodies from its OpenAPI schema and
 * mutations of the matrix's valid body, arbitrary and malformed JSON, bad path parameters and query
 * strings). Whatever comes: never a 5xx; a refusal is a 4xx whose message is in the caller's
 * language, without a stack trace, and it leaves the business data as it was (writeProbe). Requests
 * that succeed change data, which later runs meet as 409s. The endpoints are split in shards, one
 * test file each, so that vitest's two workers share the cost.
 */

type Lang = 'ja' | 'en';
const WRITE = /^(POST|PUT|PATCH|DELETE) /;
/** Sign-in and password endpoints: only bodies that fail their schema (no hashing, no throttle counts). */
const AUTH_SHAPES: Record<string, 'anon' | 'signedIn'> = {
  'POST /auth/login': 'anon',
  'POST /auth/password-reset/request': 'anon',
  'POST /auth/password-reset/confirm': 'anon',
  'POST /auth/password': 'signedIn',
  'PUT /me/locale': 'signedIn',
  'POST /setup/admin': 'anon',
};
const NOT_FUZZED: Record<string, string> = {
  'POST /auth/logout': 'takes no input; would end the session',
  'POST /setup/demo': 'takes no input; closed once people exist (setup.test.ts)',
};
/** Endpoints whose success would change who the callers are: they act on an employee of their own. */
const ON_VICTIM = ['PATCH /employees/{id}', 'POST /employees/{id}/retire', 'POST /employees/{id}/reinstate', 'PUT /employees/{id}/roles'];
/** Closing or deleting the round ends what most other endpoints work on: fuzzed last. */
const LAST = ['DELETE /rounds/{id}', 'POST /rounds/{id}/close'];
const ROUTES = Object.keys(MATRIX)
  .filter((r) => WRITE.test(r))
  .sort((a, b) => Number(LAST.includes(a)) - Number(LAST.includes(b)));

const roleOf = (e: Entry): Exclude<Role, 'anon'> => (e.allow === 'signedIn' ? 'self' : (e.allow[0] as Exclude<Role, 'anon'>));
const clip = (s: string) => (s.length > 600 ? `${s.slice(0, 600)}…` : s);
const seedOf = (route: string, lang: Lang) => [...`${route} ${lang}`].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, FUZZ_SEED);
// fast-check prints a counterexample with this: a 100k-character body stays readable.
const printable = (r: FuzzRequest) =>
  Object.assign(r, {
    [fc.toStringMethod]: () =>
      `${r.kind} ${clip(r.url)} ${r.type ?? ''} ${clip(typeof r.body === 'string' ? JSON.stringify(r.body) : `${r.body?.length ?? 0} bytes`)}`,
  });
/** Tried first: malformed JSON, and the first path parameter not an id, so each endpoint shows its 400. */
const malformed = (url: string, template: string): FuzzRequest => {
  const at = template.split('/').findIndex((seg) => seg.startsWith('{'));
  const path =
    at < 0
      ? url
      : url
          .split('/')
          .map((seg, i) => (i === at ? 'not-an-id' : seg))
          .join('/');
  return { kind: 'example', url: path, body: '{', type: 'application/json', unknownId: false };
};

/** Defines the tests of one shard (1-based) of `shards`; shard 1 also checks that every write endpoint is fuzzed. */
export function fuzzWriteEndpoints(shard: number, shards: number) {
  let t: TestApp;
  let org: Org;
  let fx: Awaited<ReturnType<typeof matrixFixtures>>;
  let ops: Map<string, Operation>;
  let probe: Awaited<ReturnType<typeof writeProbe>>;
  let ctx: FuzzCtx;
  let victim: string;
  let authUser: TestClient;
  const mine = <T>(xs: T[]) => xs.filter((_, i) => i % shards === shard - 1);

  beforeAll(async () => {
    let hr: TestClient;
    ({ t, org, hr } = await orgApp());
    fx = await matrixFixtures(t, org, hr);
    victim = (await makeEmployee(t.db, { departmentId: org.team.id })).id;
    authUser = await t.client().login((await makeEmployee(t.db)).email);
    // Ids a generated uuid may point at: records of every kind, people who are no caller (a retire or role change
    // aimed at the manager would sign them out for the rest of the run).
    const { employee: _self, managerId: _manager, ...records } = fx.ids;
    ctx = { ids: [...Object.values(records), victim, org.otherReport.id, org.division.id, org.otherTeam.id] };
    ops = operations(await (await t.app.request('/api/v1/openapi.json')).json());
    probe = await writeProbe(t.handle.executeSql);
  }, 120_000);
  afterAll(() => t.close());

  if (shard === 1) {
    it('fuzzes every write endpoint of the route table', () => {
      const writes = [...ops.keys()].filter((r) => WRITE.test(r));
      expect(writes.length).toBeGreaterThan(60);
      const unfuzzed = writes.filter((r) => !MATRIX[r] && !AUTH_SHAPES[r] && !NOT_FUZZED[r]);
      expect(unfuzzed, 'write endpoints without a matrix entry (security-matrix.ts)').toEqual([]);
      // Every table but the ones a refused request may touch is watched.
      expect(probe.tables).toBeGreaterThan(30);
    });

    it('sees a committed write to a business table, and not a rolled-back one', async () => {
      const before = await probe.mark();
      const touch = `UPDATE departments SET name = name WHERE id = '${org.team.id}'`;
      await t.handle.executeSql(`BEGIN; ${touch}; ROLLBACK;`);
      expect(await probe.mark()).toBe(before);
      await t.handle.executeSql(touch);
      expect(await probe.since(before)).toEqual(['UPDATE departments']);
    });
  }

  function validPath(route: string, e: Entry) {
    const p = route.slice(route.indexOf(' ') + 1);
    if (ON_VICTIM.includes(route)) return p.replace('{id}', victim);
    return pathOf(route, e, fx.ids);
  }

  async function fuzz(client: TestClient, route: string, arb: fc.Arbitrary<FuzzRequest>, example: FuzzRequest, lang: Lang, runs: number) {
    const method = route.slice(0, route.indexOf(' '));
    const seen = new Map<number, number>();
    const started = performance.now();
    let mark = await probe.mark();
    await fc.assert(
      fc.asyncProperty(arb.map(printable), async (req) => {
        const headers: Record<string, string> = { 'accept-language': lang };
        if (req.type !== undefined) headers['content-type'] = req.type;
        const answer = await inspect(await client.request(method, `/api/v1${req.url}`, req.body, headers), lang);
        seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
        const after = await probe.mark();
        if (answer.refused && after !== mark) answer.issues.push(`partial write: ${(await probe.since(mark)).join(', ')}`);
        if (req.unknownId && answer.status < 300) answer.issues.push('success for a record that does not exist');
        if (answer.status === 401) answer.issues.push('the caller lost their session');
        mark = after;
        if (answer.issues.length) throw new Error(`${answer.status}: ${answer.issues.join('; ')}\n${clip(answer.text)}`);
      }),
      { numRuns: runs, seed: seedOf(route, lang), endOnFailure: true, examples: [[printable(example)]] },
    );
    // The runs got past authorization to validation: at least one input was refused as invalid.
    expect(seen.get(400), `no 400 among ${JSON.stringify(Object.fromEntries(seen))}`).toBeGreaterThan(0);
    if (process.env.FUZZ_STATS) console.info(`${lang} ${route} ${Math.round(performance.now() - started)} ms`, Object.fromEntries(seen));
  }

  const passes: { lang: Lang; runs: number }[] = [
    { lang: 'ja', runs: FUZZ_RUNS },
    // A sample in English: messages follow the caller's language, not the source one.
    { lang: 'en', runs: Math.max(10, Math.ceil(FUZZ_RUNS / 20)) },
  ];
  describe.each(passes)(`fuzzing write endpoints in $lang (FUZZ_SEED=${FUZZ_SEED})`, ({ lang, runs }) => {
    const timeout = 60_000 + runs * 200;
    // The language of a signed-in caller is their own setting, whatever the browser says.
    beforeAll(async () => {
      for (const c of [...Object.values(fx.clients), authUser]) {
        if (c !== fx.clients.anon) expect((await c.put('/api/v1/me/locale', { locale: lang })).status).toBe(200);
      }
    });

    for (const route of mine(ROUTES)) {
      it(
        route,
        async () => {
          const e = MATRIX[route]!;
          const op = ops.get(route);
          expect(op, 'not in the route table').toBeDefined();
          const [method, template] = route.split(' ') as [string, string];
          const body = e.body?.(fx.ids) ?? (method === 'DELETE' ? undefined : {});
          const path = validPath(route, e);
          const arb = requestArb({ op: op!, template, path, body, raw: e.raw, ctx });
          await fuzz(fx.clients[roleOf(e)], route, arb, malformed(path, template), lang, runs);
        },
        timeout,
      );
    }

    for (const [route, who] of mine(Object.entries(AUTH_SHAPES))) {
      it(
        `${route} (bodies of the wrong shape)`,
        async () => {
          const path = route.slice(route.indexOf(' ') + 1);
          const schema = ops.get(route)?.body?.schema;
          expect(schema, 'not in the route table').toBeDefined();
          const arb = shapeInvalidArb(schema!, ctx).map((r) => ({ ...r, url: path }));
          await fuzz(who === 'anon' ? t.client() : authUser, route, arb, malformed(path, path), lang, runs);
        },
        timeout,
      );
    }
  });
}
