import { DEFAULT_CATALOGUE, extendCatalogue, validateIndicators } from '../../src/catalogue/catalogue.js';

const REQUIRED_IDS = [
  'fiveg_stations_new', 'fiveg_stations_total', 'green_building_area_new', 'green_building_share_new', 'water_use_total',
  'unconventional_water_use', 'high_tech_firms_new', 'high_tech_firms_total', 'high_standard_farmland_new', 'breeding_sows',
  'elderly_home_adaptation', 'nursing_beds_new', 'nursing_bed_share', 'afforestation', 'forest_tending',
  'soil_erosion_control_area', 'soil_conservation_rate', 'waste_sorting_coverage', 'waste_incineration_rate',
  'old_residential_renovation', 'old_residential_renovation_area', 'renewable_capacity', 'solar_thermal_building_area_new',
  'tech_upgrade_projects', 'youth_talent', 'green_factories_new', 'rural_roads_new', 'smart_communities_new', 'specialized_sme_new',
];

const CHARGERS = {
  id: 'ev_chargers_new', name_zh: '新增充电桩', name_en: 'New EV chargers', unit: 'charger', unit_zh: '个', dimension: 'count',
  kinds: ['increment', 'mentioned'], polarity: 'higher_is_better', cues: { all: [['充电桩']] }, classifiers: ['个', '台'],
};

describe('catalogue/catalogue', () => {
  it('ships every indicator the brief asks for, with canonical units', () => {
    for (const id of REQUIRED_IDS) expect(DEFAULT_CATALOGUE.byId.has(id)).toBe(true);
    expect(DEFAULT_CATALOGUE.byId.get('water_use_total')).toMatchObject({ unit: 'm3', polarity: 'lower_is_better' });
    expect(DEFAULT_CATALOGUE.byId.get('high_standard_farmland_new')?.unit).toBe('mu');
    expect(DEFAULT_CATALOGUE.byId.get('soil_erosion_control_area')?.unit).toBe('km2');
    expect(DEFAULT_CATALOGUE.byId.get('renewable_capacity')?.unit).toBe('kW');
  });

  it('adds a user indicator from a JSON file', () => {
    const extended = extendCatalogue(DEFAULT_CATALOGUE, JSON.stringify([CHARGERS]), 'my.json');
    expect(extended.byId.get('ev_chargers_new')?.name_zh).toBe('新增充电桩');
    expect(extended.indicators.length).toBe(DEFAULT_CATALOGUE.indicators.length + 1);
  });

  it('lets a user entry override a built-in one by id, also in the {"indicators": [...]} shape', () => {
    const override = { ...CHARGERS, id: 'youth_talent', name_zh: '引进人才' };
    const extended = extendCatalogue(DEFAULT_CATALOGUE, JSON.stringify({ indicators: [override] }), 'my.json');
    expect(extended.byId.get('youth_talent')?.name_zh).toBe('引进人才');
    expect(extended.indicators.length).toBe(DEFAULT_CATALOGUE.indicators.length);
  });

  it('names the entry and the field of an invalid entry', () => {
    expect(() => validateIndicators([CHARGERS, { ...CHARGERS, id: 'bad_kind', kinds: ['sometimes'] }], 'my.json')).toThrow(/^invalid catalogue entry 2 \(bad_kind\) in my\.json: kinds\.0/);
    expect(() => validateIndicators([{ ...CHARGERS, unit: 'parsec' }], 'my.json')).toThrow('invalid catalogue entry 1 (ev_chargers_new) in my.json: unit "parsec" is not one of');
    expect(() => validateIndicators([{ ...CHARGERS, dimension: 'area' }], 'my.json')).toThrow('dimension "area" does not fit unit "charger" (count)');
    expect(() => validateIndicators([{ ...CHARGERS, id: 'Bad Id' }], 'my.json')).toThrow(/ids are snake_case ascii/);
  });

  it('rejects a file that is not JSON or not a list of indicators', () => {
    expect(() => extendCatalogue(DEFAULT_CATALOGUE, '{oops', 'x.json')).toThrow(/^invalid catalogue file x\.json: /);
    expect(() => extendCatalogue(DEFAULT_CATALOGUE, '{"rows": []}', 'x.json')).toThrow('invalid catalogue file x.json: expected an array of indicators or {"indicators": [...], "words": {...}}');
  });

  it('adds a user\'s words to the named lists, and says which lists there are when a name is wrong', () => {
    const catalogue = extendCatalogue(DEFAULT_CATALOGUE, '{"words": {"target": ["拟于"], "forecast": ["展望"]}}', 'words.json');
    expect(catalogue.words.target).toContain('拟于');
    expect(catalogue.words.target).toContain('力争');
    expect(catalogue.words.forecast).toContain('展望');
    // the indicators stay the built-in ones
    expect(catalogue.indicators).toHaveLength(DEFAULT_CATALOGUE.indicators.length);
    expect(() => extendCatalogue(DEFAULT_CATALOGUE, '{"words": {"targets": ["拟于"]}}', 'words.json')).toThrow(/^invalid catalogue file words\.json: words.*lists: target, reported/);
    expect(() => extendCatalogue(DEFAULT_CATALOGUE, '{"words": {"target": [""]}}', 'words.json')).toThrow(/words\.target\.0/);
  });
});
