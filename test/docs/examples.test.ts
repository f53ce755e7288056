import { readFile } from 'node:fs/promises';

/**
 * The `@example` lines of doc comments, run: in the modules below, every example line of the
 * form `expression // → value` whose value is a plain literal (a string, number, boolean, null,
 * array or object, with no words after it) is evaluated with the module's own exports in scope
 * and compared with that value. Lines whose value is described rather than written out
 * (`144 (made)`, `{ …, … }`) and lines that need a fixture (`result.documents…`) are not
 * exact, and are left alone; each module listed must have at least the number of exact lines
 * given, so an edit cannot quietly turn them all into prose.
 */
const MODULES: Readonly<Record<string, number>> = {
  'options.ts': 2,
  'errors.ts': 3,
  'messages.ts': 15,
  'jobs.ts': 2,
  'reference/context.ts': 3,
  'reference/store.ts': 3,
  'patterns.ts': 2,
  'regions/identity.ts': 2,
  'catalogue/code-names.ts': 7,
  'regions/catalogue.ts': 12,
  'regions/wide-table.ts': 2,
  'ingest/normalise.ts': 1,
  'quantities/masks.ts': 2,
  'indicators/semantics.ts': 6,
  'indicators/time.ts': 3,
  'catalogue/words.ts': 1,
  'compare/statistics.ts': 17,
  'compare/rank-groups.ts': 5,
  'compare/views.ts': 2,
  'compare/messages.ts': 2,
  'tables/xlsx.ts': 3,
  'eval/score.ts': 8,
  'eval/format.ts': 2,
  'report/escape.ts': 4,
  'report/tracking-section.ts': 4,
  'report/year-selector.ts': 2,
  'compare/options.ts': 1,
  'indicators/text-windows.ts': 3,
  'indicators/whose.ts': 1,
  'ingest/mapped-text.ts': 1,
  'parse/dates.ts': 3,
  'parse/genre.ts': 3,
  'parse/units.ts': 1,
  'report/field-size.ts': 5,
  'report/format.ts': 31,
  'report/html.ts': 7,
  'report/labels.ts': 3,
  'tables/format.ts': 4,
  'tables/labels.ts': 5,
  'tracking/part-year.ts': 4,
  'tracking/track.ts': 2,
};

interface Example {
  readonly line: number;
  readonly expression: string;
  readonly expected: unknown;
}

/** The exact `// →` lines of a source file's doc comments. */
function examplesOf(source: string): Example[] {
  const examples: Example[] = [];
  source.split('\n').forEach((text, index) => {
    const match = /^\s*\*\s(.+?)\s*\/\/ → (.+)$/.exec(text);
    if (match === null) return;
    const [, expression, written] = match as unknown as [string, string, string];
    let expected: unknown;
    try {
      expected = new Function(`return (${written});`)();
    } catch {
      return; // described, not written out
    }
    examples.push({ line: index + 1, expression, expected });
  });
  return examples;
}

describe('@example lines of doc comments', () => {
  for (const [path, least] of Object.entries(MODULES)) {
    it(`src/${path}: every exact example gives the value it shows`, async () => {
      const source = await readFile(new URL(`../../src/${path}`, import.meta.url), 'utf8');
      const module = (await import(`../../src/${path.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
      const examples = examplesOf(source);
      expect(examples.length).toBeGreaterThanOrEqual(least);
      for (const example of examples) {
        const actual: unknown = new Function(...Object.keys(module), `return (${example.expression});`)(...Object.values(module));
        expect({ line: example.line, value: actual }).toEqual({ line: example.line, value: example.expected });
      }
    });
  }
});
