/**
 * The log for a person at a terminal: `npm start` in a shell prints readable lines instead of JSON
 * (LOG_FORMAT=text, the default when stdout is a terminal). Same events, same fields; services and
 * collectors keep JSON (LOG_FORMAT=json, the default otherwise).
 */
export const LOG_FORMATS = ['json', 'text'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

type Line = {
  level?: string;
  time?: string;
  msg?: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  err?: { message?: string; stack?: string };
};

/** One JSON log line as text: `13:40:02 info  Mendan: http://…`; a request as `GET /path 200 12.3ms`. */
export function textLine(json: string): string {
  let o: Line;
  try {
    o = JSON.parse(json) as Line;
  } catch {
    return json.trimEnd();
  }
  const time = (o.time ?? '').slice(11, 19);
  const what = o.msg === 'request' && o.method ? `${o.method} ${o.path} ${o.status} ${o.ms}ms` : (o.msg ?? '');
  const err = o.err?.stack ?? o.err?.message;
  return `${time} ${(o.level ?? '').padEnd(5)} ${what}${err ? `\n${err}` : ''}`;
}

/** A destination that writes each line as text to the given stream (stdout). */
export const textDestination = (out: { write: (s: string) => unknown }) => ({
  write: (line: string) => out.write(`${textLine(line)}\n`),
});
