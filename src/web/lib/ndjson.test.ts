import { describe, expect, it } from 'vitest';
import { NdjsonSplitter, readNdjson } from './ndjson';

describe('NdjsonSplitter', () => {
  it('keeps a line split across chunks until it is complete', () => {
    const s = new NdjsonSplitter();
    expect(s.push('{"a":1}\n{"b"')).toEqual([{ a: 1 }]);
    expect(s.push(':2}\n\n')).toEqual([{ b: 2 }]);
    expect(s.push('{"c":3}')).toEqual([]);
    expect(s.end()).toEqual([{ c: 3 }]);
  });
});

describe('readNdjson', () => {
  it('reads a byte stream, including multi-byte characters split between chunks', async () => {
    const bytes = new TextEncoder().encode('{"type":"progress","done":1}\n{"m":"取り込み"}\n');
    const cut = bytes.length - 5; // inside the last Japanese character
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, cut));
        c.enqueue(bytes.slice(cut));
        c.close();
      },
    });
    const got: unknown[] = [];
    await readNdjson(body, (x) => got.push(x));
    expect(got).toEqual([{ type: 'progress', done: 1 }, { m: '取り込み' }]);
  });
});
