import iconv from 'iconv-lite';
import { DomainError } from '../errors';
import { SLICE_MS, yieldToLoop } from '../shared/pace';

/** One CSV record; `row` is its 1-based position counting every record (the row number Excel shows). */
export type CsvRecord = { row: number; cells: string[] };

const BOM = '\uFEFF';
const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Bytes to text: valid UTF-8 (with or without BOM) is read as UTF-8, anything else as Shift_JIS.
 * CP932 rather than strict Shift_JIS because that is what Excel on Windows writes (①, ㈱, 髙 …).
 */
export function decodeCsv(bytes: Uint8Array): string {
  let buf = bytes;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'cp932');
  }
}

/**
 * RFC 4180 reader: quoted fields, "" escapes, CR / LF / CRLF line ends, newlines inside quotes.
 * Lenient where Excel is (a stray quote inside an unquoted field is kept as text); blank records
 * (no cells, or only empty cells) are skipped but still counted so row numbers match the sheet.
 */
export function parseCsv(input: string): CsvRecord[] {
  return [...csvRecords(input)];
}

/** parseCsv in slices (a 100,000-row file is a few hundred ms of parsing): other requests are served meanwhile. */
export async function parseCsvInSlices(input: string): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  let slice = performance.now();
  for (const r of csvRecords(input)) {
    out.push(r);
    if (performance.now() - slice > SLICE_MS) {
      await yieldToLoop();
      slice = performance.now();
    }
  }
  return out;
}

function* csvRecords(input: string): Generator<CsvRecord> {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  let cells: string[] = [];
  let cell = '';
  let row = 1;
  let i = 0;
  const n = text.length;

  // The record just ended, if it has a non-empty cell (blank records are skipped but counted).
  const endRecord = (): CsvRecord | null => {
    cells.push(cell);
    const rec = cells.some((c) => c !== '') ? { row, cells } : null;
    row++;
    cells = [];
    cell = '';
    return rec;
  };

  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE && cell === '') {
      // A quoted field: read to the closing quote, "" is one quote.
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new DomainError(400, 'import.errors.unterminatedQuote', { line: row });
        cell += text.slice(i, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          cell += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Text after the closing quote (e.g. "ab"c) is kept, as spreadsheets do.
      continue;
    }
    if (ch === COMMA) {
      cells.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (ch === CR || ch === LF) {
      i += ch === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      const rec = endRecord();
      if (rec) yield rec;
      continue;
    }
    // Plain text up to the next delimiter, taken in one slice.
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === COMMA || c === CR || c === LF) break;
      j++;
    }
    cell += text.slice(i, j);
    i = j;
  }
  if (cell !== '' || cells.length > 0) {
    const rec = endRecord();
    if (rec) yield rec;
  }
}

// A leading = + - @ (or tab / CR) makes spreadsheets evaluate the cell; plain numbers are harmless.
// Apostrophes already in front of one are counted too, so neutralise/unneutralise round-trip exactly.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Neutralises spreadsheet formula injection with a leading apostrophe (OWASP CSV injection). */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes neutralise() on import so an exported file re-imports unchanged. */
export function unneutralise(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) && !PLAIN_NUMBER.test(value.slice(1)) ? value.slice(1) : value;
}

/** One CSV cell: neutralised, quoted only when it must be. */
export function csvCell(value: string | null | undefined): string {
  const v = neutralise(value ?? '');
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** One CSV line with CRLF, as Excel writes it. */
export function csvLine(values: readonly (string | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** The byte-order mark that makes Excel read UTF-8. */
export const CSV_BOM = BOM;
