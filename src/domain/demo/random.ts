/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for one named stream (a person, a concern): each draws on its own, so order and batching never shift another. */
export function streamSeed(seed: number, name: string): number {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A text pool entry: a string, or one weighted by round (index 0 = the oldest round) so words rise and fall over time. */
export type Weighted = string | { text: string; w: readonly number[] };

/** Draws from one stream with the helpers the demo story needs. */
export class Dice {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  static of(seed: number, name: string) {
    return new Dice(streamSeed(seed, name));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** `n` different entries, in the order drawn. */
  some<T>(list: readonly T[], n: number): T[] {
    const pool = [...list];
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
  /** One entry of a pool as written in round `round`: entries weighted away from that round are rarer. */
  text(list: readonly Weighted[], round = 0): string {
    const weight = (e: Weighted) => (typeof e === 'string' ? 1 : (e.w[round] ?? e.w.at(-1) ?? 1));
    const total = list.reduce((s, e) => s + weight(e), 0);
    let r = this.next() * total;
    for (const e of list) {
      r -= weight(e);
      if (r < 0) return typeof e === 'string' ? e : e.text;
    }
    const last = list.at(-1)!;
    return typeof last === 'string' ? last : last.text;
  }
  /** A 1–5 answer around `mean`. */
  scale(mean: number, spread = 0.8): number {
    const noise = (this.next() + this.next() + this.next() - 1.5) * spread * 1.4;
    return Math.max(1, Math.min(5, Math.round(mean + noise)));
  }
}
