/**
 * `Promise.all(items.map(fn))` with at most `limit` calls in flight, results in input order.
 * Reading 10,000 small files one at a time spends most of its time waiting on each round trip;
 * a few dozen at once keep the disk busy without opening thousands of handles.
 */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`Unexpected limit value: ${limit}.`);
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
