/**
 * The corpus's events in date order, by counting sorts: a day-number key spans a few thousand
 * values, so two linear passes replace a comparison sort of 100,000 indexes (~0.1 s on load).
 */

/** `items` stably reordered by `keys[item]`, each key in [min, min + range). */
function countingSortBy(items: Int32Array, keys: Int32Array, min: number, range: number) {
  const slots = new Int32Array(range + 1);
  for (const i of items) {
    const slot = (keys[i] as number) - min + 1;
    slots[slot] = (slots[slot] as number) + 1;
  }
  for (let k = 1; k <= range; k++) slots[k] = (slots[k] as number) + (slots[k - 1] as number);
  const out = new Int32Array(items.length);
  for (const i of items) {
    const slot = (keys[i] as number) - min;
    const position = slots[slot] as number;
    out[position] = i;
    slots[slot] = position + 1;
  }
  return out;
}

/**
 * Indexes sorted by start day, then end day, then index; those whose start is `none` (undated)
 * come last, in index order.
 */
export function orderByDays(starts: Int32Array, ends: Int32Array, none: number): Int32Array {
  const n = starts.length;
  const dated: number[] = [];
  const undated: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const start = starts[i] as number;
    if (start === none) {
      undated.push(i);
      continue;
    }
    dated.push(i);
    const end = ends[i] as number;
    min = Math.min(min, start, end);
    max = Math.max(max, start, end);
  }
  let order = Int32Array.from(dated);
  const range = max - min + 1;
  if (order.length > 0 && range <= 4 * n + 100_000) {
    // least significant key first: a stable sort by end, then by start
    order = countingSortBy(countingSortBy(order, ends, min, range), starts, min, range);
  } else {
    // days too spread for counting (a corpus spanning millennia): compare instead
    order.sort(
      (a, b) =>
        (starts[a] as number) - (starts[b] as number) ||
        (ends[a] as number) - (ends[b] as number) ||
        a - b,
    );
  }
  const out = new Int32Array(n);
  out.set(order);
  out.set(undated, order.length);
  return out;
}
