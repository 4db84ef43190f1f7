import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type EventFacts, requestFor } from './payload';

const facts: EventFacts = {
  deliveryId: 'd-1',
  eventId: 'e-1',
  event: 'plan.item_overdue',
  occurredAt: new Date('2026-12-07T01:00:00Z'),
  subject: { employeeId: 'p-1', name: '山田 太郎' },
  link: 'https://mendan.example.jp/prep/i-1?tab=record',
};

describe('what each kind of endpoint receives', () => {
  it('generic: version 1 JSON, signed over "<timestamp>.<body>"', () => {
    const { body, headers } = requestFor({ kind: 'generic', secret: 'whsec_test' }, facts, 'ja', new Date('2026-12-07T01:00:05Z'));
    expect(JSON.parse(body)).toEqual({
      version: 1,
      id: 'e-1',
      event: 'plan.item_overdue',
      occurredAt: '2026-12-07T01:00:00.000Z',
      subject: { employeeId: 'p-1', name: '山田 太郎' },
      link: facts.link,
      text: '【Mendan】山田 太郎さん: アクションプランに期限切れの項目があります',
    });
    expect(headers['x-mendan-timestamp']).toBe('1796605205');
    const mac = createHmac('sha256', 'whsec_test').update(`1796605205.${body}`).digest('hex');
    expect(headers['x-mendan-signature']).toBe(`sha256=${mac}`);
    expect(headers['x-mendan-delivery']).toBe('d-1');
    expect(headers['x-mendan-event']).toBe('plan.item_overdue');
  });

  it('slack: text and a section whose link escapes nothing it should not; teams: an Adaptive Card', () => {
    const slack = JSON.parse(
      requestFor({ kind: 'slack', secret: null }, { ...facts, subject: { employeeId: 'p', name: 'A<B>&C' } }, 'en').body,
    );
    expect(slack.blocks[0].text.text).toBe(`[Mendan] A&lt;B&gt;&amp;C: An action plan item is overdue\n<${facts.link}|Open in Mendan>`);
    const teams = JSON.parse(requestFor({ kind: 'teams', secret: null }, facts, 'ja').body);
    expect(teams.attachments[0].content.body[0].text).toBe('【Mendan】山田 太郎さん: アクションプランに期限切れの項目があります');
    expect(teams.attachments[0].content.actions[0]).toEqual({ type: 'Action.OpenUrl', title: 'Mendan で開く', url: facts.link });
  });
});
