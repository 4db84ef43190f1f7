/** Shared shapes of the benchmark harness: a suite yields rows, the report prints them. */

export type DbKind = 'pg' | 'pglite';

export type LoadStats = {
  requests: number;
  durationSec: number;
  reqPerSec: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Connection errors and timeouts seen by the load driver. */
  errors: number;
  non2xx: number;
  /** Requests still unanswered when the window closed: their times are not in the percentiles. */
  unfinished: number;
};

export type ResultRow = {
  suite: string;
  scenario: string;
  db: DbKind | '-';
  stats: LoadStats | null;
  /** Requests sent one at a time (the endpoint's own latency), or one timed run of work (`n` = 1). */
  unloaded?: { p50: number; p95: number; n: number };
  /** The same statements replayed raw through `pg` at the same concurrency (PostgreSQL only): see lib/ceiling.ts. */
  ceiling?: LoadStats;
  /** Why a row has no stats (skipped scenario), or a fact worth printing beside it (rows matched). */
  note?: string;
};

export type BenchOptions = {
  dbs: DbKind[];
  durationSec: number;
  connections: number;
  fresh: boolean;
  /** True when `--only` selects this id ("suite" or "suite.scenario"). */
  selected: (id: string) => boolean;
  log: (msg: string) => void;
  /** Adds a line to the report's settings (e.g. how the data was made). */
  note: (line: string) => void;
  /** Adds a markdown section after the results (e.g. the web suite's table of chunks). */
  appendix: (markdown: string) => void;
};

export type Suite = {
  name: string;
  /** One line for the report: what data the suite runs against. */
  describe: () => string;
  run: (opts: BenchOptions) => Promise<ResultRow[]>;
};
