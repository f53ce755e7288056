import { remembered } from '../memo.js';
import { LEVEL_BY_SUFFIX, adminTier, tierOfDivisionCode, type AdminTier, type RegionMetric } from './catalogue.js';
import type { FigureChoice, RegionFigure, RegionIdentity, RegionMatch, RegionTable } from './types.js';

/**
 * The distinct regions of a reference table, one per division code, in order of first
 * appearance.
 *
 * @example
 * regionIdentities(seed).map((r) => `${r.region} ${r.division_code} ${r.tier}`)
 * // → ['台儿庄区 370405 county', '滕州市 370481 county', '泰安市 370900 prefecture',
 * //    '嘉祥县 370829 county', '罗庄区 371311 county']
 */
export function regionIdentities(table: RegionTable): RegionIdentity[] {
  return [...indexOf(table).identities];
}

/** A reference table indexed once: lookups per region and metric stay constant-time for 3,000 regions. */
interface RegionIndex {
  readonly identities: readonly RegionIdentity[];
  readonly byCode: ReadonlyMap<string, RegionIdentity>;
  readonly byName: ReadonlyMap<string, readonly RegionIdentity[]>;
  /** Figures by `code|metric`, in table order. */
  readonly figures: ReadonlyMap<string, readonly RegionFigure[]>;
}

// tables are read-only values, so an index made once stays right for as long as the table lives
const indexes = new WeakMap<RegionTable, RegionIndex>();

function indexOf(table: RegionTable): RegionIndex {
  return remembered(indexes, table, () => {
    const byCode = new Map<string, RegionIdentity>();
    const byName = new Map<string, RegionIdentity[]>();
    const figures = new Map<string, RegionFigure[]>();
    for (const figure of table) {
      if (!byCode.has(figure.division_code)) {
        const identity = identityOf(figure);
        byCode.set(figure.division_code, identity);
        byName.set(identity.region, [...(byName.get(identity.region) ?? []), identity]);
      }
      const key = `${figure.division_code}|${figure.metric}`;
      const list = figures.get(key);
      if (list === undefined) figures.set(key, [figure]);
      else list.push(figure);
    }
    return { identities: [...byCode.values()], byCode, byName, figures };
  });
}

/**
 * Look a region up by division code when one is given, otherwise by name.
 *
 * A non-empty code is matched on code alone; when absent, a unit of the same prefecture whose
 * name differs only in its level suffix is taken (status `renamed`: 撤县设市 and the like
 * after the table was made), else the status is `unknown`. A name is
 * `ambiguous` when several codes carry it (市中区 exists in several cities), `unknown` when
 * none does.
 *
 * @example
 * findRegion(seed, { region: '滕州市', region_code: '' }).identity?.division_code // → '370481'
 * findRegion(seed, { region: '滕州', region_code: '370481' }).status // → 'found'
 * findRegion(seed, { region: '市中区', region_code: '' }).status // → 'unknown'
 */
export function findRegion(table: RegionTable, key: { readonly region: string; readonly region_code: string }): RegionMatch {
  const index = indexOf(table);
  const byCode = index.byCode.get(key.region_code);
  const matches = key.region_code === '' ? index.byName.get(key.region) ?? [] : byCode === undefined ? [] : [byCode];
  const [first] = matches;
  if (first === undefined && key.region_code !== '' && key.region !== '') return renamedUnit(index, key.region, key.region_code);
  if (first === undefined) return { identity: null, status: 'unknown' };
  if (matches.length > 1) return { identity: null, status: 'ambiguous' };
  return { identity: first, status: 'found' };
}

/**
 * Choose the reference figure for one region, metric and plan year.
 *
 * Rule: among dated figures, the one whose year is closest to the plan year; on a tie, the
 * earlier year (it was published when the plan was written; the later one was not). An
 * undated figure is used only when no dated one exists, and the choice says `undated: true`.
 * No figure gives `figure: null`: a missing denominator is never filled.
 *
 * @example
 * const choice = chooseFigure(seed, '370481', 'resident_population', 2023);
 * [choice.figure?.year, choice.figure?.value, choice.year_gap, choice.candidates]
 * // → [2023, 154.78, 0, 3]
 * chooseFigure(seed, '370900', 'land_area', 2023).undated // → true
 * chooseFigure(seed, '370405', 'gdp', 2023).figure // → null
 */
export function chooseFigure(table: RegionTable, divisionCode: string, metric: RegionMetric, planYear: number): FigureChoice {
  const candidates = indexOf(table).figures.get(`${divisionCode}|${metric}`) ?? [];
  const dated = candidates
    .filter((figure): figure is RegionFigure & { readonly year: number } => figure.year !== null)
    .sort((a, b) => Math.abs(a.year - planYear) - Math.abs(b.year - planYear) || a.year - b.year);
  const closest = dated[0];
  const base = { division_code: divisionCode, metric, plan_year: planYear, candidates: candidates.length };
  if (closest !== undefined) {
    return { ...base, figure: closest, year_gap: Math.abs(closest.year - planYear), undated: false };
  }
  const undated = candidates[0];
  return { ...base, figure: undated ?? null, year_gap: null, undated: undated !== undefined };
}

/**
 * The units that partition the country (or the table's part of it) at county level: every
 * county-tier unit, plus each prefecture-tier unit without county-tier units of its own
 * (cities not divided into counties, such as 东莞市 or 嘉峪关市). Province-tier units and
 * prefectures with counties are left out, so their residents are not counted twice.
 *
 * @example
 * countyLevelUnits(table).map((unit) => unit.division_code) // → ['441900', '330521', …]
 */
export function countyLevelUnits(table: RegionTable): RegionIdentity[] {
  const identities = indexOf(table).identities;
  const withCounties = new Set(identities.filter((identity) => tierOf(identity) === 'county').map((identity) => identity.division_code.slice(0, 4)));
  return identities.filter((identity) => {
    const tier = tierOf(identity);
    return tier === 'county' || (tier === 'prefecture' && !withCounties.has(identity.division_code.slice(0, 4)));
  });
}

function tierOf(identity: RegionIdentity): AdminTier | null {
  return identity.tier ?? tierOfDivisionCode(identity.division_code);
}

/** The one unit of the same prefecture whose name differs only in its level suffix, if there is exactly one. */
function renamedUnit(index: RegionIndex, region: string, code: string): RegionMatch {
  const stem = nameStem(region);
  if (stem.length < 2) return { identity: null, status: 'unknown' };
  const prefix = code.slice(0, 4);
  const candidates = index.identities.filter((identity) => identity.division_code.startsWith(prefix) && identity.division_code !== code && nameStem(identity.region) === stem);
  const [only] = candidates;
  if (only === undefined || candidates.length > 1) return { identity: null, status: 'unknown' };
  return { identity: only, status: 'renamed' };
}

/** A unit's name without its county-level suffix (旬阳市, 旬阳县 → 旬阳). */
function nameStem(name: string): string {
  const suffix = LEVEL_BY_SUFFIX.county.find((entry) => name.endsWith(entry.suffix))?.suffix ?? '';
  return name.slice(0, name.length - suffix.length);
}

function identityOf(figure: RegionFigure): RegionIdentity {
  return {
    region: figure.region,
    division_code: figure.division_code,
    admin_level: figure.admin_level,
    tier: adminTier(figure.admin_level),
    parent: figure.parent,
  };
}
