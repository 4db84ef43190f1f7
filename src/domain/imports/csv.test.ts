import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { csvCell, csvLine, decodeCsv, neutralise, parseCsv, parseCsvInSlices, unneutralise } from './csv';

const cells = (text: string) => parseCsv(text).map((r) => r.cells);

describe('parseCsv', () => {
  it('reads plain fields and all three line ends', () => {
    expect(cells('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });

  it('reads quoted fields with "" escapes, commas and embedded newlines', () => {
    expect(cells('"山田, 太郎","彼は""はい""と言った"\r\n"一行目\r\n二行目",x\r\n')).toEqual([
      ['山田, 太郎', '彼は"はい"と言った'],
      ['一行目\r\n二行目', 'x'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(cells('a,,c,\n,"",x')).toEqual([
      ['a', '', 'c', ''],
      ['', '', 'x'],
    ]);
  });

  it('reads the same records in slices (a large file gives way to other requests)', async () => {
    const text = `h1,h2\n${Array.from({ length: 20_000 }, (_, i) => `"a${i}\n",${i}\n\n`).join('')}`;
    expect(await parseCsvInSlices(text)).toEqual(parseCsv(text));
    await expect(parseCsvInSlices('a,"open')).rejects.toBeInstanceOf(DomainError);
  });

  it('skips blank lines but counts them in the row numbers a spreadsheet shows', () => {
    const recs = parseCsv('h1,h2\n\na,b\n,,\n"x\ny",z\nlast,1');
    expect(recs.map((r) => r.row)).toEqual([1, 3, 5, 6]);
    expect(recs[2]!.cells).toEqual(['x\ny', 'z']);
  });

  it('strips a BOM from the text', () => {
    expect(cells('\uFEFF社員番号,姓\n1,山田')).toEqual([
      ['社員番号', '姓'],
      ['1', '山田'],
    ]);
  });

  it('keeps a stray quote inside an unquoted field, as Excel does', () => {
    expect(cells('ab"c,d')).toEqual([['ab"c', 'd']]);
  });

  it('reports an unclosed quote with its row', () => {
    try {
      parseCsv('a,b\nc,"open\nstill open');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).key).toBe('import.errors.unterminatedQuote');
      expect((e as DomainError).params).toEqual({ line: 2 });
    }
  });
});

describe('decodeCsv', () => {
  const text = '社員番号,姓,名\r\nE1,髙橋,①子\r\n';

  it('reads UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode(text);
    expect(decodeCsv(utf8)).toBe(text);
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
  });

  it('falls back to Shift_JIS (CP932, including 髙 and ①) for bytes that are not UTF-8', () => {
    const sjis = new Uint8Array(iconv.encode(text, 'cp932'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(sjis)).toThrow();
    expect(decodeCsv(sjis)).toBe(text);
    expect(parseCsv(decodeCsv(sjis))[1]!.cells).toEqual(['E1', '髙橋', '①子']);
  });
});

describe('writing', () => {
  it('quotes only when needed and ends lines with CRLF', () => {
    expect(csvLine(['a', 'b c', 'x,y', 'say "hi"', 'two\nlines', null, undefined])).toBe('a,b c,"x,y","say ""hi""","two\nlines",,\r\n');
  });

  it('neutralises formula injection but leaves plain numbers and dates alone', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+81 90')).toBe("'+81 90");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-cmd')).toBe("'-cmd");
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('+3')).toBe('+3');
    expect(csvCell('2024-04-01')).toBe('2024-04-01');
    expect(csvCell('ヤマダ')).toBe('ヤマダ');
  });

  it('round-trips through neutralise and unneutralise exactly', () => {
    for (const v of ['=1+1', "'=1+1", "''@x", "'plain", '-5', '-x', '', '普通の値']) {
      expect(unneutralise(neutralise(v))).toBe(v);
    }
  });

  it('what it writes, it reads back', () => {
    const rows = [
      ['社員番号', 'メモ'],
      ['E1', '改行\r\nあり, "引用"'],
      ['E2', '=危険'],
    ];
    const text = rows.map(csvLine).join('');
    const back = parseCsv(text).map((r) => r.cells.map(unneutralise));
    expect(back).toEqual(rows);
  });
});
