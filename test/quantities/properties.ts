/**
 * Property tests of the recogniser, shared by `recognise.test.ts` (a few hundred runs) and
 * `recognise.fuzz.ts` (FUZZ_RUNS, 100,000 under `npm run test:fuzz`).
 */
import fc from 'fast-check';
import { DIMENSION_BASE_UNITS } from '../../src/catalogue/units.js';
import type { Comparator, Dimension, Quantity } from '../../src/quantities/index.js';
import { recogniseQuantities } from '../../src/quantities/index.js';
import { toChineseDecimal, toChineseNumeral, withThousands } from './format.js';

interface UnitCase {
  readonly written: string;
  readonly factor: number;
  readonly dimension: Dimension;
  /** Accepts 千/百 as a scale word before it (千兆瓦 would read as 千 + 兆瓦 otherwise). */
  readonly smallScales: boolean;
}

const UNIT_CASES: readonly UnitCase[] = [
  { written: '个', factor: 1, dimension: 'count', smallScales: true },
  { written: '家', factor: 1, dimension: 'count', smallScales: true },
  { written: '人次', factor: 1, dimension: 'count', smallScales: true },
  { written: '%', factor: 1, dimension: 'percent', smallScales: true },
  { written: '个百分点', factor: 1, dimension: 'percent_point', smallScales: true },
  { written: '万元', factor: 1e4, dimension: 'money', smallScales: true },
  { written: '亿立方米', factor: 1e8, dimension: 'volume', smallScales: true },
  { written: '兆瓦', factor: 1e3, dimension: 'power', smallScales: false },
  { written: '万千瓦', factor: 1e4, dimension: 'power', smallScales: true },
  { written: '平方公里', factor: 1e6, dimension: 'area', smallScales: true },
  { written: '亩', factor: 10000 / 15, dimension: 'area', smallScales: true },
  { written: '吨', factor: 1, dimension: 'mass', smallScales: true },
  { written: '公里', factor: 1e3, dimension: 'length', smallScales: true },
  // no unit: Arabic figures are still reported, Chinese ones are words unless scaled
  { written: '', factor: 1, dimension: 'none', smallScales: true },
];

interface BoundCase {
  readonly before: string;
  readonly after: string;
  readonly comparator: Comparator;
}

const BOUND_CASES: readonly BoundCase[] = [
  { before: '', after: '', comparator: '=' },
  { before: '不少于', after: '', comparator: '>=' },
  { before: '超过', after: '', comparator: '>' },
  { before: '突破', after: '', comparator: '>' },
  { before: '不超过', after: '', comparator: '<=' },
  { before: '低于', after: '', comparator: '<' },
  { before: '约', after: '', comparator: '~' },
  { before: '近', after: '', comparator: '~' },
  { before: '', after: '以上', comparator: '>=' },
  { before: '', after: '及以上', comparator: '>=' },
  { before: '', after: '以内', comparator: '<=' },
  { before: '', after: '左右', comparator: '~' },
  { before: '控制在', after: '以内', comparator: '<=' },
  { before: '控制在', after: '左右', comparator: '~' },
];

const PREFIXES = ['力争全年新增', '全市', '到2025年达到', '（3）完成', '12.推进建设', '“十四五”期间累计建成'];
const SUFFIXES = ['。', '，确保完成任务。', '(责任单位:区发展改革局)', ''];

/** A number written one way, with the value it stands for before its unit. */
interface Written {
  readonly text: string;
  readonly value: number;
}

const mantissa = fc.tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
  .map(([whole, cents, decimal]) => (decimal ? Number(`${whole}.${String(cents).padStart(2, '0')}`) : whole));

const scaleWord = (small: boolean): fc.Arbitrary<readonly [string, number]> =>
  fc.constantFrom<readonly [string, number]>(
    ['万', 4], ['亿', 8], ['万亿', 12], ...(small ? [['千', 3], ['百', 2]] as const : []),
  );

/** Write a number as plan documents do: plain digits, thousands separators, digits + scale word, Chinese. */
function writtenNumber(unit: UnitCase): fc.Arbitrary<Written> {
  const plain = mantissa.map((value) => ({ text: String(value), value }));
  const thousands = mantissa.map((value) => ({ text: withThousands(value), value }));
  const scaled = fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 }), scaleWord(unit.smallScales))
    .map(([whole, cents, [word, power]]) => {
      const m = Number(`${whole}.${String(cents).padStart(2, '0')}`);
      return { text: `${m}${word}`, value: Number(`${m}e${power}`) };
    });
  const chinese = fc.integer({ min: 2, max: 999_999_999_999 }).map((value) => ({ text: toChineseNumeral(value), value }));
  const chineseDecimal = fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9 }))
    .map(([whole, tenth]) => {
      const value = Number(`${whole}.${tenth}`);
      return { text: toChineseDecimal(value), value };
    });
  if (unit.written === '') {
    // a bare four-digit 1900–2100 is a year, not a quantity
    return fc.oneof(plain.filter(({ value }) => !(Number.isInteger(value) && value >= 1900 && value <= 2100)), thousands, scaled);
  }
  return fc.oneof(plain, thousands, scaled, chinese, chineseDecimal);
}

const planSentence = fc.constantFrom(...UNIT_CASES).chain((unit) => fc.record({
  unit: fc.constant(unit),
  number: writtenNumber(unit),
  bound: fc.constantFrom(...BOUND_CASES),
  prefix: fc.constantFrom(...PREFIXES),
  suffix: fc.constantFrom(...SUFFIXES),
}));

function closeTo(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= Math.abs(expected) * 1e-12;
}

/** Format a value, bound and unit into a plan sentence and read back the same figure. */
export function checkRoundTrip(numRuns: number): void {
  fc.assert(fc.property(planSentence, ({ unit, number, bound, prefix, suffix }) => {
    const figure = `${bound.before}${number.text}${unit.written}${bound.after}`;
    const text = `${prefix}${figure}${suffix}`;
    const found = recogniseQuantities(text);
    expect(found).toHaveLength(1);
    const [quantity] = found;
    expect(quantity?.raw).toBe(figure);
    expect(quantity?.comparator).toBe(bound.comparator);
    expect(quantity?.dimension).toBe(unit.dimension);
    expect(closeTo(quantity?.value ?? NaN, number.value * unit.factor)).toBe(true);
    const numberText = text.slice(quantity?.numberStart, quantity?.numberEnd);
    // 五万亩 gives 万 to the unit 万亩; 3万亿立方米 takes 万亿 as the scale
    expect(numberText.startsWith(number.text) || number.text.startsWith(numberText)).toBe(true);
  }), { seed: 20231, numRuns });
}

const CONNECTORS = ['-', '—', '～', '~', '至', '到'];

const rangeSentence = fc.constantFrom(...UNIT_CASES.filter((unit) => unit.written !== '')).chain((unit) => fc.record({
  unit: fc.constant(unit),
  low: fc.integer({ min: 1, max: 9_999 }),
  span: fc.integer({ min: 1, max: 9_999 }),
  chinese: fc.boolean(),
  connector: fc.constantFrom(...CONNECTORS),
  scale: fc.constantFrom<readonly [string, number]>(['', 0], ['万', 4], ['亿', 8]),
  prefix: fc.constantFrom(...PREFIXES),
  suffix: fc.constantFrom(...SUFFIXES),
}));

/** Format a range `low–high` with one scale word and unit written after both ends, and read it back. */
export function checkRangeRoundTrip(numRuns: number): void {
  fc.assert(fc.property(rangeSentence, ({ unit, low, span, chinese, connector, scale: [word, power], prefix, suffix }) => {
    const high = low + span;
    // Chinese writes the scale inside the numeral, once when both ends share it (三到五万),
    // at both ends when the high end reaches the next section (九千万到一亿)
    const writeChinese = chinese && Number(`${high}e${power}`) < 1e12;
    const chineseLow = writeChinese ? toChineseNumeral(high < 10_000 ? low : Number(`${low}e${power}`)) : '';
    const figure = writeChinese
      ? `${chineseLow}${connector}${toChineseNumeral(Number(`${high}e${power}`))}${unit.written}`
      : `${low}${connector}${high}${word}${unit.written}`;
    const found = recogniseQuantities(`${prefix}${figure}${suffix}`);
    expect(found.map((q) => q.raw)).toEqual([figure]);
    expect(found[0]?.comparator).toBe('range');
    expect(closeTo(found[0]?.value ?? NaN, Number(`${low}e${power}`) * unit.factor)).toBe(true);
    expect(closeTo(found[0]?.valueHigh ?? NaN, Number(`${high}e${power}`) * unit.factor)).toBe(true);
  }), { seed: 20231, numRuns });
}

const plainText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({
    unit: fc.constantFrom(...[
      ...'0123456789０１２３４５６７８９', ...'一二两三四五六七八九十百千万亿零〇点第', ...'.．,，、-—~～至到:：/+“”《》()（）〔〕【】',
      ...'个家户人次元吨亩米方瓦%％‰倍年月日号强余多', ...'以上下内左右约近超过不少于控制在百分之个百分点', ...'GAkWMhmx× \n',
      '万元', '亿立方米', '万千瓦', '平方公里', '兆瓦', '人次', '以上', '以内', '左右', '控制在', '百分之',
    ]),
    maxLength: 60,
  }),
);

function checkInvariants(text: string, found: readonly Quantity[]): void {
  let previousEnd = 0;
  for (const q of found) {
    expect(q.start).toBeGreaterThanOrEqual(previousEnd);
    expect(q.start).toBeLessThanOrEqual(q.numberStart);
    expect(q.numberStart).toBeLessThan(q.numberEnd);
    expect(q.numberEnd).toBeLessThanOrEqual(q.end);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.raw).toBe(text.slice(q.start, q.end));
    expect(Number.isFinite(q.value) && Number.isFinite(q.number)).toBe(true);
    expect(q.baseUnit).toBe(DIMENSION_BASE_UNITS[q.dimension]);
    expect(q.unit === null).toBe(q.dimension === 'none');
    if (q.comparator === 'range') expect(q.valueHigh !== null && Number.isFinite(q.valueHigh) && q.valueHigh > q.value).toBe(true);
    else expect(q.valueHigh).toBeNull();
    previousEnd = q.end;
  }
}

/** Any string: no throw, spans inside the input, in order and not overlapping, finite values. */
export function checkArbitraryText(numRuns: number): void {
  fc.assert(fc.property(plainText, (text) => {
    checkInvariants(text, recogniseQuantities(text));
  }), { seed: 20231, numRuns });
}
