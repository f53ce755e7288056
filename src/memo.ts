/** Anything keyed that can keep a made value: a `Map` or a `WeakMap`. */
export interface MemoStore<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value kept under `key`, made by `make` the first time it is asked for. Indexes built once
 * per catalogue, table or comparison (and dropped with it, in a `WeakMap`) go through here.
 *
 * @example
 * const squares = new Map<number, number>();
 * remembered(squares, 12, () => 12 * 12) // → 144 (made)
 * remembered(squares, 12, () => 0) // → 144 (read back)
 */
export function remembered<K, V>(store: MemoStore<K, V>, key: K, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}
