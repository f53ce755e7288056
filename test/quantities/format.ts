/**
 * Test helpers: write numbers the way plan documents do (Chinese numerals, thousands separators),
 * so property tests can format a value and check that the parser reads it back.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const PLACES = ['', '十', '百', '千'] as const;
const SECTIONS = ['', '万', '亿'] as const;

function digit(n: number): string {
  return DIGITS[n] ?? '';
}

/** 0 < n < 10000 in grouped notation, 零 for inner zeros: 1005 → 一千零五. */
function section(n: number): string {
  let out = '';
  let zero = false;
  for (let place = 3; place >= 0; place -= 1) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += digit(d) + (PLACES[place] ?? '');
  }
  return out;
}

/**
 * Write a non-negative integer below 1e12 in Chinese numerals: 35 → 三十五, 105 → 一百零五,
 * 125000 → 十二万五千, 10 → 十, 100000005 → 一亿零五.
 */
export function toChineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 1e12) throw new Error(`cannot write ${value} in Chinese numerals`);
  if (value === 0) return '零';
  const groups = [Math.floor(value / 1e8), Math.floor(value / 1e4) % 1e4, value % 1e4];
  let out = '';
  let zero = false;
  groups.forEach((n, k) => {
    if (n === 0) {
      if (out !== '') zero = true;
      return;
    }
    if (out !== '' && (zero || n < 1000)) out += '零';
    zero = false;
    out += section(n) + (SECTIONS[2 - k] ?? '');
  });
  // 一十二 is written 十二 at the start
  return out.startsWith('一十') ? out.slice(1) : out;
}

/** Write a decimal in Chinese numerals with 点: 3.5 → 三点五. */
export function toChineseDecimal(value: number): string {
  const [integer = '0', fraction] = String(value).split('.');
  const head = toChineseNumeral(Number(integer));
  if (fraction === undefined) return head;
  return `${head}点${[...fraction].map((d) => digit(Number(d))).join('')}`;
}

/** Write a number with thousands separators: 12000.5 → 12,000.5. */
export function withThousands(value: number): string {
  const [integer = '0', fraction] = String(value).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
