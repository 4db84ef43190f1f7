import fc from 'fast-check';
import iconv from 'iconv-lite';

/**
 * Request generators for the fuzzing of the write endpoints (tests/support/fuzz-suite.ts). Bodies
 * come from the OpenAPI document (what each endpoint declares it takes) and from the authorization
 * matrix's valid request (what it really accepts), so a new endpoint is fuzzed without writing a
 * generator for it.
 */

/** Runs per endpoint: 1,000 by default (CI); more for a long hunt. FUZZ_SEED replays a failed run. */
export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 1000);
export const FUZZ_SEED = Number(process.env.FUZZ_SEED) || Math.floor(Math.random() * 2 ** 31);

export type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
};
type Param = { name: string; in: string; schema: Schema };
type OpenApi = {
  paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
};
export type Operation = { query: Param[]; body: { type: 'json' | 'csv'; schema: Schema } | null };

/** Every endpoint of the OpenAPI document as "METHOD /path" (without /api/v1). */
export function operations(doc: OpenApi): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const [p, methods] of Object.entries(doc.paths)) {
    for (const [m, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      const type = content['application/json'] ? 'json' : content['text/csv'] ? 'csv' : null;
      out.set(`${m.toUpperCase()} ${p.replace('/api/v1', '')}`, {
        query: (op.parameters ?? []).filter((x) => x.in === 'query'),
        body: type ? { type, schema: content[type === 'json' ? 'application/json' : 'text/csv']!.schema } : null,
      });
    }
  }
  return out;
}

/** One generated request. `unknownId`: a path parameter is a well-formed id of nothing. */
export type FuzzRequest = { kind: string; url: string; body?: string | Uint8Array; type?: string; unknownId: boolean };
/** Ids of real records, offered wherever a uuid is expected (a note's id as an interview's, …). */
export type FuzzCtx = { ids: string[] };

// --- values -----------------------------------------------------------------------------------
const JA = [...'あいうアイウ漢字面談部署社員ー・ｱｲｳ　'];
const ODD = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u001f',
  '\u007f',
  '\u200b',
  '\u202e',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\uffff',
  '😀',
  '👨‍👩‍👧',
  '\r\n',
  '\t',
  '"',
  '\\',
  "'",
  '<',
  '&',
  '%',
  '$',
  '{',
];
const char = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...JA) },
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
);
const text = (maxLength = 30, minLength = 0) => fc.string({ unit: char, minLength: Math.min(minLength, maxLength), maxLength });
const repeated = (n: number) => fc.constantFrom('a', 'あ', '😀', '\u0000').map((c) => c.repeat(n));

const DATES = [
  '9999-12-31',
  '0000-01-01',
  '0001-01-01',
  '1899-12-31',
  '3000-01-01',
  '1900-02-29',
  '2024-02-29',
  '2026-02-30',
  '2026-13-01',
  '2026-1-1',
  '+275760-09-13',
  '275760-09-13T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '0000-01-01T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-06-01T12:00:00+09:00',
  '2026-06-01T12:00:00',
];
const NUMBERS = [0, -0, -1, 1, 1.5, 0.1, 5, 6, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 1e21, 1e308, -1e308, 5e-324];
const STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '0',
  '-1',
  '1e999',
  'NaN',
  'true',
  'null',
  '{}',
  'zzz',
  'unknownValue',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  'not-a-uuid',
  '@',
  'a@b',
  "'; drop table employees; --",
  '<img src=x onerror=alert(1)>',
  '{{t}}',
  '__proto__',
];
const OBJECTS = [
  '[]',
  '{}',
  '[null]',
  '[[]]',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"ja":""}',
  '{"ja":"あ","en":1}',
];

/** A value no field should choke on: wrong types, edge numbers and dates, NUL bytes, lone surrogates, 100k characters. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(null, true, false, ...NUMBERS, ...STRINGS, ...DATES) },
  { weight: 1, arbitrary: fc.constantFrom(...OBJECTS).map((s) => JSON.parse(s) as unknown) },
  { weight: 2, arbitrary: text(40) },
  {
    weight: 1,
    arbitrary: fc
      .oneof({ weight: 9, arbitrary: fc.constantFrom(101, 2001, 10_000) }, { weight: 1, arbitrary: fc.constant(100_000) })
      .chain(repeated),
  },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const instant = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true });
const day = fc.oneof(
  { weight: 5, arbitrary: instant.map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom(...DATES) },
);
const dateTime = fc.oneof(
  { weight: 5, arbitrary: instant.map((d) => d.toISOString()) },
  { weight: 1, arbitrary: fc.constantFrom(...DATES) },
);
// Text of any value for a CSV cell. Not String(v): a generated object with a "toString" or "valueOf" key
// that is not a function cannot be converted (seed 105029583 found one).
const cellText = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// --- schema-guided bodies -----------------------------------------------------------------------
/** Mostly what the schema allows (with the valid example's values in the mix), sometimes a hostile value. */
function guided(s: Schema | undefined, ex: unknown, ctx: FuzzCtx, depth = 0): fc.Arbitrary<unknown> {
  const options = [
    { weight: 6, arbitrary: conforming(s, ex, ctx, depth) },
    { weight: 1, arbitrary: hostile },
  ];
  if (ex !== undefined) options.push({ weight: 3, arbitrary: fc.constant(ex).map((v) => structuredClone(v)) });
  return fc.oneof(...options);
}

function conforming(s: Schema | undefined, ex: unknown, ctx: FuzzCtx, depth: number): fc.Arbitrary<unknown> {
  if (!s) return ex === undefined ? hostile : fc.constant(ex);
  if (s.anyOf) return fc.oneof(...s.anyOf.map((x) => conforming(x, ex, ctx, depth)));
  if (s.enum) return fc.constantFrom(...s.enum);
  const types = s.type === undefined ? [] : [s.type].flat();
  if (types.length > 1) return fc.oneof(...types.map((type) => conforming({ ...s, type }, ex, ctx, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const lo = s.minimum ?? -5;
      const hi = s.maximum ?? lo + 100;
      const base = types[0] === 'integer' ? fc.integer({ min: lo, max: hi }) : fc.double({ min: lo, max: hi, noNaN: true });
      return fc.oneof({ weight: 4, arbitrary: base }, { weight: 1, arbitrary: fc.constantFrom(lo, hi, lo - 1, hi + 1) });
    }
    case 'string':
      return stringOf(s, ctx);
    case 'array': {
      const max = Math.min(s.maxItems ?? 4, 4);
      const items = fc.array(guided(s.items, Array.isArray(ex) ? ex[0] : undefined, ctx, depth + 1), {
        minLength: Math.min(s.minItems ?? 0, max),
        maxLength: max,
      });
      if (s.maxItems === undefined || s.maxItems > 100) return items;
      // One more item than allowed.
      return fc.oneof(
        { weight: 9, arbitrary: items },
        {
          weight: 1,
          arbitrary: conforming(s.items, undefined, ctx, depth + 1).map((v) =>
            Array.from({ length: s.maxItems! + 1 }, () => structuredClone(v)),
          ),
        },
      );
    }
    case 'object':
      return objectOf(s, ex, ctx, depth);
    default: // {}: any value (a form answer, export parameters)
      return fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostile);
  }
}

function stringOf(s: Schema, ctx: FuzzCtx): fc.Arbitrary<unknown> {
  if (s.format === 'uuid') return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ctx.ids) }, { weight: 1, arbitrary: fc.uuid() });
  if (s.format === 'date') return day;
  if (s.format === 'date-time') return dateTime;
  if (s.format === 'email') return fc.emailAddress();
  const max = s.maxLength ?? 200;
  const free = text(Math.min(max, 40), s.minLength ?? 0);
  const edges = fc.constantFrom(max, max + 1).chain((n) => fc.constantFrom('a', 'あ').map((c) => c.repeat(n)));
  if (s.pattern) {
    try {
      return fc.oneof({ weight: 4, arbitrary: fc.stringMatching(new RegExp(s.pattern)) }, { weight: 1, arbitrary: free });
    } catch {
      // A pattern fast-check cannot generate from: free text (mostly refused) will do.
    }
  }
  return fc.oneof({ weight: 5, arbitrary: free }, { weight: 1, arbitrary: edges });
}

function objectOf(s: Schema, ex: unknown, ctx: FuzzCtx, depth: number): fc.Arbitrary<unknown> {
  const exObj = isObject(ex) ? ex : {};
  const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  if (depth > 6) return fc.constant(structuredClone(exObj));
  const keys = [...new Set([...Object.keys(s.properties ?? {}), ...Object.keys(exObj)])];
  const model = Object.fromEntries(keys.map((k) => [k, guided(s.properties?.[k] ?? extra, exObj[k], ctx, depth + 1)]));
  const record = fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => keys.includes(k)) });
  if (!extra) return record;
  const more = fc.dictionary(text(12, 1), conforming(extra, undefined, ctx, depth + 1), { maxKeys: 2 });
  return fc.tuple(record, more).map(([a, b]) => ({ ...b, ...a }));
}

// --- mutations of a valid body --------------------------------------------------------------------
type Path = (string | number)[];
type Edit = { op: 'set' | 'drop' | 'add'; path: Path; into: Path | null; key: string; value: unknown };

function nodes(v: unknown, at: Path, out: { all: Path[]; objects: Path[] }) {
  out.all.push(at);
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) nodes(x, [...at, i], out);
  } else if (isObject(v)) {
    out.objects.push(at);
    for (const [k, x] of Object.entries(v)) nodes(x, [...at, k], out);
  }
  return out;
}

const at = (root: unknown, path: Path) =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), root);
// defineProperty: a key named __proto__ becomes a key of the JSON, not the object's prototype.
const put = (o: object, k: string | number, v: unknown) =>
  Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

function apply(root: unknown, e: Edit): unknown {
  if (e.op === 'add') {
    const target = e.into && at(root, e.into);
    if (isObject(target)) put(target, e.key, e.value);
    return root;
  }
  if (e.path.length === 0) return e.op === 'set' ? e.value : undefined;
  const parent = at(root, e.path.slice(0, -1));
  const k = e.path.at(-1)!;
  if (parent === null || typeof parent !== 'object') return root; // an earlier edit replaced it
  if (e.op === 'set') put(parent, k, e.value);
  else if (Array.isArray(parent)) parent.splice(Number(k), 1);
  else delete (parent as Record<string, unknown>)[k];
  return root;
}

/** The valid body with one to three edits: a key dropped, set to a hostile value, or an unknown key added. */
function mutated(ex: unknown): fc.Arbitrary<unknown> {
  const { all, objects } = nodes(ex, [], { all: [], objects: [] });
  const edit: fc.Arbitrary<Edit> = fc.record({
    op: fc.constantFrom('set', 'set', 'drop', 'add'),
    path: fc.constantFrom(...all),
    into: objects.length ? fc.constantFrom(...objects) : fc.constant(null),
    key: fc.oneof(text(12), fc.constantFrom('__proto__', 'constructor', 'id', 'employeeId', 'status', 'version', 'createdAt')),
    value: hostile,
  });
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => edits.reduce<unknown>(apply, structuredClone(ex)));
}

// --- whole requests --------------------------------------------------------------------------------
const MALFORMED = ['{', '{"a":', '[1,2', '', 'null', 'undefined', '{"a":1}{"b":2}', '\ufeff{}', '{"a":1e999}', "{'a':1}", '\u0000'];
const WRONG_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=shift_jis',
  '',
];
const SEGMENTS = ['', '%zz', '%E3%81', '%2F', '%00', '..', 'null', '0', '-1', ' ', 'x'.repeat(300), '00000000-0000-0000-0000-000000000000'];

/** encodeURIComponent, with a lone surrogate sent as the bytes a careless client would send. */
const enc = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd')).replace(/%EF%BF%BD/g, '%ED%A0%80');
  }
};

type Encoded = { kind: string; body?: string | Uint8Array; type?: string };
const json =
  (kind: string) =>
  (v: unknown): Encoded =>
    v === undefined ? { kind } : { kind, body: JSON.stringify(v), type: 'application/json' };
const broken: fc.Arbitrary<Encoded> = fc.oneof(
  fc.constantFrom(...MALFORMED).map((body) => ({ kind: 'malformed', body, type: 'application/json' })),
  fc
    .tuple(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...WRONG_TYPES))
    .map(([v, type]) => ({ kind: 'wrongType', body: JSON.stringify(v) ?? '', type })),
);

function bodyArb(op: Operation, ex: unknown, raw: { body: string; type: string } | undefined, ctx: FuzzCtx): fc.Arbitrary<Encoded> {
  const anyJson = fc.oneof(fc.jsonValue(), hostile).map(json('arbitrary'));
  if (op.body?.type === 'csv' && raw) return csvArb(raw);
  if (op.body?.type !== 'json')
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(ex).map(json('valid')) },
      { weight: 1, arbitrary: anyJson },
      { weight: 1, arbitrary: broken },
    );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(ex).map(json('valid')) },
    { weight: 5, arbitrary: mutated(ex).map(json('mutated')) },
    { weight: 3, arbitrary: conforming(op.body.schema, ex, ctx, 0).map(json('guided')) },
    { weight: 1, arbitrary: anyJson },
    { weight: 1, arbitrary: broken },
  );
}

function csvArb(raw: { body: string; type: string }): fc.Arbitrary<Encoded> {
  const [header = '', validRow = ''] = raw.body.split('\r\n');
  const cell = fc.oneof(
    text(20),
    fc.constantFrom('', '"', '""', '"a,b"', '"a\r\nb"', '=1+1', 'M9', 'm9@example.jp', '2026-02-30', 'retired', 'a\u0000b'),
    hostile.map(cellText),
  );
  // The valid row with some cells replaced, so that most of a row is right and one cell is not.
  const near = fc
    .tuple(...validRow.split(',').map((c) => fc.oneof({ weight: 3, arbitrary: fc.constant(c) }, { weight: 1, arbitrary: cell })))
    .map((cs) => cs.join(','));
  const row = fc.oneof(
    near,
    fc.array(cell, { maxLength: 8 }).map((cs) => cs.join(',')),
  );
  const file = fc
    .tuple(
      fc.constantFrom('', '\ufeff'),
      fc.constantFrom(header, header, '', header.split(',').reverse().join(','), `${header},余分`, 'a,a,a'),
      fc.array(row, { maxLength: 6 }),
      fc.constantFrom('\r\n', '\n', '\r'),
    )
    .map(([bom, h, rows, nl]) => bom + [h, ...rows].join(nl));
  const bytes: fc.Arbitrary<string | Uint8Array> = fc.oneof(
    { weight: 1, arbitrary: fc.constant(raw.body) },
    { weight: 5, arbitrary: file },
    { weight: 1, arbitrary: file.map((s) => new Uint8Array(iconv.encode(s, 'Shift_JIS'))) },
    { weight: 1, arbitrary: text(300) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
  );
  const type = fc.constantFrom(
    'text/csv',
    'text/csv',
    'text/csv; charset=shift_jis',
    'application/vnd.ms-excel',
    'application/octet-stream',
    'application/json',
    '',
  );
  return fc.tuple(bytes, type).map(([body, t]) => ({ kind: 'csv', body, type: t }));
}

/** Path parameters: mostly the valid record, sometimes an id of nothing, of another kind of record, or not an id. */
function pathArb(template: string, valid: string, ctx: FuzzCtx, badWeight: number): fc.Arbitrary<{ path: string; unknownId: boolean }> {
  const tpl = template.split('/');
  const parts = valid.split('/').map((seg, i) => {
    if (!/^\{.+\}$/.test(tpl[i] ?? '')) return fc.constant({ seg, unknown: false });
    const bad = fc.oneof(
      fc.uuid().map((u) => ({ seg: u, unknown: true })),
      fc.constantFrom(...ctx.ids).map((u) => ({ seg: u, unknown: false })),
      fc.oneof(fc.constantFrom(...SEGMENTS, seg.toUpperCase(), `${seg}%20`), text(20).map(enc)).map((s) => ({ seg: s, unknown: false })),
    );
    return fc.oneof({ weight: 12, arbitrary: fc.constant({ seg, unknown: false }) }, { weight: badWeight, arbitrary: bad });
  });
  return fc.tuple(...parts).map((ps) => ({ path: ps.map((p) => p.seg).join('/'), unknownId: ps.some((p) => p.unknown) }));
}

/** The query string: the declared parameters valid, missing, hostile or repeated, plus unknown ones. */
function queryArb(params: Param[], valid: URLSearchParams, ctx: FuzzCtx): fc.Arbitrary<string> {
  const str = (v: unknown) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? ''));
  const one = (p: Param) => {
    const good = valid.get(p.name);
    return fc.oneof(
      { weight: 8, arbitrary: fc.constant(good === null ? [] : [[p.name, good]]) },
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.oneof(conforming(p.schema, undefined, ctx, 0), hostile).map((v) => [[p.name, str(v)]]) },
      {
        weight: 1,
        arbitrary: fc.tuple(hostile, hostile).map(([a, b]) => [
          [p.name, str(a)],
          [p.name, str(b)],
        ]),
      },
    );
  };
  const unknown = fc.oneof(
    { weight: 8, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(fc.tuple(text(8, 1), text(20)), { maxLength: 2 }) },
  );
  return fc.tuple(fc.tuple(...params.map(one)), unknown).map(([declared, extra]) => {
    const pairs = [...declared.flat(), ...extra] as [string, string][];
    return pairs.length ? `?${pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}` : '';
  });
}

export function requestArb(o: {
  op: Operation;
  template: string;
  path: string;
  body: unknown;
  raw?: { body: string; type: string };
  ctx: FuzzCtx;
}): fc.Arbitrary<FuzzRequest> {
  const [path, query = ''] = o.path.split('?');
  return (
    fc
      // Without a body to vary, the path is most of what there is to fuzz.
      .tuple(
        pathArb(o.template, path!, o.ctx, o.op.body ? 1 : 24),
        queryArb(o.op.query, new URLSearchParams(query), o.ctx),
        bodyArb(o.op, o.body, o.raw, o.ctx),
      )
      .map(([p, q, b]) => ({ ...b, url: p.path + q, unknownId: p.unknownId }))
  );
}

/** Bodies of the sign-in and password endpoints that fail their schema's top level: refused before any password is hashed or attempt counted. */
export function shapeInvalidArb(s: Schema, ctx: FuzzCtx): fc.Arbitrary<FuzzRequest> {
  const fits = (v: unknown) =>
    isObject(v) &&
    (s.required ?? []).every((k) => {
      const p = s.properties?.[k];
      const types = [p?.type ?? []].flat().map((x) => (x === 'integer' ? 'number' : x));
      return k in v && (types.length === 0 || types.includes(Array.isArray(v[k]) ? 'array' : v[k] === null ? 'null' : typeof v[k]));
    });
  const body = fc.oneof(conforming(s, undefined, ctx, 0), hostile, fc.jsonValue());
  return fc
    .oneof({ weight: 8, arbitrary: body.map((v) => (fits(v) ? [v] : v)).map(json('shape')) }, { weight: 1, arbitrary: broken })
    .map((b) => ({ ...b, url: '', unknownId: false }));
}
