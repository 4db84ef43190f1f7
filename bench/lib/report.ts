import { mkdirSync, writeFileSync } from 'node:fs';
import { ROOT } from './databases';
import type { Machine } from './machine';
import type { LoadStats, ResultRow } from './types';

export const OUT_DIR = `${ROOT}bench/out`;

export type Report = {
  startedAt: Date;
  command: string;
  settings: Record<string, string>;
  machine: Machine;
  loadAtEnd: string;
  datasets: string[];
  baseline: LoadStats | null;
  rows: ResultRow[];
  /** Markdown sections a suite adds after the results. */
  appendix?: string[];
};

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
const int = (n: number) => Math.round(n).toLocaleString('en-US');
// Slow scenarios keep a decimal so 0.5 req/s does not print as 0.
const rate = (n: number) => (n < 10 ? n.toFixed(1) : int(n));

function errorsCell(s: LoadStats): string {
  const parts = [String(s.errors)];
  if (s.non2xx > 0) parts.push(`${int(s.non2xx)} non-2xx`);
  return parts.join(' + ');
}

function row(r: ResultRow, baseline: LoadStats | null): string {
  const name = `${r.suite} · ${r.scenario}`;
  const s = r.stats;
  const u = r.unloaded;
  const quiet = !u ? '| – | – |' : u.n === 1 ? `| once: ${ms(u.p50)} | – |` : `| ${ms(u.p50)} | ${ms(u.p95)} |`;
  if (!s) return `| ${name} | ${r.db} ${quiet} – | – | – | – | – | – | – |`;
  // Three significant digits: app endpoints sit far below the hello server.
  const ratio = (of: LoadStats | null | undefined) =>
    of && of.reqPerSec > 0 ? Number((s.reqPerSec / of.reqPerSec).toPrecision(3)).toString() : '–';
  const raw = r.ceiling ? rate(r.ceiling.reqPerSec) : '–';
  return `| ${name} | ${r.db} ${quiet} ${rate(s.reqPerSec)} | ${ms(s.p50)} | ${ms(s.p95)} | ${errorsCell(s)} | ${raw} | ${ratio(r.ceiling)} | ${ratio(baseline)} |`;
}

function noteOf(r: ResultRow): string {
  const parts = r.note ? [r.note] : [];
  if (r.stats) {
    parts.push(`${int(r.stats.requests)} responses timed, p99 ${ms(r.stats.p99)} ms, max ${ms(r.stats.max)} ms`);
    // Few responses and many unanswered requests mean the percentiles understate the waiting.
    if (r.stats.unfinished > 0) parts.push(`${int(r.stats.unfinished)} requests unanswered at the end (not timed)`);
  }
  return parts.join('; ');
}

export function renderReport(rep: Report): string {
  const lines = [
    '# Mendan benchmark',
    '',
    `Date: ${rep.startedAt.toISOString()}  `,
    `Command: \`${rep.command}\``,
    '',
    '## Machine',
    '',
    ...Object.entries(rep.machine).map(([k, v]) => `- ${k}: ${v}`),
    `- load average at end: ${rep.loadAtEnd}`,
    '',
    '## Settings',
    '',
    ...Object.entries(rep.settings).map(([k, v]) => `- ${k}: ${v}`),
    ...rep.datasets.map((d) => `- data: ${d}`),
    '',
    '## Results',
    '',
    '| scenario | db | unloaded p50 ms | unloaded p95 ms | req/s | p50 ms | p95 ms | errors | raw SQL req/s | ÷ raw SQL | ratio vs hello |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rep.rows.map((r) => row(r, rep.baseline)),
    '',
  ];
  const notes = rep.rows.filter((r) => r.note || r.stats).map((r) => `- ${r.suite} · ${r.scenario} (${r.db}): ${noteOf(r)}`);
  if (notes.length) lines.push('Notes:', '', ...notes, '');
  lines.push(
    'Unloaded p50/p95: requests sent one at a time before the load (the server time of the endpoint plus a',
    'loopback round trip); "once" is one timed run of work that is cached or done by a job afterwards.',
    'req/s counts completed responses over the measured window; p50/p95 are exact percentiles of every',
    'response time; errors are connection errors + timeouts (+ non-2xx answers); the ratio divides req/s by',
    'the bare Hono hello server measured in the same run. Load driver and servers share the same machine.',
    'raw SQL req/s: the statements Mendan sent for one request of the scenario, replayed through `pg` by a bare',
    'node:http server with the same pool size and concurrency in the same run (PostgreSQL only; bench/lib/ceiling.ts);',
    "÷ raw SQL divides Mendan's req/s by it: the share of what the database can give that reaches the user.",
    '',
  );
  for (const section of rep.appendix ?? []) lines.push(section, '');
  return lines.join('\n');
}

/** Writes bench/out/report-<timestamp>.md and bench/out/latest.md; returns the timestamped path. */
export function writeReport(markdown: string, startedAt: Date): string {
  mkdirSync(OUT_DIR, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const file = `${OUT_DIR}/report-${stamp}.md`;
  writeFileSync(file, markdown);
  writeFileSync(`${OUT_DIR}/latest.md`, markdown);
  return file;
}
