// The API reference in Markdown (docs/api.md), rendered from the served OpenAPI document: the shapes are
// the routes' own schemas, so the reference cannot drift from what the server answers.

type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  description?: string;
};
type Operation = {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};
type Document = {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const refName = (ref: string) => ref.split('/').pop() ?? ref;
const code = (s: string) => `\`${s.replace(/\|/g, '\\|')}\``;

/** A short type expression: `EmployeeDetail`, `string | null`, `{ id, name }[]`. */
function typeOf(s: Schema | undefined, depth = 0): string {
  if (!s) return 'unknown';
  if (s.$ref) return refName(s.$ref);
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map((u) => typeOf(u, depth)).join(' | ');
  if (s.allOf) return s.allOf.map((u) => typeOf(u, depth)).join(' & ');
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((e) => JSON.stringify(e)).join(' | ');
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  const base = types.filter((t) => t !== 'null');
  const nullable = types.includes('null') ? ' | null' : '';
  if (base[0] === 'array') {
    const item = typeOf(s.items, depth);
    return `${item.includes(' | ') ? `(${item})` : item}[]${nullable}`;
  }
  if (base[0] === 'object' || s.properties) {
    if (!s.properties)
      return `Record<string, ${typeof s.additionalProperties === 'object' ? typeOf(s.additionalProperties, depth) : 'unknown'}>${nullable}`;
    if (depth > 1) return `object${nullable}`;
    const fields = Object.entries(s.properties).map(([k, v]) => `${k}${s.required?.includes(k) ? '' : '?'}: ${typeOf(v, depth + 1)}`);
    return `{ ${fields.join('; ')} }${nullable}`;
  }
  return `${base.join(' | ') || 'unknown'}${s.format ? ` (${s.format})` : ''}${nullable}`;
}

function answers(op: Operation): string {
  return Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      const media = Object.entries(r.content ?? {});
      if (!media.length) return `${status}`;
      return media
        .map(
          ([type, m]) =>
            `${status} ${type === 'application/json' ? typeOf(m.schema) : `${type}${m.schema?.$ref ? ` of ${refName(m.schema.$ref)}` : ''}`}`,
        )
        .join(', ');
    })
    .join('; ');
}

function request(op: Operation): string {
  const params = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => `${p.name}${p.required ? '' : '?'}`);
  const body = Object.entries(op.requestBody?.content ?? {})
    .map(([type, m]) => (type === 'application/json' ? typeOf(m.schema) : type))
    .join(', ');
  return [params.length ? `query: ${params.join(', ')}` : '', body ? `body: ${body}` : ''].filter(Boolean).join('; ');
}

/** docs/api.md: the document's description, every operation by tag, then every named schema with its fields. */
export function renderApiMarkdown(doc: Document): string {
  const out: string[] = [
    `# ${doc.info.title} (v${doc.info.version}) — reference`,
    '',
    '<!-- Generated from the OpenAPI document by `npm run api:types` (src/server/api-docs.ts). Do not edit. -->',
    '',
    doc.info.description ?? '',
    '',
    'The machine-readable document is served at `/api/v1/openapi.json`. Behaviour beyond the shapes (throttling,',
    'who may do what, paging caps) is described in [api-notes.md](api-notes.md) and the decision records.',
    '',
  ];
  const byTag = new Map<string, string[]>();
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const tag = op.tags?.[0] ?? 'other';
      const req = request(op);
      const line = `| ${code(`${method.toUpperCase()} ${path}`)} | ${req ? code(req) : ''} | ${code(answers(op))} |`;
      byTag.set(tag, [...(byTag.get(tag) ?? []), line]);
    }
  }
  out.push('## Operations', '');
  for (const [tag, lines] of [...byTag].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`### ${tag}`, '', '| operation | request | answers |', '|---|---|---|', ...lines, '');
  }
  out.push('## Schemas', '');
  for (const [name, s] of Object.entries(doc.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`### ${name}`, '');
    if (s.properties) {
      out.push('| field | type |', '|---|---|');
      for (const [k, v] of Object.entries(s.properties))
        out.push(`| ${code(k + (s.required?.includes(k) ? '' : '?'))} | ${code(typeOf(v, 1))} |`);
    } else {
      out.push(code(typeOf(s)));
    }
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
