// `npm run bench` — measures, never asserts. Options:
//   --only a,b        suites or suite.scenario ids (e.g. directory, directory.search); hello always runs
//   --duration N      seconds measured per scenario (default 10; a short warm-up precedes each)
//   --db pglite|pg|both   databases to run on (default both)
//   --connections N   concurrent connections (default 64)
//   --fresh           regenerate the bench data even when the cached data is current
import { parseArgs } from 'node:util';
import { runBaseline } from './lib/baseline';
import { describeMachine, loadAverage } from './lib/machine';
import { renderReport, writeReport } from './lib/report';
import type { BenchOptions, DbKind, ResultRow, Suite } from './lib/types';
import { directorySuite } from './suites/directory';
import { importSuite } from './suites/import';
import { insightSuite } from './suites/insight';
import { loadSuite } from './suites/load';
import { recordSuite } from './suites/record';
import { roundsSuite } from './suites/rounds';
import { workersSuite } from './suites/workers';
import { webSuite } from './suites/web';

const SUITES: Suite[] = [directorySuite, roundsSuite, recordSuite, insightSuite, loadSuite, importSuite, webSuite, workersSuite];

const notes: string[] = [];
const appendix: string[] = [];

function options(): BenchOptions & { only: string[] } {
  const { values } = parseArgs({
    options: {
      only: { type: 'string' },
      duration: { type: 'string', default: '10' },
      db: { type: 'string', default: 'both' },
      connections: { type: 'string', default: '64' },
      fresh: { type: 'boolean', default: false },
    },
  });
  const durationSec = Number(values.duration);
  const connections = Number(values.connections);
  if (!(durationSec > 0)) throw new Error('--duration must be a positive number of seconds');
  if (!Number.isInteger(connections) || connections < 1) throw new Error('--connections must be a positive integer');
  const dbChoices: Record<string, DbKind[]> = { pg: ['pg'], pglite: ['pglite'], both: ['pg', 'pglite'] };
  const dbs = dbChoices[values.db];
  if (!dbs) throw new Error('--db must be pglite, pg or both');
  const only = values.only
    ? values.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  const known = SUITES.map((s) => s.name);
  for (const o of only) {
    if (!known.includes(o.split('.')[0]!)) throw new Error(`--only ${o}: unknown suite (known: ${known.join(', ')})`);
  }
  // "directory" selects all its scenarios; "directory.search" only that one.
  const selected = (id: string) =>
    only.length === 0 || only.some((o) => o === id || id.startsWith(`${o}.`) || (!id.includes('.') && o.startsWith(`${id}.`)));
  return {
    dbs,
    durationSec,
    connections,
    fresh: values.fresh,
    selected,
    only,
    log: (m) => console.log(m),
    note: (line) => notes.push(line),
    appendix: (markdown) => appendix.push(markdown),
  };
}

async function main() {
  const opts = options();
  const startedAt = new Date();
  const suites = SUITES.filter((s) => opts.selected(s.name));
  console.log(`Mendan bench: ${suites.map((s) => s.name).join(', ')} on ${opts.dbs.join(' + ')}, ${opts.durationSec} s each`);
  const machine = await describeMachine(opts.dbs.includes('pg'));

  const baseline = await runBaseline(opts);
  console.log(`  hello: ${Math.round(baseline.stats!.reqPerSec)} req/s`);
  const rows: ResultRow[] = [baseline];
  for (const suite of suites) {
    console.log(`${suite.name}:`);
    rows.push(...(await suite.run(opts)));
  }

  const markdown = renderReport({
    startedAt,
    command: ['npm run bench --', ...process.argv.slice(2)].join(' '),
    settings: {
      connections: String(opts.connections),
      'measured window': `${opts.durationSec} s per scenario (after a short warm-up)`,
      databases: opts.dbs.join(', '),
    },
    machine,
    loadAtEnd: loadAverage(),
    datasets: [...suites.map((s) => s.describe()), ...notes],
    baseline: baseline.stats,
    rows,
    appendix,
  });
  const file = writeReport(markdown, startedAt);
  console.log(`\n${markdown}`);
  console.log(`written: ${file} and bench/out/latest.md`);
}

main().catch((e: unknown) => {
  // Drizzle wraps the driver's error: its cause says what PostgreSQL objected to.
  const cause = e instanceof Error && e.cause instanceof Error ? `\ncaused by: ${e.cause.message}` : '';
  console.error(e instanceof Error ? `${e.message.slice(0, 2000)}${cause}` : e);
  process.exit(1);
});
