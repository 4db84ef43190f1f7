import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { companyToday, DEFAULT_COMPANY_TZ, setCompanyTimeZone } from '../../src/domain/shared/calendar';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgApp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 15.9b: every download is named with the company's day, never the server's UTC day. The company's zone is
// chosen so that the two days differ whenever the test runs: +14 h once UTC is past 10:00, else −12 h.
let t: TestApp;
let org: Org;
let hr: TestClient;
let roundId: string;
const utcDay = () => new Date().toISOString().slice(0, 10).replaceAll('-', '');

beforeAll(async () => {
  ({ t, org, hr } = await orgApp());
  roundId = (await launchRound(t, hr, [org.report.id])).roundId;
  setCompanyTimeZone(new Date().getUTCHours() >= 12 ? 'Pacific/Kiritimati' : 'Etc/GMT+12');
});
afterAll(async () => {
  setCompanyTimeZone(DEFAULT_COMPANY_TZ);
  await t.close();
});

const fileName = (res: Response) => /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? '';

describe('download file names', () => {
  it('carry the company’s day on every CSV (directory, answers, audit log, insight exports)', async () => {
    const day = companyToday().replaceAll('-', '');
    expect(day).not.toBe(utcDay());
    const admin = await t.client().login(org.admin.email);
    const direct = [
      await hr.get('/api/v1/exports/employees.csv'),
      await hr.get('/api/v1/exports/departments.csv'),
      await hr.get(`/api/v1/rounds/${roundId}/answers.csv?kind=sheet`),
      await admin.get('/api/v1/admin/audit.csv'),
    ];
    const names = direct.map(fileName);
    for (const kind of ['coverage', 'roundProgress'] as const) {
      const res = await hr.post('/api/v1/exports', { kind, params: kind === 'coverage' ? { months: 12 } : { roundId } });
      const { id } = (await res.json()) as { id: string };
      await t.drain();
      names.push(fileName(await hr.get(`/api/v1/exports/${id}/file`)));
    }
    expect(names).toHaveLength(6);
    for (const name of names) expect(name, name).toMatch(new RegExp(`-${day}\\.csv$`));
  });
});
