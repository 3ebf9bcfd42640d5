/**
 * `make`, run once per key object and its result kept while the key lives (in a WeakMap): for
 * what is derived once per corpus index, timeline item or map place.
 */
export function memoByObject<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
