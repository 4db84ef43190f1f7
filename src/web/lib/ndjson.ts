/**
 * Splits a streamed NDJSON body into objects as chunks arrive. A line split across chunks is kept
 * until its newline (or the end of the stream) arrives.
 */
export class NdjsonSplitter<T = unknown> {
  private buffer = '';

  push(chunk: string): T[] {
    this.buffer += chunk;
    const lines = this.buffer.split('\n');
    this.buffer = lines.pop() ?? '';
    return parseLines<T>(lines);
  }

  end(): T[] {
    const rest = this.buffer;
    this.buffer = '';
    return parseLines<T>([rest]);
  }
}

function parseLines<T>(lines: string[]): T[] {
  return lines
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as T);
}

/** Reads a fetch body as NDJSON, calling onItem for each object. */
export async function readNdjson<T>(body: ReadableStream<Uint8Array>, onItem: (item: T) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const splitter = new NdjsonSplitter<T>();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (const item of splitter.push(decoder.decode(value, { stream: true }))) onItem(item);
  }
  for (const item of splitter.push(decoder.decode())) onItem(item);
  for (const item of splitter.end()) onItem(item);
}
