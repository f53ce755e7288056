/**
 * A stable in-place sort for the short lists of hot paths (the indicators a text names, a
 * figure's candidates, a unit's masked spans): `Array.prototype.sort` with a comparator costs
 * about half a microsecond and a work array even for three elements, and these lists are
 * sorted a few hundred thousand times over bench's documents. Insertion sort, with the same
 * order as `Array.prototype.sort` (stable: equal elements keep their order); lists longer than
 * `SHORT` go to `Array.prototype.sort`.
 *
 * Measured gain: the whole extraction of bench's 3,000 documents (`node dist/cli/main.js extract
 * /tmp/corp3000 --workers 0`, user s, builds alternated, load 1.2–1.6) took 8.29 8.28 8.44 8.13
 * before and 8.09 8.25 8.23 8.10 after (session 12, bench/README.md).
 *
 * @example
 * sortShort([3, 1, 2], (a, b) => a - b) // → [1, 2, 3]
 */
export function sortShort<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SHORT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

/** Longest list `sortShort` sorts itself. */
const SHORT = 16;
