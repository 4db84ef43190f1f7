import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interviewSlots } from '../../src/db/schema';
import type { TestApp, TestClient } from '../support/harness';
import { type Org, orgAppWithSmtp } from '../support/org-app';
import { launchRound } from '../support/rounds';

// Issue 12, item 4: a place with a raw line break must never start a property of its own in an invitation.

let sink: Awaited<ReturnType<typeof orgAppWithSmtp>>['sink'];
let t: TestApp;
let org: Org;
let hr: TestClient;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ t, org, hr, sink, close } = await orgAppWithSmtp());
});
afterAll(() => close());

const EVIL = 'Room 1\rATTENDEE:mailto:x@y.example';

function times(days: number) {
  const start = new Date(Date.now() + days * 86_400_000);
  while ([0, 6].includes(start.getUTCDay())) start.setUTCDate(start.getUTCDate() + 1);
  start.setUTCHours(5, 0, 0, 0);
  return { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() };
}

/** The text/calendar part of a raw mail, decoded (nodemailer writes it base64 or quoted-printable). */
function calendarPart(raw: string): string {
  const at = raw.search(/Content-Type: text\/calendar/i);
  expect(at).toBeGreaterThan(-1);
  const part = raw.slice(at);
  const headerEnd = part.indexOf('\r\n\r\n');
  const headers = part.slice(0, headerEnd);
  const body = part.slice(headerEnd + 4).split(/\r\n--/)[0]!;
  if (/Content-Transfer-Encoding: base64/i.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/Content-Transfer-Encoding: quoted-printable/i.test(headers)) {
    const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Checks the raw bytes: CRLF line ends only, and no line that is a property smuggled in by the place. */
function expectClean(ics: string) {
  expect(/\r(?!\n)|(?<!\r)\n/.test(ics)).toBe(false);
  const lines = ics.split('\r\n').filter((l) => !l.startsWith(' '));
  expect(lines.filter((l) => l.startsWith('ATTENDEE')).every((l) => !l.includes('x@y.example'))).toBe(true);
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded).toContain('Room 1\\nATTENDEE:mailto:x@y.example');
}

describe('calendar invitations and line breaks', () => {
  it('refuses a place with a line break in any form, with a localized message', async () => {
    const id = (await launchRound(t, hr, [org.report.id])).interviewOf(org.report.id);
    const emp = await t.client().login(org.report.email);
    const mgr = await t.client().login(org.manager.email);
    for (const location of [EVIL, 'Room 1\nX:y', 'Room 1\r\nX:y', 'Room 1\u2028X:y', 'Room\u0085X', 'Room\u0007']) {
      const res = await emp.post(`/api/v1/interviews/${id}/slots/propose`, { ...times(5), locationType: 'room', location });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { fields: Record<string, string> } }).error.fields.location).toBe(
        '改行やタブなどの制御文字は入力できません。1行で入力してください。',
      );
      const offer = await mgr.post(`/api/v1/interviews/${id}/slots`, { slots: [{ ...times(6), locationType: 'room', location }] });
      expect(offer.status).toBe(400);
    }
  });

  it('escapes a place stored before the rule in the mailed invitation and the download, byte for byte', async () => {
    const id = (await launchRound(t, hr, [org.report2.id], { name: '旧データの面談' })).interviewOf(org.report2.id);
    const mgr = await t.client().login(org.manager.email);
    const offered = await mgr.post(`/api/v1/interviews/${id}/slots`, {
      slots: [{ ...times(5), locationType: 'room', location: '第1会議室' }],
    });
    expect(offered.status).toBe(200);
    const slot = ((await offered.json()) as { slots: { id: string }[] }).slots[0]!;
    // As an older version could have stored it.
    await t.db.update(interviewSlots).set({ location: EVIL }).where(eq(interviewSlots.id, slot.id));
    const emp = await t.client().login(org.report2.email);
    await t.drain(); // what offering the times mailed
    sink.inbox.length = 0;
    expect((await emp.post(`/api/v1/interviews/${id}/schedule`, { slotId: slot.id })).status).toBe(200);
    await t.drain();
    expect(sink.inbox).toHaveLength(2);
    for (const m of sink.inbox) expectClean(calendarPart(m.raw));
    const download = await emp.get(`/api/v1/interviews/${id}/invite.ics`);
    expect(download.status).toBe(200);
    expectClean(await download.text());
  });

  it('refuses line breaks in the names and titles that mails and invitations quote', async () => {
    const line = '改行やタブなどの制御文字は入力できません。1行で入力してください。';
    const fields = async (res: Response) => ((await res.json()) as { error: { fields: Record<string, string> } }).error.fields;
    const round = await hr.post('/api/v1/rounds', {
      name: '面談\r\nBcc: x@y.example',
      type: 'career',
      periodStart: '2026-12-01',
      periodEnd: '2027-01-31',
    });
    expect(round.status).toBe(400);
    expect((await fields(round)).name).toBe(line);
    const person = await hr.post('/api/v1/employees', {
      employeeNumber: 'NL1',
      familyName: '山田\n',
      givenName: '太\r郎',
      email: 'nl1@example.jp',
    });
    expect(person.status).toBe(400);
    expect(await fields(person)).toMatchObject({ givenName: line });
    const dept = await hr.post('/api/v1/departments', { code: 'NL', name: '営業\u2028部' });
    expect((await fields(dept)).name).toBe(line);
  });
});
