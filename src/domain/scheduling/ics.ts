// RFC 5545 calendar invitations (.ics) for an interview appointment.

export type IcsEvent = {
  uid: string;
  /** Bumped on every change so calendars replace the earlier invitation. */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  url?: string;
  organizer: { name: string; email: string };
  attendees: { name: string; email: string }[];
  method?: 'REQUEST' | 'CANCEL';
  now?: Date;
};

/** 20261210T050000Z */
const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

// Every form of line break a reader might honour: CRLF, a bare CR or LF, NEL, and the Unicode separators.
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// RFC 5545 3.3.11: a TEXT value holds no control character but HTAB.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const dropControls = (s: string) => s.replace(CONTROL, (c) => (c === '\t' ? c : ''));

/** Text values escape backslash, semicolon and comma; every line break becomes \n; other controls are dropped. */
export const escapeText = (s: string) =>
  dropControls(s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(LINE_BREAK, '\\n'));

/** Lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character. */
export function fold(line: string): string {
  const enc = new TextEncoder();
  const out: string[] = [];
  let cur = '';
  let size = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (size + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      size = 0;
    }
    cur += ch;
    size += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

// A quoted parameter may hold neither a quote nor a line break (RFC 5545 3.2): a name with one would
// otherwise start a property of its own in the invite.
const cn = (name: string) => `"${name.replace(/"/g, "'").replace(/\p{Cc}+/gu, ' ')}"`;

export function buildIcs(e: IcsEvent): string {
  const method = e.method ?? 'REQUEST';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mendan//Career interviews//JA',
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${stamp(e.now ?? new Date())}`,
    `DTSTART:${stamp(e.start)}`,
    `DTEND:${stamp(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    `LOCATION:${escapeText(e.location)}`,
    ...(e.url ? [`URL:${e.url}`] : []),
    `ORGANIZER;CN=${cn(e.organizer.name)}:mailto:${e.organizer.email}`,
    ...e.attendees.map((a) => `ATTENDEE;CN=${cn(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${a.email}`),
    `STATUS:${method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT30M',
    `DESCRIPTION:${escapeText(e.summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  // The last guard, whatever a property holds (an address, a URL): no raw break ever starts a line of its own.
  return `${lines.map((l) => fold(dropControls(l))).join('\r\n')}\r\n`;
}
