/** Small helpers shared by the demo factories (companies and jobs, students and accounts). */
import type { Rng } from "./rng";

export const DAY = 86_400_000;
export const MINUTE = 60_000;

export const before = (now: Date, days: number, minutes = 0) => new Date(now.getTime() - days * DAY - minutes * MINUTE);
export const after = (date: Date, days: number, minutes = 0) =>
  new Date(date.getTime() + days * DAY + minutes * MINUTE);
export const roundTo = (value: number, step: number) => Math.max(step, Math.round(value / step) * step);

export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return value;
  });
}

/** Chinese typesetting: a space between Han characters and Latin letters or digits ("使用 Excel"). */
export function spaceZh(text: string): string {
  return text.replace(/(\p{Script=Han})([A-Za-z0-9])/gu, "$1 $2").replace(/([A-Za-z0-9%+])(\p{Script=Han})/gu, "$1 $2");
}

export function joinZh(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join("、")}和${items[items.length - 1]}`;
}

export function joinEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Weighted sampling without replacement. */
export function sampleWeighted<T>(rng: Rng, entries: readonly (readonly [T, number])[], n: number): T[] {
  const pool = entries.filter(([, w]) => w > 0).map(([v, w]) => [v, w] as [T, number]);
  const out: T[] = [];
  while (out.length < n && pool.length > 0) {
    const value = rng.weighted(pool);
    out.push(value);
    pool.splice(
      pool.findIndex(([v]) => v === value),
      1,
    );
  }
  return out;
}

/** Splits `total` over `weights` in proportion (largest remainder), at least 1 each while possible. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  const base = total >= n ? 1 : 0;
  const rest = total - base * n;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (rest * w) / sum);
  const counts = exact.map((x) => base + Math.floor(x));
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i]!++;
  }
  return counts;
}
