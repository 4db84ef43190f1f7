import { undeliveredMail } from '../domain/admin/outbox';
import { QUEUE_STATES, QUEUES, queueDepths } from '../jobs/queue';
import type { AppDeps } from './context';

/**
 * Prometheus text exposition (version 0.0.4) for GET /metrics, written by hand: two HTTP series, a few
 * gauges read from the database at scrape time, and the process basics. These counters live in one
 * process's memory: with several processes, each is scraped as its own target (the `pid` in the logs
 * matches `process_pid` here). The database gauges are the same from any of them.
 */

// Seconds: a page of this app answers in milliseconds; an import or an export may take tens of seconds.
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

type Labels = Record<string, string>;
type Histogram = { labels: Labels; buckets: number[]; sum: number; count: number };

export class HttpMetrics {
  private requests = new Map<string, { labels: Labels; n: number }>();
  private durations = new Map<string, Histogram>();

  /** `route` is the route's template (`/api/v1/employees/:id`), never the path itself: the series stay few. */
  observe(method: string, route: string, status: number, seconds: number) {
    const m = METHODS.has(method) ? method : 'OTHER';
    const counted = { method: m, route, status: String(status) };
    const key = `${m} ${route} ${status}`;
    const entry = this.requests.get(key) ?? this.requests.set(key, { labels: counted, n: 0 }).get(key)!;
    entry.n++;
    const hkey = `${m} ${route}`;
    const h =
      this.durations.get(hkey) ??
      this.durations.set(hkey, { labels: { method: m, route }, buckets: BUCKETS.map(() => 0), sum: 0, count: 0 }).get(hkey)!;
    BUCKETS.forEach((le, i) => {
      if (seconds <= le) h.buckets[i]!++;
    });
    h.sum += seconds;
    h.count++;
  }

  render(): string[] {
    const out = head('http_requests_total', 'counter', 'HTTP requests answered, by method, route template and status.');
    for (const { labels, n } of this.requests.values()) out.push(sample('http_requests_total', labels, n));
    out.push(...head('http_request_duration_seconds', 'histogram', 'Time to answer (until the headers), by method and route template.'));
    for (const h of this.durations.values()) {
      BUCKETS.forEach((le, i) => {
        out.push(sample('http_request_duration_seconds_bucket', { ...h.labels, le: String(le) }, h.buckets[i]!));
      });
      out.push(sample('http_request_duration_seconds_bucket', { ...h.labels, le: '+Inf' }, h.count));
      out.push(sample('http_request_duration_seconds_sum', h.labels, h.sum));
      out.push(sample('http_request_duration_seconds_count', h.labels, h.count));
    }
    return out;
  }
}

/** Everything a scrape answers. A database that fails to answer leaves its gauges out and says so. */
export async function renderMetrics(deps: AppDeps, http: HttpMetrics): Promise<string> {
  const out = [...http.render(), ...processMetrics()];
  let dbUp = 1;
  try {
    const [depths, mail] = await Promise.all([queueDepths(deps.db), undeliveredMail(deps.db)]);
    out.push(
      ...head(
        'mendan_job_queue_depth',
        'gauge',
        'Jobs not finished, by queue and state (created = waiting, retry = failed once, active = running).',
      ),
    );
    for (const queue of QUEUES) {
      for (const state of QUEUE_STATES) out.push(sample('mendan_job_queue_depth', { queue, state }, depths[queue]?.[state] ?? 0));
    }
    out.push(
      ...head(
        'mendan_mail_undelivered',
        'gauge',
        'Mails in the outbox not delivered: pending, retrying, or failed for good (retries used up).',
      ),
    );
    for (const status of ['pending', 'retrying', 'failed'] as const) out.push(sample('mendan_mail_undelivered', { status }, mail[status]));
  } catch (err) {
    dbUp = 0;
    deps.log.warn({ err }, 'metrics: the database did not answer');
  }
  out.push(...head('mendan_metrics_database_up', 'gauge', '1 when this scrape could read the database, else 0.'));
  out.push(sample('mendan_metrics_database_up', {}, dbUp));
  return `${out.join('\n')}\n`;
}

function processMetrics(): string[] {
  const cpu = process.cpuUsage();
  const mem = process.memoryUsage();
  const gauges: [string, 'counter' | 'gauge', string, number][] = [
    ['process_cpu_user_seconds_total', 'counter', 'User CPU time spent, in seconds.', cpu.user / 1e6],
    ['process_cpu_system_seconds_total', 'counter', 'System CPU time spent, in seconds.', cpu.system / 1e6],
    ['process_resident_memory_bytes', 'gauge', 'Resident memory size, in bytes.', mem.rss],
    [
      'process_start_time_seconds',
      'gauge',
      'Start time of the process since the Unix epoch, in seconds.',
      Math.round(Date.now() / 1000 - process.uptime()),
    ],
    ['process_pid', 'gauge', 'The process id (as in the logs).', process.pid],
    ['nodejs_heap_size_used_bytes', 'gauge', 'V8 heap used, in bytes.', mem.heapUsed],
    ['nodejs_heap_size_total_bytes', 'gauge', 'V8 heap allocated, in bytes.', mem.heapTotal],
  ];
  return gauges.flatMap(([name, type, help, value]) => [...head(name, type, help), sample(name, {}, value)]);
}

const head = (name: string, type: string, help: string) => [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`];

// Label values escape backslash, double quote and newline (the exposition format's only escapes).
const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

function sample(name: string, labels: Labels, value: number): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return `${name}${pairs.length ? `{${pairs.join(',')}}` : ''} ${value}`;
}
