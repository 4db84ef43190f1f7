import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers' boundaries (docs/decisions/0010-structure.md), checked on every run: a file that crosses
// one fails here, whoever reviews it.

const SRC = dirname(fileURLToPath(import.meta.url));
const SERVER_ONLY_PACKAGES = /^(drizzle-orm|drizzle-kit|hono|@hono\/|pg$|pg-boss|pino$|@electric-sql\/|nodemailer|@node-rs\/|node:)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'migrations' ? [] : files(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/**
 * A file's value imports, as written: type-only ones (`import type`, or every name marked `type`) leave
 * nothing behind at run time or in the bundle.
 */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s+['"]([^'"]+)['"]/g)) {
    const names = m[3]!.match(/\{([^}]*)\}/)?.[1];
    const allTypes =
      names !== undefined &&
      !/[^{]/.test(m[3]!.replace(/\{[^}]*\}/, '').trim()) &&
      names.split(',').every((n) => !n.trim() || /^type\s/.test(n.trim()));
    if (!m[2] && !allTypes) out.push(m[4]!);
  }
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/** A relative import as the file it names. */
function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const under = (file: string, dir: string) => !relative(join(SRC, dir), file).startsWith('..');
const rel = (file: string) => relative(SRC, file);

/** Every file the web bundle reaches from src/web, following relative imports, with what it imports. */
function webGraph() {
  const seen = new Map<string, string[]>();
  const queue = files(join(SRC, 'web'));
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    const specs = importsOf(f);
    seen.set(f, specs);
    for (const s of specs) {
      const local = resolveLocal(f, s);
      if (local) queue.push(local);
    }
  }
  return seen;
}

describe('layer boundaries', () => {
  it('the web app never reaches server code or a server-only package, not even through a shared file', () => {
    const crossings: string[] = [];
    for (const [file, specs] of webGraph()) {
      for (const s of specs) {
        const local = resolveLocal(file, s);
        // Type-only imports vanish from the bundle, but a domain file the web reaches stays pure anyway.
        if (!local && SERVER_ONLY_PACKAGES.test(s)) crossings.push(`${rel(file)} → ${s}`);
        if (local && ['server', 'db', 'jobs', 'mail', 'cli'].some((d) => under(local, d))) crossings.push(`${rel(file)} → ${rel(local)}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('the domain never imports the HTTP layer; the database layer never imports a feature', () => {
    const crossings: string[] = [];
    for (const file of files(join(SRC, 'domain'))) {
      for (const s of importsOf(file)) {
        const local = resolveLocal(file, s);
        if (/^(hono|@hono\/)/.test(s) || (local && ['server', 'web', 'cli'].some((d) => under(local, d))))
          crossings.push(`${rel(file)} → ${s}`);
      }
    }
    for (const file of files(join(SRC, 'db'))) {
      for (const s of importsOf(file)) {
        const local = resolveLocal(file, s);
        if (local && ['domain', 'server', 'web', 'jobs', 'cli'].some((d) => under(local, d))) crossings.push(`${rel(file)} → ${s}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('every prepared statement has a name of its own', () => {
    // PostgreSQL keeps a named statement per connection: two queries under one name fail only when they meet on
    // the same pooled connection, at run time.
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of files(SRC)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\.prepare\(\s*['"`]([^'"`]+)['"`]\s*\)/g)) {
        const other = seen.get(m[1]!);
        if (other) clashes.push(`${m[1]}: ${other} and ${rel(file)}`);
        seen.set(m[1]!, rel(file));
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(clashes).toEqual([]);
  });
});
