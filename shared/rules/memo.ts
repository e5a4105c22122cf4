// A cache for pure functions of a day that the rules call for every client alike (the whole-office
// scan asks the same questions of the same date 100,000 times). Bounded: emptied when full.
const LIMIT = 4096;

export function memoByKey<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    if (cache.size >= LIMIT) cache.clear();
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
