import { readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One built file of dist/web/assets with its sizes in bytes. */
export type Chunk = { file: string; name: string; raw: number; gzip: number; br: number };

export type BuildInfo = {
  dir: string;
  chunks: Chunk[];
  /** What index.html makes the browser fetch before anything runs: its module script and modulepreloads. */
  initial: string[];
};

// Gzip at level 9 and brotli at 11: what a precompressing build ships (the budget is stated in gzip).
export const gzipSize = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
export const brotliSize = (buf: Buffer) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** `index-D7W37woC.js` → `index`: the name without the content hash, stable across builds. */
export const chunkName = (file: string) => file.replace(/-[\w-]{8}\.(js|css)$/, '.$1').replace(/\.js$/, '');

/** The JS files index.html names (script src and modulepreload href), as asset file names. */
export function initialScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/assets\/([^"]+\.js)"/g)) out.push(m[1]!);
  return out;
}

/** Sizes of every JS chunk of a build in dist/web (raw, gzip, brotli), largest first. */
export function readBuild(dir: string): BuildInfo {
  const files = readdirSync(`${dir}/assets`).filter((f) => f.endsWith('.js'));
  const chunks = files.map((file) => {
    const buf = readFileSync(`${dir}/assets/${file}`);
    return { file, name: chunkName(file), raw: buf.length, gzip: gzipSize(buf), br: brotliSize(buf) };
  });
  chunks.sort((a, b) => b.gzip - a.gzip);
  return { dir, chunks, initial: initialScripts(readFileSync(`${dir}/index.html`, 'utf8')) };
}

/** Kilobytes of 1,000 bytes, as Vite prints them (and as the 150 kB budget is meant). */
export const kb = (n: number) => (n / 1000).toFixed(1);

/** Sum of one size over some files of a build (files outside it count 0). */
export function total(build: BuildInfo, files: Iterable<string>, size: 'raw' | 'gzip' | 'br'): number {
  const set = new Set(files);
  return build.chunks.filter((c) => set.has(c.file)).reduce((s, c) => s + c[size], 0);
}
