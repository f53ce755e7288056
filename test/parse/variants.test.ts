import { readDocument, type DocumentFormat } from '../../src/ingest/read-document.js';
import { parseDocument, type ParsedDocument } from '../../src/parse/parse-document.js';
import { asDocx, asGb18030, asHtmlPage, asPdf, asTraditional, asUtf16, asUtf8Bom, CJK_FONT, hasCjkFont } from '../helpers/variants.js';
import { seedBytes, seedText, type SeedRegion } from '../helpers/seeds.js';

async function parseBytes(name: string, format: DocumentFormat, bytes: Uint8Array): Promise<ParsedDocument> {
  const outcome = await readDocument(name, format, bytes);
  if (!outcome.ok) throw new Error(`${name}: ${outcome.message}`);
  return parseDocument(outcome.document);
}

/** What must not change between shapes of one document. */
function essentials(document: ParsedDocument) {
  return {
    title: document.metadata.title,
    docNumber: document.metadata.docNumber,
    planYear: document.metadata.planYear,
    issuedDate: document.metadata.issuedDate,
    region: document.region?.code,
    tasks: document.structure.tasks.map((task) => ({
      number: task.number,
      section: task.section,
      title: task.title,
      text: task.text,
      lead: task.leadUnits,
      participating: task.participatingUnits,
    })),
  };
}

const REGIONS: SeedRegion[] = ['台儿庄区', '滕州市', '泰安市', '嘉祥县', '罗庄区'];

describe('parse gives the same metadata and tasks for every shape of a document', () => {
  it.each(REGIONS)('%s: GB18030, UTF-16 LE/BE, UTF-8 with BOM, HTML page and Word file', async (region) => {
    const baseline = essentials(await parseBytes('seed.txt', 'txt', seedBytes(region)));
    const text = seedText(region);
    expect(baseline.tasks.length).toBeGreaterThan(40);
    expect(essentials(await parseBytes('gbk.txt', 'txt', asGb18030(text)))).toEqual(baseline);
    expect(essentials(await parseBytes('le.txt', 'txt', asUtf16(text, 'le', true)))).toEqual(baseline);
    expect(essentials(await parseBytes('be.txt', 'txt', asUtf16(text, 'be', true)))).toEqual(baseline);
    expect(essentials(await parseBytes('bom.txt', 'txt', asUtf8Bom(text)))).toEqual(baseline);
    expect(essentials(await parseBytes('page.html', 'html', new Uint8Array(Buffer.from(asHtmlPage(text)))))).toEqual(baseline);
    expect(essentials(await parseBytes('doc.docx', 'docx', await asDocx(text)))).toEqual(baseline);
  });

  it.each(REGIONS)('%s: traditional script converts back and is recorded as traditional', async (region) => {
    const baseline = await parseBytes('seed.txt', 'txt', seedBytes(region));
    const traditional = await parseBytes('trad.txt', 'txt', new Uint8Array(Buffer.from(asTraditional(seedText(region)))));
    expect(traditional.document.script).toBe('traditional');
    const expected = essentials(baseline);
    const actual = essentials(traditional);
    // OpenCC round trips are not perfectly symmetric for every character; structure and ids must be
    expect(actual.region).toBe(expected.region);
    expect(actual.docNumber).toBe(expected.docNumber);
    expect(actual.planYear).toBe(expected.planYear);
    expect(actual.tasks.map((task) => task.number)).toEqual(expected.tasks.map((task) => task.number));
    const sameTitles = actual.tasks.filter((task, index) => task.title === expected.tasks[index]?.title).length;
    expect(sameTitles / expected.tasks.length).toBeGreaterThan(0.9);
  });

  it('reads a mirror copy with pinyin glosses like the original', async () => {
    const text = seedText('台儿庄区').replace(/区/g, '区(qū)').replace(/个/g, '个(gè)');
    const baseline = essentials(await parseBytes('seed.txt', 'txt', seedBytes('台儿庄区')));
    expect(essentials(await parseBytes('mirror.txt', 'txt', new Uint8Array(Buffer.from(text))))).toEqual(baseline);
  });

  // the font comes from the Debian package fonts-noto-cjk, which `npm test` provisions
  // (scripts/provision.mjs): without it this fails rather than skipping
  it.each(['台儿庄区', '罗庄区'] as SeedRegion[])('%s: a PDF whose lines wrap at the page width', async (region) => {
    if (!hasCjkFont()) throw new Error(`missing ${CJK_FONT}: install the Debian package fonts-noto-cjk (npm test does this when run as root)`);
    const baseline = essentials(await parseBytes('seed.txt', 'txt', seedBytes(region)));
    const pdf = await parseBytes('doc.pdf', 'pdf', await asPdf(seedText(region)));
    const actual = essentials(pdf);
    expect(actual.docNumber).toBe(baseline.docNumber);
    expect(actual.region).toBe(baseline.region);
    expect(actual.planYear).toBe(baseline.planYear);
    expect(actual.issuedDate).toBe(baseline.issuedDate);
    expect(actual.tasks).toEqual(baseline.tasks);
  });
});
