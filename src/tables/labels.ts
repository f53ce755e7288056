/**
 * The column-label catalogue: for every column name used by regionbench's tables (documents,
 * tasks, quantities, observations, inputs, diagnostics, region reference figures, and the
 * comparison, composite, robustness, peer-gap and tracking records), its Chinese and English label and
 * its cell type. Data only: a new column is a new row. The XLSX export takes its headers from
 * `zh` or `en`, and the typed exports (XLSX cells, Arrow columns) take `type`.
 *
 * Types: `text` (strings; arrays joined by `;`), `integer` (whole numbers within ±2³¹),
 * `number` (any finite number), `boolean`.
 */
export const COLUMN_TYPES = ['text', 'integer', 'number', 'boolean'] as const;
/** `text`, `integer`, `number` or `boolean`. */
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** One column's labels and cell type. */
export interface ColumnLabel {
  readonly zh: string;
  readonly en: string;
  readonly type: ColumnType;
}

/** Labels of every column, by snake_case column name. */
export const COLUMN_LABELS = {
  // ── documents and their issuing region ──
  doc_id: { zh: '文件编号', en: 'Document id', type: 'text' },
  source: { zh: '来源文件', en: 'Source file', type: 'text' },
  title: { zh: '标题', en: 'Title', type: 'text' },
  genre: { zh: '文件类型', en: 'Genre', type: 'text' },
  page_date: { zh: '页面日期', en: 'Page date', type: 'text' },
  issuer: { zh: '发文机关', en: 'Issuer', type: 'text' },
  doc_number: { zh: '文号', en: 'Document number', type: 'text' },
  issued_date: { zh: '成文日期', en: 'Date issued', type: 'text' },
  published_date: { zh: '发布日期', en: 'Date published', type: 'text' },
  plan_year: { zh: '规划年度', en: 'Plan year', type: 'integer' },
  plan_year_end: { zh: '规划截止年度', en: 'Plan end year', type: 'integer' },
  region: { zh: '地区', en: 'Region', type: 'text' },
  region_code: { zh: '行政区划代码', en: 'Division code', type: 'text' },
  region_level: { zh: '行政级别', en: 'Administrative level', type: 'text' },
  parent_region: { zh: '上级地区', en: 'Parent region', type: 'text' },
  encoding: { zh: '文字编码', en: 'Encoding', type: 'text' },
  format: { zh: '文件格式', en: 'Format', type: 'text' },
  script: { zh: '字形（简/繁）', en: 'Script', type: 'text' },
  task_count: { zh: '任务数', en: 'Tasks', type: 'integer' },
  quantity_count: { zh: '数量个数', en: 'Quantities', type: 'integer' },
  tasks_shown: { zh: '表中任务数', en: 'Tasks in the tasks table', type: 'integer' },
  quantities_shown: { zh: '表中数量个数', en: 'Quantities in the quantities table', type: 'integer' },
  dropped_lines: { zh: '去除的网页附带行数', en: 'Furniture lines dropped', type: 'integer' },
  text_chars: { zh: '正文字数', en: 'Text length (characters)', type: 'integer' },
  text_bytes: { zh: '正文字节数（UTF-8）', en: 'Text size (UTF-8 bytes)', type: 'integer' },
  tasks: { zh: '任务数', en: 'Tasks', type: 'integer' },
  observations: { zh: '观测数', en: 'Observations', type: 'integer' },
  // ── tasks ──
  section: { zh: '所属部分', en: 'Section', type: 'text' },
  task: { zh: '任务序号', en: 'Task number', type: 'integer' },
  task_title: { zh: '任务标题', en: 'Task title', type: 'text' },
  text: { zh: '任务内容', en: 'Task text', type: 'text' },
  lead_units: { zh: '牵头单位', en: 'Lead units', type: 'text' },
  participating_units: { zh: '参与单位', en: 'Participating units', type: 'text' },
  start: { zh: '起始位置', en: 'Start offset', type: 'integer' },
  end: { zh: '结束位置', en: 'End offset', type: 'integer' },
  // ── quantities ──
  value: { zh: '数值', en: 'Value', type: 'number' },
  value_high: { zh: '区间上限', en: 'Upper value', type: 'number' },
  number: { zh: '原文数字', en: 'Number as written', type: 'number' },
  comparator: { zh: '界限', en: 'Bound', type: 'text' },
  unit: { zh: '单位', en: 'Unit', type: 'text' },
  unit_text: { zh: '原文单位', en: 'Unit as written', type: 'text' },
  dimension: { zh: '量纲', en: 'Dimension', type: 'text' },
  base_unit: { zh: '基本单位', en: 'Base unit', type: 'text' },
  raw: { zh: '原文数量', en: 'Quantity as written', type: 'text' },
  clause: { zh: '所在分句', en: 'Clause', type: 'text' },
  // ── observations ──
  year: { zh: '年度', en: 'Year', type: 'integer' },
  year_basis: { zh: '年度依据', en: 'Year basis', type: 'text' },
  period: { zh: '所指时段', en: 'Part of year', type: 'text' },
  indicator: { zh: '指标', en: 'Indicator', type: 'text' },
  parts: { zh: '合计所含指标', en: 'Counted together', type: 'text' },
  kind: { zh: '目标类型', en: 'Kind', type: 'text' },
  status: { zh: '目标/实绩', en: 'Status', type: 'text' },
  tier: { zh: '力度（确保/力争）', en: 'Tier', type: 'text' },
  evidence: { zh: '原文出处', en: 'Evidence', type: 'text' },
  // ── inputs and diagnostics ──
  outcome: { zh: '读取结果', en: 'Outcome', type: 'text' },
  bytes: { zh: '字节数', en: 'Bytes', type: 'integer' },
  message: { zh: '说明', en: 'Message', type: 'text' },
  location: { zh: '位置', en: 'Location', type: 'text' },
  severity: { zh: '严重程度', en: 'Severity', type: 'text' },
  code: { zh: '问题代码', en: 'Code', type: 'text' },
  // ── region reference figures ──
  division_code: { zh: '行政区划代码', en: 'Division code', type: 'text' },
  admin_level: { zh: '行政级别', en: 'Administrative level', type: 'text' },
  parent: { zh: '上级地区', en: 'Parent region', type: 'text' },
  metric: { zh: '统计指标', en: 'Metric', type: 'text' },
  source_url: { zh: '数据来源', en: 'Source URL', type: 'text' },
  note: { zh: '备注', en: 'Note', type: 'text' },
  licence: { zh: '数据许可', en: 'Licence', type: 'text' },
  disputed: { zh: '数据存疑', en: 'Disputed', type: 'boolean' },
  origin: { zh: '来源表', en: 'Origin', type: 'text' },
  row: { zh: '行号', en: 'Row', type: 'integer' },
  // ── comparisons ──
  per: { zh: '比较口径', en: 'View', type: 'text' },
  denominator_metric: { zh: '分母指标', en: 'Denominator', type: 'text' },
  denominator_value: { zh: '分母数值', en: 'Denominator value', type: 'number' },
  denominator_unit: { zh: '分母单位', en: 'Denominator unit', type: 'text' },
  denominator_year: { zh: '分母年度', en: 'Denominator year', type: 'integer' },
  denominator_source: { zh: '分母来源', en: 'Denominator source', type: 'text' },
  denominator_note: { zh: '分母备注', en: 'Denominator note', type: 'text' },
  normalised_value: { zh: '标准化数值', en: 'Normalised value', type: 'number' },
  normalised_unit: { zh: '标准化单位', en: 'Normalised unit', type: 'text' },
  score: { zh: '得分', en: 'Score', type: 'number' },
  score_method: { zh: '计分方法', en: 'Score method', type: 'text' },
  rank: { zh: '排名', en: 'Rank', type: 'integer' },
  n_ranked: { zh: '参与排名地区数', en: 'Regions ranked', type: 'integer' },
  rank_group: { zh: '排名分组（行政级别）', en: 'Rank group (level)', type: 'text' },
  polarity: { zh: '指标方向', en: 'Polarity', type: 'text' },
  flags: { zh: '提示标记', en: 'Flags', type: 'text' },
  null_reason: { zh: '缺值原因', en: 'Reason for no value', type: 'text' },
  n_alternatives: { zh: '其他候选数', en: 'Other observations', type: 'integer' },
  // ── composite index ──
  composite: { zh: '综合得分', en: 'Composite score', type: 'number' },
  coverage: { zh: '权重覆盖率', en: 'Weight coverage', type: 'number' },
  n_available: { zh: '有值指标数', en: 'Indicators with a score', type: 'integer' },
  n_indicators: { zh: '指标数', en: 'Indicators', type: 'integer' },
  missing_indicators: { zh: '缺失指标', en: 'Missing indicators', type: 'text' },
  method: { zh: '计分方法', en: 'Score method', type: 'text' },
  // ── rank robustness ──
  base_rank: { zh: '基准排名', en: 'Base rank', type: 'integer' },
  median_rank: { zh: '排名中位数', en: 'Median rank', type: 'number' },
  rank_p05: { zh: '排名第5百分位', en: 'Rank, 5th percentile', type: 'number' },
  rank_p95: { zh: '排名第95百分位', en: 'Rank, 95th percentile', type: 'number' },
  rank_min: { zh: '最好排名', en: 'Best rank', type: 'integer' },
  rank_max: { zh: '最差排名', en: 'Worst rank', type: 'integer' },
  n_scenarios: { zh: '情景数', en: 'Scenarios', type: 'integer' },
  n_ranked_scenarios: { zh: '参与排名情景数', en: 'Scenarios ranked in', type: 'integer' },
  // ── peer gap ──
  peers_group: { zh: '对标范围', en: 'Peer group', type: 'text' },
  peers: { zh: '对标地区', en: 'Peers', type: 'text' },
  n_peers: { zh: '对标地区数', en: 'Number of peers', type: 'integer' },
  peer_q1: { zh: '对标下四分位数', en: 'Peer lower quartile', type: 'number' },
  peer_median: { zh: '对标中位数', en: 'Peer median', type: 'number' },
  peer_q3: { zh: '对标上四分位数', en: 'Peer upper quartile', type: 'number' },
  target_at_q1: { zh: '达到下四分位所需目标', en: 'Target at lower quartile', type: 'number' },
  target_at_median: { zh: '达到中位数所需目标', en: 'Target at median', type: 'number' },
  target_at_q3: { zh: '达到上四分位所需目标', en: 'Target at upper quartile', type: 'number' },
  gap_to_median: { zh: '与中位数差距', en: 'Gap to median', type: 'number' },
  meets_median: { zh: '是否达到中位数', en: 'Meets median', type: 'boolean' },
  // ── tracking: targets against results ──
  target_kind: { zh: '目标类型', en: 'Target kind', type: 'text' },
  target_comparator: { zh: '目标界限', en: 'Target bound', type: 'text' },
  target_tier: { zh: '目标力度（确保/力争）', en: 'Target tier', type: 'text' },
  target_value: { zh: '目标值', en: 'Target value', type: 'number' },
  target_value_high: { zh: '目标区间上限', en: 'Target upper value', type: 'number' },
  result_kind: { zh: '结果类型', en: 'Result kind', type: 'text' },
  result_comparator: { zh: '结果界限', en: 'Result bound', type: 'text' },
  result_value: { zh: '实际完成值', en: 'Result value', type: 'number' },
  result_value_high: { zh: '结果区间上限', en: 'Result upper value', type: 'number' },
  verdict: { zh: '完成情况代码', en: 'Verdict', type: 'text' },
  verdict_text: { zh: '完成情况', en: 'Verdict in words', type: 'text' },
  ratio: { zh: '完成率（结果/目标）', en: 'Ratio of result to target', type: 'number' },
  difference: { zh: '差额（结果−目标）', en: 'Difference (result − target)', type: 'number' },
  tolerance: { zh: '“左右”容差', en: 'Tolerance of an about-target', type: 'number' },
  result_count: { zh: '全年结果数', en: 'Full-year results found', type: 'integer' },
  previous_target: { zh: '上年目标值', en: 'Previous year target', type: 'number' },
  target_change: { zh: '目标变化', en: 'Target change', type: 'text' },
  previous_result: { zh: '上年实际值', en: 'Previous year result', type: 'number' },
  result_change: { zh: '结果变化', en: 'Result change', type: 'text' },
  target_evidence: { zh: '目标原文', en: 'Target evidence', type: 'text' },
  target_source: { zh: '目标来源文件', en: 'Target source file', type: 'text' },
  result_evidence: { zh: '结果原文', en: 'Result evidence', type: 'text' },
  result_source: { zh: '结果来源文件', en: 'Result source file', type: 'text' },
  // ── Chinese names beside the codes (src/tables/chinese-columns.ts) ──
  indicator_zh: { zh: '指标（名称）', en: 'Indicator (Chinese name)', type: 'text' },
  parts_zh: { zh: '合计所含指标（名称）', en: 'Counted together (Chinese name)', type: 'text' },
  unit_zh: { zh: '单位（名称）', en: 'Unit (Chinese name)', type: 'text' },
  kind_zh: { zh: '目标类型（名称）', en: 'Kind (Chinese name)', type: 'text' },
  status_zh: { zh: '目标/实绩（名称）', en: 'Status (Chinese name)', type: 'text' },
  tier_zh: { zh: '力度（确保/力争）（名称）', en: 'Tier (Chinese name)', type: 'text' },
  comparator_zh: { zh: '界限（名称）', en: 'Bound (Chinese name)', type: 'text' },
  region_level_zh: { zh: '行政级别（名称）', en: 'Administrative level (Chinese name)', type: 'text' },
  year_basis_zh: { zh: '年度依据（名称）', en: 'Year basis (Chinese name)', type: 'text' },
  genre_zh: { zh: '文件类型（名称）', en: 'Genre (Chinese name)', type: 'text' },
  severity_zh: { zh: '严重程度（名称）', en: 'Severity (Chinese name)', type: 'text' },
  code_zh: { zh: '问题代码（名称）', en: 'Code (Chinese name)', type: 'text' },
  outcome_zh: { zh: '读取结果（名称）', en: 'Outcome (Chinese name)', type: 'text' },
  dimension_zh: { zh: '量纲（名称）', en: 'Dimension (Chinese name)', type: 'text' },
  base_unit_zh: { zh: '基本单位（名称）', en: 'Base unit (Chinese name)', type: 'text' },
  target_kind_zh: { zh: '目标类型（名称）', en: 'Target kind (Chinese name)', type: 'text' },
  result_kind_zh: { zh: '结果类型（名称）', en: 'Result kind (Chinese name)', type: 'text' },
  target_tier_zh: { zh: '目标力度（确保/力争）（名称）', en: 'Target tier (Chinese name)', type: 'text' },
  target_comparator_zh: { zh: '目标界限（名称）', en: 'Target bound (Chinese name)', type: 'text' },
  result_comparator_zh: { zh: '结果界限（名称）', en: 'Result bound (Chinese name)', type: 'text' },
} as const satisfies Readonly<Record<string, ColumnLabel>>;

/** A column name with a catalogue entry. */
export type LabelledColumn = keyof typeof COLUMN_LABELS;

/** Header languages: the column name itself, or its Chinese or English label. */
export const HEADER_LANGUAGES = ['name', 'zh', 'en'] as const;
/** `name`, `zh` or `en`. */
export type HeaderLanguage = (typeof HEADER_LANGUAGES)[number];

/**
 * The catalogue entry of a column, or undefined for a column the catalogue does not know
 * (a user's own column).
 *
 * @example
 * columnLabel('region_code') // → { zh: '行政区划代码', en: 'Division code', type: 'text' }
 * columnLabel('my_column')   // → undefined
 */
export function columnLabel(column: string): ColumnLabel | undefined {
  return Object.hasOwn(COLUMN_LABELS, column) ? COLUMN_LABELS[column as LabelledColumn] : undefined;
}

/**
 * A column's header in a language; a column without a catalogue entry is headed by its name.
 *
 * @example
 * columnHeader('plan_year', 'zh') // → '规划年度'
 * columnHeader('plan_year', 'en') // → 'Plan year'
 * columnHeader('my_column', 'zh') // → 'my_column'
 */
export function columnHeader(column: string, language: HeaderLanguage): string {
  const label = columnLabel(column);
  return language === 'name' || label === undefined ? column : label[language];
}
