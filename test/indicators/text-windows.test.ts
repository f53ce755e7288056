import { clausesOf, sentencesOf, spanAt } from '../../src/indicators/text-windows.js';

/** The texts of spans. */
const texts = (text: string, spans: readonly { start: number; end: number }[]): string[] => spans.map((span) => text.slice(span.start, span.end));

describe('indicators/text-windows', () => {
  it('cuts sentences at full stops, semicolons, question and exclamation marks and line breaks', () => {
    const text = '新建基站100个。改造小区10个;完成了吗?\n全年达标';
    expect(texts(text, sentencesOf(text))).toEqual(['新建基站100个', '改造小区10个', '完成了吗', '全年达标']);
  });

  it('cuts clauses at commas and colons, but not inside brackets or quotes', () => {
    const text = '各镇(街道,园区)新建基站100个,“十四五,规划”提出目标:全年完成';
    const [sentence] = sentencesOf(text);
    expect(texts(text, clausesOf(text, sentence ?? { start: 0, end: 0 }))).toEqual([
      '各镇(街道,园区)新建基站100个', '“十四五,规划”提出目标', '全年完成',
    ]);
    // full-width brackets too; a bracket closed in the same clause leaves the next one apart
    const wide = '各镇（街道，园区）新建,(含园区)改造,其余';
    expect(texts(wide, clausesOf(wide, { start: 0, end: wide.length }))).toEqual(['各镇（街道，园区）新建', '(含园区)改造', '其余']);
    // a bracket never closed joins every clause after it
    const open = '全市(含开发区,高新区,新建';
    expect(texts(open, clausesOf(open, { start: 0, end: open.length }))).toEqual(['全市(含开发区,高新区,新建']);
  });

  it('finds the span holding an offset', () => {
    const spans = [{ start: 0, end: 3 }, { start: 4, end: 9 }];
    expect(spanAt(spans, 4)).toEqual({ start: 4, end: 9 });
    expect(spanAt(spans, 3)).toBeUndefined();
    expect(spanAt(spans, 9)).toBeUndefined();
  });
});
