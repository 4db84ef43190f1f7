import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { percentile } from '../lib/load';
import { BENCH_PASSWORD } from '../lib/data/org';
import { prepareDatabase, ROOT } from '../lib/databases';
import type { RunningServer } from '../lib/server';
import type { BenchOptions, ResultRow, Suite } from '../lib/types';
import { homeReady, LOGIN_READY, launchChromium, PROFILE_LABEL, type PageLoad, signInContext, timedLoad } from '../lib/web/browser';
import { type BuildInfo, kb, readBuild, total } from '../lib/web/chunks';
import { EMPLOYEE_NAME, seedWeb, WEB_USERS, webIsReady } from '../lib/web/seed';
import { startCheckout } from '../lib/web/server';

/** Page loads per page and checkout (each a first visit with an empty cache). */
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
/** Another checkout (e.g. `git archive` of the previous commit, with node_modules) measured in the same run. */
const COMPARE = process.env.BENCH_WEB_COMPARE;
const HERE = ROOT.replace(/\/$/, '');

type Checkout = { label: string; root: string; build: BuildInfo; server?: RunningServer; login: PageLoad[]; home: PageLoad[] };
type Page = 'login' | 'home';
const PAGES: Record<Page, string> = { login: '/login usable', home: "employee's home shows its content" };

function build(root: string, always: boolean, log: (m: string) => void): BuildInfo {
  if (always || !existsSync(`${root}/dist/web/index.html`)) {
    log(`  building the SPA in ${root} …`);
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return readBuild(`${root}/dist/web`);
}

async function loadOnce(browser: Browser, c: Checkout, page: Page): Promise<PageLoad> {
  const base = c.server!.baseUrl;
  if (page === 'login') return timedLoad(browser, `${base}/login`, LOGIN_READY);
  return timedLoad(browser, `${base}/`, homeReady(`${EMPLOYEE_NAME.family} ${EMPLOYEE_NAME.given}`), (ctx) =>
    signInContext(ctx, base, WEB_USERS.employee, BENCH_PASSWORD),
  );
}

const median = (xs: number[]) => percentile(Float64Array.from(xs).sort(), 50);

/** What a first load fetched: files, their gzip size (the budget's measure) and the bytes on the wire. */
function fetched(c: Checkout, load: PageLoad): string {
  const files = load.js.map((j) => j.file);
  const wire = load.js.reduce((s, j) => s + j.transferred, 0);
  const encodings = [...new Set(load.js.map((j) => j.encoding))].join('/');
  return `${files.length} JS files, ${kb(total(c.build, files, 'gzip'))} kB gzip, ${kb(wire)} kB transferred (${encodings})`;
}

function chunkTable(c: Checkout): string {
  const onLogin = new Set(c.login[0]?.js.map((j) => j.file));
  const onHome = new Set(c.home[0]?.js.map((j) => j.file));
  const initial = new Set(c.build.initial);
  const mark = (b: boolean) => (b ? '●' : '');
  const lines = [
    `### Chunks: ${c.label} (${c.build.dir})`,
    '',
    'index.html: the module script and its modulepreloads; /login and home: fetched on a first visit (● = yes).',
    '',
    '| chunk | raw kB | gzip kB | brotli kB | index.html | /login | home |',
    '|---|---:|---:|---:|:-:|:-:|:-:|',
    ...c.build.chunks.map(
      (ch) =>
        `| ${ch.name} | ${kb(ch.raw)} | ${kb(ch.gzip)} | ${kb(ch.br)} | ${mark(initial.has(ch.file))} | ${mark(onLogin.has(ch.file))} | ${mark(onHome.has(ch.file))} |`,
    ),
  ];
  const sum = (label: string, files: Set<string>) =>
    `| **${label}** | ${kb(total(c.build, files, 'raw'))} | ${kb(total(c.build, files, 'gzip'))} | ${kb(total(c.build, files, 'br'))} | | | |`;
  lines.push(sum('index.html (initial)', initial), sum('fetched on /login', onLogin), sum('fetched on home', onHome));
  return lines.join('\n');
}

function rowsOf(c: Checkout, base: Checkout | undefined): ResultRow[] {
  const measured = (['login', 'home'] as const).filter((p) => c[p].length > 0);
  return measured.map((p) => {
    const ms = c[p].map((l) => l.ms);
    const sorted = Float64Array.from(ms).sort();
    const parts = [fetched(c, c[p][0]!)];
    if (base && base !== c && base[p].length)
      parts.push(`median ${(median(ms) / median(base[p].map((l) => l.ms))).toFixed(2)}× of ${base.label}`);
    parts.push(`runs ${ms.map((m) => Math.round(m)).join(', ')} ms`);
    return {
      suite: 'web',
      scenario: `${PAGES[p]} (${c.label})`,
      db: 'pglite',
      stats: null,
      unloaded: { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: ms.length },
      note: parts.join('; '),
    } satisfies ResultRow;
  });
}

async function run(opts: BenchOptions): Promise<ResultRow[]> {
  const checkouts: Checkout[] = [{ label: 'this checkout', root: HERE, build: build(HERE, true, opts.log), login: [], home: [] }];
  if (COMPARE) {
    const root = resolve(COMPARE);
    checkouts.unshift({ label: `compare: ${root}`, root, build: build(root, false, opts.log), login: [], home: [] });
  }
  let browser: Browser | undefined;
  try {
    for (const [i, c] of checkouts.entries()) {
      const target = await prepareDatabase('pglite', { name: `web-${i}`, fresh: opts.fresh, isReady: webIsReady, fill: seedWeb }, opts.log);
      const t0 = performance.now();
      c.server = await startCheckout(`web-${i}`, c.root, target.dataDir!);
      opts.log(`  ${c.label}: server up in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    browser = await launchChromium();
    for (let r = 0; r < RUNS; r++) {
      // Alternating the order cancels a drift of the machine's load between checkouts.
      const order = r % 2 ? [...checkouts].reverse() : checkouts;
      for (const c of order) {
        for (const p of ['login', 'home'] as const) {
          if (!opts.selected(`web.${p}`)) continue;
          const load = await loadOnce(browser, c, p);
          c[p].push(load);
          opts.log(`  ${c.label} ${p} run ${r + 1}: ${Math.round(load.ms)} ms`);
        }
      }
    }
  } finally {
    await browser?.close();
    for (const c of checkouts) await c.server?.stop();
  }
  for (const c of checkouts) {
    const table = chunkTable(c);
    opts.appendix(table);
    opts.log(table);
  }
  opts.appendix(
    `Web rows: "unloaded p50/p95" are the median and p95 of ${RUNS} first visits (empty cache) per page in Debian's Chromium under ` +
      `${PROFILE_LABEL}: ms from navigation start (the page's own clock) until the sign-in form is usable, or until the ` +
      "employee's home shows the greeting and its cards. Checkouts are measured interleaved.",
  );
  const base = checkouts.length > 1 ? checkouts[0] : undefined;
  return checkouts.flatMap((c) => rowsOf(c, base));
}

export const webSuite: Suite = {
  name: 'web',
  describe: () =>
    `web — the built SPA served by src/main.ts on a PGlite company of two (an administrator, the employee), first visits of ` +
    `/login and the employee's home in Chromium under ${PROFILE_LABEL}${COMPARE ? `; compared with ${COMPARE}` : ''}`,
  run,
};
