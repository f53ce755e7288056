import { REPORT_CSS, reportCss } from '../../src/report/assets.js';
import { chunk, COVERAGE_COLUMNS_MAX } from '../../src/report/field-size.js';

describe('report/assets', () => {
  it('adds the running title and the page number of the printed page in @page margin boxes', () => {
    const css = reportCss({ title: '2023年区域规划目标对比报告', pageNumber: ['第 ', ' 页，共 ', ' 页'] });
    expect(css.startsWith(REPORT_CSS)).toBe(true);
    expect(css).toContain('@top-left { content: "2023年区域规划目标对比报告";');
    expect(css).toContain('@bottom-right { content: "第 " counter(page) " 页，共 " counter(pages) " 页";');
  });

  it('escapes quotes, backslashes and line breaks in the running title', () => {
    const css = reportCss({ title: 'a "quoted" \\ title\nnext', pageNumber: ['Page ', ' of ', ''] });
    expect(css).toContain('content: "a \\"quoted\\" \\\\ title next";');
  });

  it('lets every table cell wrap in print except numbers', () => {
    const print = REPORT_CSS.slice(REPORT_CSS.indexOf('@media print'));
    expect(print).toContain('th, td { white-space: normal !important;');
    expect(print).toContain('td.num, th.num, td .num { white-space: nowrap !important; }');
  });

  it('lets the browser skip the chunks of a long table out of view on screen, and lays them all out in print', () => {
    const screen = REPORT_CSS.slice(0, REPORT_CSS.indexOf('@media print'));
    expect(screen).toContain('.table-chunks > .chunk { content-visibility: auto;');
    expect(REPORT_CSS.slice(REPORT_CSS.indexOf('@media print'))).toContain('.table-chunks > .chunk { content-visibility: visible; }');
  });
});

describe('report/field-size chunk', () => {
  it('cuts a list into consecutive groups of at most the given size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk(Array.from({ length: 10 }, (_, i) => i), COVERAGE_COLUMNS_MAX).map((group) => group.length)).toEqual([8, 2]);
  });

  it('keeps one empty group for an empty list, so a table keeps its header', () => {
    expect(chunk([], 8)).toEqual([[]]);
  });

  it('refuses a size that is not a positive whole number', () => {
    expect(() => chunk([1], 0)).toThrow('invalid chunk size: 0');
  });
});
