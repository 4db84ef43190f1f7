import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, fold } from './ics';

describe('ics', () => {
  const ics = buildIcs({
    uid: 'abc@mendan',
    sequence: 2,
    start: new Date('2026-12-10T05:00:00Z'),
    end: new Date('2026-12-10T06:00:00Z'),
    summary: 'キャリア面談: 山田 太郎',
    description: '持ち物: シート;メモ, ペン\n個室で行います',
    location: '第3会議室(個室)',
    organizer: { name: '佐藤 一郎', email: 'sato@example.jp' },
    attendees: [{ name: '山田 太郎', email: 'yamada@example.jp' }],
    now: new Date('2026-12-01T00:00:00Z'),
  });

  it('writes a VEVENT in UTC with CRLF line ends', () => {
    expect(ics).toContain('DTSTART:20261210T050000Z\r\n');
    expect(ics).toContain('DTEND:20261210T060000Z\r\n');
    expect(ics).toContain('METHOD:REQUEST\r\n');
    expect(ics).toContain('SEQUENCE:2\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  it('escapes text and folds long lines without splitting a character', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const long = `DESCRIPTION:${'あ'.repeat(60)}`;
    const folded = fold(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    for (const part of folded.split('\r\n')) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
  });

  it('keeps a name with quotes or line breaks inside its CN parameter', () => {
    const evil = buildIcs({
      uid: 'x@mendan',
      sequence: 0,
      start: new Date('2026-12-10T05:00:00Z'),
      end: new Date('2026-12-10T06:00:00Z'),
      summary: 's',
      description: '',
      location: '',
      organizer: { name: '佐藤"\r\nATTENDEE:mailto:evil@example.jp', email: 'sato@example.jp' },
      attendees: [{ name: '山田\nBEGIN:VTODO', email: 'yamada@example.jp' }],
      now: new Date('2026-12-01T00:00:00Z'),
    });
    const lines = evil.split('\r\n').filter((l) => !l.startsWith(' '));
    expect(lines.filter((l) => l.startsWith('ATTENDEE')).length).toBe(1);
    expect(lines.some((l) => l.startsWith('BEGIN:VTODO'))).toBe(false);
  });

  it('never lets any line break form or control character through a property, whatever it holds', () => {
    const breaks = ['\r', '\n', '\r\n', '\u0085', '\u2028', '\u2029', '\u000b', '\u000c', '\u0000'];
    for (const br of breaks) {
      const evil = `Room 1${br}ATTENDEE:mailto:x@y.example`;
      const ics = buildIcs({
        uid: `u${br}X-INJECTED:1@mendan`,
        sequence: 0,
        start: new Date('2026-12-10T05:00:00Z'),
        end: new Date('2026-12-10T06:00:00Z'),
        summary: evil,
        description: evil,
        location: evil,
        url: `https://meet.example.jp/${br}X-INJECTED:1`,
        organizer: { name: 'a', email: `sato@example.jp${br}X-INJECTED:1` },
        attendees: [{ name: 'b', email: 'yamada@example.jp' }],
        now: new Date('2026-12-01T00:00:00Z'),
      });
      // CRLF line ends only; nothing smuggled in starts a line.
      expect(/\r(?!\n)|(?<!\r)\n/.test(ics)).toBe(false);
      expect([...ics].some((c) => ['\u0085', '\u2028', '\u2029', '\u000b', '\u000c', '\u0000'].includes(c))).toBe(false);
      const lines = ics.split('\r\n').filter((l) => !l.startsWith(' '));
      expect(lines.filter((l) => l.startsWith('ATTENDEE')).length).toBe(1);
      expect(lines.some((l) => l.startsWith('X-INJECTED'))).toBe(false);
    }
    expect(escapeText('a\rb\u2028c\td')).toBe('a\\nb\\nc\td');
  });
});
