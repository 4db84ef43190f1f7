import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, testConfig } from '../../src/config';
import { companyTimeZone, DEFAULT_COMPANY_TZ, setCompanyTimeZone } from '../../src/domain/shared/calendar';
import { runCli } from '../support/cli';
import { makeEmployee } from '../support/factories';
import { makeTestApp } from '../support/harness';

// One company calendar (issue 13.4): COMPANY_TZ decides "today" for the server, the CLI and the browser.

afterAll(() => setCompanyTimeZone(DEFAULT_COMPANY_TZ));

describe('COMPANY_TZ', () => {
  it('is Asia/Tokyo unless set, and an unknown zone stops the start with a clear message', () => {
    expect(loadConfig({} as NodeJS.ProcessEnv).companyTz).toBe('Asia/Tokyo');
    expect(loadConfig({ COMPANY_TZ: 'Europe/Berlin' } as NodeJS.ProcessEnv).companyTz).toBe('Europe/Berlin');
    expect(() => loadConfig({ COMPANY_TZ: 'Mars/Olympus' } as NodeJS.ProcessEnv)).toThrow(/COMPANY_TZ: unknown time zone/);
  });

  it('is the server’s calendar and the browser’s (sent with /auth/me); retiring today means the company’s today', async () => {
    const t = await makeTestApp({ config: testConfig({ companyTz: 'Pacific/Kiritimati' }) });
    try {
      expect(companyTimeZone()).toBe('Pacific/Kiritimati');
      const hr = await makeEmployee(t.db, { roles: ['hr'] });
      const c = await t.client().login(hr.email);
      expect((await (await c.get('/api/v1/auth/me')).json()).timeZone).toBe('Pacific/Kiritimati');
      const leaving = await makeEmployee(t.db);
      const res = await c.post(`/api/v1/employees/${leaving.id}/retire`, {});
      expect(res.status).toBe(200);
      // UTC+14: the company's day is the one Kiritimati is living now.
      const kiritimati = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(new Date());
      expect((await res.json()).retiredOn).toBe(kiritimati);
    } finally {
      await t.close();
    }
  }, 120_000); // opens an embedded database of its own: slow on a loaded machine

  it('is the CLI’s too, and an unknown zone is refused there in plain words', async () => {
    const t = await makeTestApp();
    try {
      const bad = await runCli(t.handle, ['outbox', '--to', 'x@example.jp'], { env: { COMPANY_TZ: 'Mars/Olympus', MENDAN_LANG: 'ja' } });
      expect(bad.code).toBe(1);
      expect(bad.err).toContain('COMPANY_TZ「Mars/Olympus」はタイムゾーンとして認識できません');
      expect((await runCli(t.handle, ['outbox', '--to', 'x@example.jp'], { env: { COMPANY_TZ: 'Europe/Berlin' } })).code).toBe(0);
      expect(companyTimeZone()).toBe('Europe/Berlin');
    } finally {
      await t.close();
    }
  });
});
