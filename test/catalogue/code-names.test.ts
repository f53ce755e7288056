import { CODE_NAMES, CODED_COLUMNS, codeName } from '../../src/catalogue/index.js';
import { GENRES } from '../../src/catalogue/genres.js';
import { OBSERVATION_COLUMNS } from '../../src/tables/index.js';

describe('catalogue/code-names', () => {
  it('names in Chinese (or by its own sign, %) every code a coded column holds', () => {
    expect(Object.keys(CODE_NAMES.kind).sort()).toEqual(['cap', 'growth', 'increment', 'mentioned', 'rate', 'stock']);
    expect(Object.keys(CODE_NAMES.comparator).sort()).toEqual(['<', '<=', '=', '>', '>=', 'range', '~']);
    expect(Object.keys(CODE_NAMES.genre).sort()).toEqual([...GENRES].sort());
    for (const [vocabulary, names] of Object.entries(CODE_NAMES)) {
      for (const [code, name] of Object.entries(names)) expect({ vocabulary, code, name: /[\u4e00-\u9fff%‰]/.test(name) }).toEqual({ vocabulary, code, name: true });
    }
  });

  it('knows the vocabulary of each coded column of the observations table', () => {
    const coded = OBSERVATION_COLUMNS.filter((column) => column in CODED_COLUMNS);
    expect(coded).toEqual(['region_level', 'year_basis', 'kind', 'status', 'tier', 'comparator']);
  });

  it('gives a bound word as a document writes it, and leaves a code it does not know as it is', () => {
    expect(codeName('comparator', '>=')).toBe('以上');
    expect(codeName('comparator', '<=')).toBe('以内');
    expect(codeName('kind', 'cap')).toBe('上限');
    expect(codeName('outcome', 'failed')).toBe('失败');
    expect(codeName('region_level', '功能区')).toBe('功能区');
    expect(codeName('kind', 'toString')).toBe('toString');
    expect(codeName('status', '')).toBe('');
  });
});
