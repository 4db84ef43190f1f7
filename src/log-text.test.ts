import { describe, expect, it } from 'vitest';
import { textLine } from './log-text';

describe('the log as text (LOG_FORMAT=text)', () => {
  it('shows the time, the level and the message', () => {
    const line = JSON.stringify({
      level: 'info',
      time: '2026-12-07T04:39:58.087Z',
      event: 'listening',
      msg: 'Mendan: http://127.0.0.1:3000',
    });
    expect(textLine(line)).toBe('04:39:58 info  Mendan: http://127.0.0.1:3000');
  });
  it('shows a request as method, path, status and time', () => {
    const line = JSON.stringify({
      level: 'info',
      time: '2026-12-07T04:40:50.700Z',
      method: 'GET',
      path: '/api/v1/me',
      status: 200,
      ms: 5.1,
      msg: 'request',
    });
    expect(textLine(line)).toBe('04:40:50 info  GET /api/v1/me 200 5.1ms');
  });
  it("keeps an error's stack under its line, and passes anything that is not JSON through", () => {
    const line = JSON.stringify({
      level: 'error',
      time: '2026-12-07T04:40:50.700Z',
      msg: 'import failed',
      err: { message: 'x', stack: 'Error: x\n    at f' },
    });
    expect(textLine(line)).toBe('04:40:50 error import failed\nError: x\n    at f');
    expect(textLine('plain\n')).toBe('plain');
  });
});
