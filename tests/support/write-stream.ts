import type { TestClient } from './harness';

/**
 * A stream of real HR writes over HTTP from several concurrent workers, recording which ones the
 * server acknowledged. Each worker owns the records it creates and sends one request at a time, so
 * a record has at most one request in flight: after a crash its state is either the acknowledged one
 * or that plus the in-flight change, and nothing in between.
 *
 * Every change leaves a counter in the data so a reader can tell how many changes landed:
 * a department's name carries its rename count, an employee's job title and grade carry the
 * version, and the hr role flips on every role change.
 */

export type Op = 'create' | 'update' | 'roles' | 'rename';

export type DeptTrack = {
  code: string;
  /** The create was acknowledged (else it was in flight when the server died). */
  acked: boolean;
  renames: number;
  pending: Op | null;
};

export type EmpTrack = {
  number: string;
  email: string;
  givenName: string;
  departmentCode: string | null;
  acked: boolean;
  version: number;
  roleChanges: number;
  pending: Op | null;
};

export const deptName = (code: string, renames: number) => (renames ? `${code} 改${renames}` : `${code} 部署`);
export const jobTitleAt = (version: number) => `職${version}`;
export const gradeAt = (version: number) => `G${version}`;
export const rolesAfter = (changes: number) => (changes % 2 ? ['hr'] : []);

/** Acknowledged value, or that plus the one in-flight change. */
export const allowed = (acked: number, pending: boolean) => (pending ? [acked, acked + 1] : [acked]);

export class WriteStream {
  readonly depts = new Map<string, DeptTrack>();
  readonly emps = new Map<string, EmpTrack>();
  acknowledged = 0;
  inFlight = 0;
  /** Answers other than 2xx, and connection errors before the kill: none are expected. */
  readonly failures: string[] = [];
  private stopping = false;
  private killing = false;

  constructor(
    private readonly client: TestClient,
    /** Marks every record of this stream (codes and employee numbers start with it). */
    readonly prefix: string,
  ) {}

  /** Runs `workers` loops until stop() or until the server goes away; resolves when all have ended. */
  run(workers: number): Promise<void> {
    return Promise.all(Array.from({ length: workers }, (_, w) => this.worker(w))).then(() => {});
  }

  /** Called just before the server is killed: connection errors from here on are expected. */
  markKill() {
    this.killing = true;
    this.stopping = true;
  }

  private async worker(w: number) {
    const depts: { code: string; id: string }[] = [];
    const emps: { number: string; id: string }[] = [];
    let n = 0;
    while (!this.stopping) {
      const r = Math.random();
      const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
      let ok: boolean;
      if (!depts.length || r < 0.15) {
        const code = `${this.prefix}W${w}D${++n}`;
        const t: DeptTrack = { code, acked: false, renames: 0, pending: 'create' };
        this.depts.set(code, t);
        ok = await this.send(t, 'create', 'POST', '/api/v1/departments', { code, name: deptName(code, 0) }, (b) => {
          t.acked = true;
          depts.push({ code, id: String(b.id) });
        });
      } else if (r < 0.3) {
        const d = pick(depts);
        const t = this.depts.get(d.code)!;
        ok = await this.send(t, 'rename', 'PATCH', `/api/v1/departments/${d.id}`, { name: deptName(d.code, t.renames + 1) }, () => {
          t.renames++;
        });
      } else if (!emps.length || r < 0.6) {
        const number = `${this.prefix}W${w}E${++n}`;
        const dept = Math.random() < 0.7 ? pick(depts) : null;
        const t: EmpTrack = {
          number,
          email: `${number.toLowerCase()}@example.jp`,
          givenName: `試験${n}`,
          departmentCode: dept?.code ?? null,
          acked: false,
          version: 1,
          roleChanges: 0,
          pending: 'create',
        };
        this.emps.set(number, t);
        const body = {
          employeeNumber: number,
          familyName: '障害',
          givenName: t.givenName,
          familyNameKana: 'ショウガイ',
          email: t.email,
          departmentId: dept?.id ?? null,
          jobTitle: jobTitleAt(1),
          grade: gradeAt(1),
          hireDate: '2020-04-01',
        };
        ok = await this.send(t, 'create', 'POST', '/api/v1/employees', body, (b) => {
          t.acked = true;
          emps.push({ number, id: String(b.id) });
        });
      } else if (r < 0.85) {
        const e = pick(emps);
        const t = this.emps.get(e.number)!;
        const v = t.version + 1;
        const body = { version: t.version, jobTitle: jobTitleAt(v), grade: gradeAt(v) };
        ok = await this.send(t, 'update', 'PATCH', `/api/v1/employees/${e.id}`, body, () => {
          t.version = v;
        });
      } else {
        const e = pick(emps);
        const t = this.emps.get(e.number)!;
        ok = await this.send(t, 'roles', 'PUT', `/api/v1/employees/${e.id}/roles`, { roles: rolesAfter(t.roleChanges + 1) }, () => {
          t.roleChanges++;
        });
      }
      if (!ok) return;
    }
  }

  /** One request; false when the connection failed (the outcome is unknown and the worker stops). */
  private async send(
    track: { pending: Op | null },
    op: Op,
    method: string,
    path: string,
    body: unknown,
    onAck: (body: Record<string, unknown>) => void,
  ): Promise<boolean> {
    track.pending = op;
    this.inFlight++;
    let res: Response;
    try {
      res = await this.client.request(method, path, body);
    } catch (err) {
      if (!this.killing) this.failures.push(`${method} ${path}: ${String(err)}`);
      return false;
    } finally {
      this.inFlight--;
    }
    if (res.status < 200 || res.status > 299) {
      track.pending = null;
      this.failures.push(`${method} ${path}: ${res.status} ${await res.text().catch(() => '')}`);
      return true;
    }
    // The status line arrived: the write is acknowledged, whatever happens to the body.
    this.acknowledged++;
    let json: Record<string, unknown> | undefined;
    try {
      json = (await res.json()) as Record<string, unknown>;
    } catch {
      json = undefined;
    }
    if (json) {
      onAck(json);
      track.pending = null;
      return true;
    }
    // The body was cut off by the kill: the change counts as made, but the worker cannot go on.
    onAck({ id: 'unknown' });
    track.pending = null;
    return false;
  }
}
