import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { ja } from '../i18n/ja';
import { jaFirstPage } from '../i18n/ja/first-page';

// The first page's weight (issue 16.5), checked on the real build (in memory, nothing written): what
// index.html makes every visitor fetch — the sign-in page and the employee's home included — stays under
// a budget, and the chart library and the second language are fetched only by the pages that use them.

/** gzip level 9 of everything index.html loads before the app runs (kB of 1,000 bytes, as Vite prints). */
const BUDGET_GZIP = 150_000;
const CHARTS = /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor)[\\/]/;
const SECOND_LANGUAGE = /src[\\/]i18n[\\/]en[\\/]/;

type Output = Rolldown.RolldownOutput['output'];
type Chunk = Extract<Output[number], { type: 'chunk' }>;

let output: Output;
const chunks = () => output.filter((o): o is Chunk => o.type === 'chunk');

/** The JS files index.html names: its module script and every modulepreload. */
function initialFiles(): string[] {
  const html = output.find((o) => o.fileName === 'index.html');
  if (html?.type !== 'asset') throw new Error('the build has no index.html');
  const text = String(html.source);
  return [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
}

/** The entry chunk and every chunk it imports statically, transitively: what runs before the first render. */
function staticClosure(): Set<string> {
  const byName = new Map(chunks().map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const queue = chunks()
    .filter((c) => c.isEntry)
    .map((c) => c.fileName);
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    queue.push(...(byName.get(f)?.imports ?? []));
  }
  return seen;
}

const modulesOf = (files: Iterable<string>) => {
  const wanted = new Set(files);
  return chunks()
    .filter((c) => wanted.has(c.fileName))
    .flatMap((c) => c.moduleIds);
};

const lookup = (obj: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);

describe('the first page', () => {
  beforeAll(async () => {
    // Vitest sets NODE_ENV=test, which would bundle React's development build: build as `npx vite build` does.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const result = await build({
        configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
        mode: 'production',
        logLevel: 'silent',
        build: { write: false },
      });
      output = (Array.isArray(result) ? result[0]! : (result as Rolldown.RolldownOutput)).output;
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
  }, 180_000);

  it('index.html loads exactly what the entry imports statically (its modulepreloads are complete, nothing more)', () => {
    expect(new Set(initialFiles())).toEqual(staticClosure());
  });

  it('never carries the chart library or the English catalog, which the pages that need them fetch', () => {
    const initial = modulesOf(initialFiles());
    expect(initial.filter((id) => CHARTS.test(id))).toEqual([]);
    expect(initial.filter((id) => SECOND_LANGUAGE.test(id))).toEqual([]);
    // Not vacuous: both are in the build, in chunks fetched later.
    const all = chunks().flatMap((c) => c.moduleIds);
    expect(all.some((id) => CHARTS.test(id))).toBe(true);
    expect(all.some((id) => SECOND_LANGUAGE.test(id))).toBe(true);
  });

  it(`stays under ${BUDGET_GZIP / 1000} kB of gzipped JS`, () => {
    const files = new Set(initialFiles());
    const sizes = chunks()
      .filter((c) => files.has(c.fileName))
      .map((c) => ({ file: c.fileName, gzip: gzipSync(c.code, { level: 9 }).length }));
    const total = sizes.reduce((s, c) => s + c.gzip, 0);
    expect(total, `initial JS ${JSON.stringify(sizes)}`).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('finds every Japanese text its own code uses in the catalog part it carries (the rest comes with other pages)', () => {
    // Key-like literals: 'ui.login.title', and the fixed start of `ui.home.cards.${key}.title`.
    const keyLike = new RegExp(`['\`]((?:${Object.keys(ja).join('|')})(?:\\.\\w+)+?)(?:['\`]|\\.\\$\\{)`, 'g');
    const own = modulesOf(initialFiles()).filter((id) => /[\\/]src[\\/](web|domain)[\\/].*\.tsx?$/.test(id));
    const keys = own.flatMap((id) =>
      [...readFileSync(id, 'utf8').matchAll(keyLike)].map((m) => `${id.replace(/.*[\\/]src[\\/]/, '')}: ${m[1]}`),
    );
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((k) => lookup(jaFirstPage, k.split(': ')[1]!) === undefined)).toEqual([]);
  });
});
