import type { TopLevelSpec } from 'vega-lite';

/** A chart rendered by Vega headless, with whatever Vega and Vega-Lite warned about. */
export interface RenderedSvg {
  readonly svg: string;
  readonly warnings: readonly string[];
}

interface Logger {
  level(): number;
  level(level: number): Logger;
  error(...args: readonly unknown[]): Logger;
  warn(...args: readonly unknown[]): Logger;
  info(...args: readonly unknown[]): Logger;
  debug(...args: readonly unknown[]): Logger;
}

/** A logger that collects warnings and errors instead of printing them. */
function collectingLogger(into: string[], warnLevel: number): Logger {
  const logger: Logger = {
    level: ((level?: number) => (level === undefined ? warnLevel : logger)) as Logger['level'],
    error: (...args) => { into.push(args.map(String).join(' ')); return logger; },
    warn: (...args) => { into.push(args.map(String).join(' ')); return logger; },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Give every `id` of an SVG (and the `url(#…)`/`href="#…"` references to it) a prefix, so
 * several charts inlined in one page never share clip-path or gradient ids.
 *
 * @example
 * prefixSvgIds('<clipPath id="clip1"/><g clip-path="url(#clip1)"/>', 'c-a')
 * // → '<clipPath id="c-a-clip1"/><g clip-path="url(#c-a-clip1)"/>'
 */
export function prefixSvgIds(svg: string, prefix: string): string {
  return svg
    .replace(/\bid="([^"]+)"/g, (_, id: string) => `id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}-${id})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${prefix}-${id}"`);
}

/**
 * Render a Vega-Lite spec to an SVG string with Vega's headless view (text widths estimated).
 * The report itself no longer uses it (pages carry the static drawing of `chartSvg`); it is
 * here to check specs: that they compile and render without warnings, and that the static
 * drawing shows what Vega shows. Vega and Vega-Lite are loaded on the first call only, so
 * importing the report stage stays cheap (together they take about a second to load).
 * Warnings are returned, never printed.
 *
 * @example
 * const { svg, warnings } = await renderSvg(rankingChart(section, 'none', 'zh').spec, 'ranking-x-none');
 * svg.startsWith('<svg') // → true
 * warnings // → []
 */
export async function renderSvg(spec: TopLevelSpec, idPrefix: string): Promise<RenderedSvg> {
  // one after the other: Jest's ESM loader fails on two concurrent imports sharing modules
  const vega = await import('vega');
  const { compile } = await import('vega-lite');
  const warnings: string[] = [];
  const logger = collectingLogger(warnings, vega.Warn);
  const compiled = compile(spec, { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger, logLevel: vega.Warn });
  try {
    const svg = await view.toSVG();
    return { svg: prefixSvgIds(svg, idPrefix), warnings };
  } finally {
    view.finalize();
  }
}
