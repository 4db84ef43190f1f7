import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './context';
import { serveWeb } from './static';

// A build as vite.config.ts writes it: each script beside its brotli and gzip copies.
const SCRIPT = `export const greeting = ${JSON.stringify('こんにちは '.repeat(400))};\n`;
let dir: string;
let app: OpenAPIHono<AppEnv>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mendan-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  const file = join(dir, 'assets/index-AbCd1234.js');
  writeFileSync(file, SCRIPT);
  writeFileSync(`${file}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${file}.gz`, gzipSync(SCRIPT));
  app = new OpenAPIHono<AppEnv>();
  serveWeb(app, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (encodings?: string) =>
  app.request('/assets/index-AbCd1234.js', { headers: encodings ? { 'accept-encoding': encodings } : {} });

describe('built assets', () => {
  it('go out as brotli to a browser that takes it, as gzip to one that takes only gzip, cached for good', async () => {
    const br = await get('gzip, deflate, br, zstd');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('cache-control')).toContain('immutable');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBody.length);
    expect(brBody.length).toBeLessThan(SCRIPT.length / 5);
    expect(brotliDecompressSync(brBody).toString()).toBe(SCRIPT);

    const gz = await get('gzip, deflate');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);
  });

  it('go out as the plain file to a client that accepts no compression, still marked as varying by it', async () => {
    const plain = await get();
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('are never the compressed copy of another file, and a missing one is a 404', async () => {
    expect((await app.request('/assets/index-removed-by-a-newer-build.js', { headers: { 'accept-encoding': 'br' } })).status).toBe(404);
    const page = await app.request('/login', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(page.headers.get('content-encoding')).toBeNull();
    expect(await page.text()).toContain('<div id="root">');
  });
});
