/**
 * A small seeded PRNG (sfc32) for the demo data: the same seed gives the same numbers, ids
 * included, on every machine. `fork(label)` derives an independent stream from the seed and a
 * label only, so company 42 is the same whether 26 or 1,300 companies are generated.
 */

export const DEMO_SEED = "e-landing-demo-2026";

/** Four 32-bit words from a string: FNV-1a with four offsets, each finished by a murmur3 mix. */
function seedWords(text: string): [number, number, number, number] {
  const mix = (h: number) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const offsets = [0x811c9dc5, 0x050c5d1f, 0x9e3779b9, 0x7f4a7c15];
  return offsets.map((offset) => {
    let h = offset;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return mix(h);
  }) as [number, number, number, number];
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: string = DEMO_SEED) {
    [this.a, this.b, this.c, this.d] = seedWords(seed);
    for (let i = 0; i < 12; i++) this.next(); // let the state mix before use
  }

  /** A new stream that depends only on this stream's seed and `label`. */
  fork(label: string | number): Rng {
    return new Rng(`${this.seed}/${label}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Rng.pick: empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks a value with probability proportional to its weight (weights ≤ 0 are never picked). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) if (w > 0) total += w;
    if (total <= 0) throw new Error("Rng.weighted: no positive weight");
    let r = this.next() * total;
    let last: T | undefined;
    for (const [value, w] of entries) {
      if (w <= 0) continue;
      last = value;
      r -= w;
      if (r < 0) return value;
    }
    return last!; // only reached through floating-point rounding
  }

  /** `weighted` for a { key: weight } object. */
  weightedKey<K extends string>(weights: Partial<Record<K, number>>): K {
    return this.weighted(Object.entries(weights) as [K, number][]);
  }

  /** `n` distinct items in random order (all of them when n ≥ length). */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const count = Math.min(n, copy.length);
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, count);
  }

  /** A cuid-shaped id: "c" followed by 24 lowercase base-36 characters. */
  id(): string {
    let out = "c";
    for (let i = 0; i < 24; i++) out += BASE36[Math.floor(this.next() * 36)];
    return out;
  }
}
