import { judge } from '../../src/tracking/attainment.js';
import type { Comparator } from '../../src/quantities/types.js';

const target = (comparator: Comparator, value: number, value_high: number | null = null, kind = 'increment') => ({ kind, comparator, value, value_high });
const result = (value: number, comparator: Comparator = '=', value_high: number | null = null) => ({ comparator, value, value_high });

describe('tracking/attainment judge', () => {
  it('meets a 以上 (>=) floor at equality and exceeds it above, with ratio and difference', () => {
    expect(judge(target('>=', 300), result(300), 'higher_is_better')).toMatchObject({ verdict: 'met', ratio: 1, difference: 0 });
    expect(judge(target('>=', 300), result(412), 'higher_is_better')).toMatchObject({ verdict: 'exceeded', difference: 112 });
    expect(judge(target('>=', 300), result(299), 'higher_is_better')).toMatchObject({ verdict: 'not_met', difference: -1 });
  });

  it('does not meet a 超过 (>) floor at equality and says why', () => {
    const judged = judge(target('>', 300), result(300), 'higher_is_better');
    expect(judged.verdict).toBe('not_met');
    expect(judged.reasons).toEqual([{ key: 'strictFloorEqual' }]);
  });

  it('meets a 控制在…以内 cap at or below it, not above', () => {
    expect(judge(target('<=', 210, null, 'cap'), result(205), 'lower_is_better')).toMatchObject({ verdict: 'met', difference: -5 });
    expect(judge(target('<=', 210, null, 'cap'), result(210), 'lower_is_better').verdict).toBe('met');
    expect(judge(target('<=', 210, null, 'cap'), result(211), 'lower_is_better').verdict).toBe('not_met');
    expect(judge(target('<', 3, null, 'cap'), result(3), 'lower_is_better').verdict).toBe('not_met');
  });

  it('reads a bare figure as a cap for a lower-is-better indicator and a floor otherwise', () => {
    expect(judge(target('=', 35, null, 'stock'), result(33), 'lower_is_better').verdict).toBe('met');
    expect(judge(target('=', 35, null, 'stock'), result(33), 'higher_is_better').verdict).toBe('not_met');
  });

  it('meets a range inside it and measures the difference from the nearer end outside it', () => {
    expect(judge(target('range', 18, 20, 'rate'), result(19.2), 'higher_is_better')).toMatchObject({ verdict: 'met', difference: 0 });
    expect(judge(target('range', 18, 20, 'rate'), result(20.5), 'higher_is_better')).toMatchObject({ verdict: 'exceeded', difference: 0.5 });
    expect(judge(target('range', 18, 20, 'rate'), result(17), 'higher_is_better')).toMatchObject({ verdict: 'not_met', difference: -1 });
    expect(judge(target('range', 30, 35, 'stock'), result(29), 'lower_is_better').verdict).toBe('exceeded');
  });

  it('meets a 左右 (~) target within ±5% and states the tolerance', () => {
    // 6%左右: 5.7 to 6.3
    expect(judge(target('~', 6, null, 'growth'), result(5.7), 'higher_is_better')).toMatchObject({ verdict: 'met', tolerance: 0.05 });
    expect(judge(target('~', 6, null, 'growth'), result(6.3), 'higher_is_better').verdict).toBe('met');
    expect(judge(target('~', 6, null, 'growth'), result(5.6), 'higher_is_better').verdict).toBe('not_met');
    expect(judge(target('~', 6, null, 'growth'), result(6.5), 'higher_is_better').verdict).toBe('exceeded');
    expect(judge(target('>=', 6, null, 'growth'), result(6.5), 'higher_is_better').tolerance).toBeNull();
  });

  it('cannot judge a result that is only 超过 a figure below the target', () => {
    const judged = judge(target('>=', 500), result(450, '>'), 'higher_is_better');
    expect(judged.verdict).toBe('undetermined');
    expect(judged.reasons).toEqual([{ key: 'lowerBoundShort' }]);
    // 超过 500 against 500以上 is more than the floor
    expect(judge(target('>=', 500), result(500, '>'), 'higher_is_better').verdict).toBe('exceeded');
    expect(judge(target('>=', 500), result(520, '>'), 'higher_is_better').verdict).toBe('exceeded');
  });

  it('cannot judge an approximate (近) result within the tolerance of the target, but can beyond it', () => {
    // 近5万亩 against 5万亩: 47,500 to 52,500 straddles the target
    expect(judge(target('=', 50000), result(50000, '~'), 'higher_is_better').verdict).toBe('undetermined');
    // 近4万亩: at most 42,000, short of 50,000 whichever way
    expect(judge(target('=', 50000), result(40000, '~'), 'higher_is_better').verdict).toBe('not_met');
  });

  it('gives no ratio against a target of zero', () => {
    expect(judge(target('<=', 0, null, 'cap'), result(0), 'lower_is_better')).toMatchObject({ verdict: 'met', ratio: null, difference: 0 });
  });
});
