import fc from 'fast-check';
import { boundedEvidence, clausesOf, sentencesOf, spanAt, unitWindows, windowAround } from '../../src/indicators/text-windows.js';

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

describe('indicators/text-windows bounds', () => {
  const text = '新建基站100个,其中农村20个,改造小区10个';
  const sentence = { start: 0, end: text.length };

  it('rejoins clauses after a bracket that never closes, in one pass', () => {
    const open = `(${'新建基站1个,'.repeat(20000)}`;
    const started = Date.now();
    expect(clausesOf(open, { start: 0, end: open.length })).toEqual([{ start: 0, end: open.length - 1 }]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('gives the span itself when it fits the cap, else a window around the figure leaning left', () => {
    expect(windowAround({ start: 3, end: 40 }, { start: 10, end: 14 }, 100)).toEqual({ start: 3, end: 40 });
    expect(windowAround({ start: 0, end: 1000 }, { start: 500, end: 506 }, 300)).toEqual({ start: 280, end: 580 });
    // near the span's end the window moves left to keep its size
    expect(windowAround({ start: 0, end: 1000 }, { start: 990, end: 995 }, 300)).toEqual({ start: 700, end: 1000 });
    expect(windowAround({ start: 0, end: 1000 }, { start: 2, end: 5 }, 300)).toEqual({ start: 0, end: 300 });
  });

  it('widens evidence by whole clauses, those before first, within the cap', () => {
    const clauses = clausesOf(text, sentence);
    const figure = { start: text.indexOf('20'), end: text.indexOf('20') + 3 };
    expect(texts(text, [boundedEvidence(text, clauses, sentence, figure, 100)])).toEqual([text]);
    // '其中农村20个' (7) + '新建基站100个,' (9) fits 16; the clause after does not
    expect(texts(text, [boundedEvidence(text, clauses, sentence, figure, 16)])).toEqual(['新建基站100个,其中农村20个']);
    expect(texts(text, [boundedEvidence(text, clauses, sentence, figure, 8)])).toEqual(['其中农村20个']);
    // a clause longer than the cap: a window of the cap's size around the figure
    expect(texts(text, [boundedEvidence(text, clauses, sentence, figure, 5)])).toEqual(['农村20个']);
  });

  it('gives the sentences of a unit, and the clauses of each found once however often asked', () => {
    const text = '全市新建基站100个,改造小区10个;农村地区(含林场,牧场)通光纤。';
    const windows = unitWindows(text);
    expect(texts(text, windows.sentences)).toEqual(['全市新建基站100个,改造小区10个', '农村地区(含林场,牧场)通光纤']);
    const [first, second] = windows.sentences;
    const clauses = windows.clausesOf(first ?? { start: 0, end: 0 });
    expect(texts(text, clauses)).toEqual(['全市新建基站100个', '改造小区10个']);
    // the same list again, not found a second time
    expect(windows.clausesOf(first ?? { start: 0, end: 0 })).toBe(clauses);
    expect(texts(text, windows.clausesOf(second ?? { start: 0, end: 0 }))).toEqual(['农村地区(含林场,牧场)通光纤']);
  });

  it('cuts clauses as a split at the breaks, then a rejoining of pieces while a bracket or quote is open, would', () => {
    // the model, written plainly: pieces between breaks (a comma or colon between digits breaks
    // nothing; empty pieces dropped), then each piece joins the clause before it while that
    // clause's brackets or quotes are open
    const model = (text: string, from: number, to: number): { start: number; end: number }[] => {
      const digit = (at: number): boolean => /[0-9]/.test(text.charAt(at));
      const pieces: { start: number; end: number }[] = [];
      let start = from;
      for (let i = from; i < to; i++) {
        if (!',，:：'.includes(text.charAt(i)) || (',:'.includes(text.charAt(i)) && digit(i - 1) && digit(i + 1))) continue;
        if (i > start) pieces.push({ start, end: i });
        start = i + 1;
      }
      if (to > start) pieces.push({ start, end: to });
      const balance = (piece: { start: number; end: number }, open: string, shut: string): number =>
        [...text.slice(piece.start, piece.end)].reduce((sum, char) => sum + (open.includes(char) ? 1 : shut.includes(char) ? -1 : 0), 0);
      const clauses: { start: number; end: number }[] = [];
      let brackets = 0;
      let quotes = 0;
      for (const piece of pieces) {
        const last = clauses[clauses.length - 1];
        if (last !== undefined && (brackets > 0 || quotes > 0)) clauses[clauses.length - 1] = { start: last.start, end: piece.end };
        else {
          clauses.push(piece);
          brackets = 0;
          quotes = 0;
        }
        brackets += balance(piece, '(（', ')）');
        quotes += balance(piece, '“', '”');
      }
      return clauses;
    };
    const char = fc.constantFrom('(', ')', '（', '）', '“', '”', ',', '，', ':', '：', '1', '2', '新', 'a');
    fc.assert(fc.property(fc.array(char, { maxLength: 40 }).map((chars) => chars.join('')), fc.nat(40), fc.nat(40), (text, a, b) => {
      const from = Math.min(a, b, text.length);
      const to = Math.min(Math.max(a, b), text.length);
      expect(clausesOf(text, { start: from, end: to })).toEqual(model(text, from, to));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) });
  });
});
