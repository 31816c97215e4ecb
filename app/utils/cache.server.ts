/**
 * A per-process read cache for small, slowly changing lists (the search vocabulary). Staleness is
 * bounded by `ttlMs` and harmless; nothing that several servers must agree on belongs here.
 */
export function cachedFor<T>(ttlMs: number, load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  let loadedAt = 0;
  return () => {
    if (!value || Date.now() - loadedAt > ttlMs) {
      loadedAt = Date.now();
      value = load();
      // A failed load is not cached.
      value.catch(() => (value = undefined));
    }
    return value;
  };
}
