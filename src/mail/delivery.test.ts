import { describe, expect, it } from 'vitest';
import { smtpTransportUrl } from './delivery';

describe('smtpTransportUrl', () => {
  it('bounds a stalled server unless SMTP_URL says otherwise, keeping the rest of the URL', () => {
    const url = new URL(smtpTransportUrl('smtps://user:p%40ss@mail.example.jp:465?socketTimeout=5000'));
    expect(`${url.protocol}//${url.username}:${url.password}@${url.host}`).toBe('smtps://user:p%40ss@mail.example.jp:465');
    expect(Object.fromEntries(url.searchParams)).toEqual({ socketTimeout: '5000', connectionTimeout: '30000', greetingTimeout: '30000' });
  });
});
