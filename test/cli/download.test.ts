import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/commands.js';
import { parseRegionTable } from '../../src/regions/index.js';
import { runCommand as run } from '../helpers/cli.js';

/** A file server on 127.0.0.1 only, serving one folder's files by name. */
async function serve(folder: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent((request.url ?? '/').split('/').pop() ?? '');
    const path = join(folder, name);
    if (name === '' || name.includes('..') || !existsSync(path)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200).end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/national/` };
}

async function close(server: Server): Promise<void> {
  await new Promise<void>((done) => server.close(() => done()));
}

const NATIONAL = new URL('../../../shared/reference/national/', import.meta.url).pathname;
const present = existsSync(join(NATIONAL, 'counties_2020.csv'));
if (!present) console.log(`cli/download: the loopback download of the real files is skipped, ${NATIONAL} is absent (the shared national reference data)`);

describe('cli/download (regions download)', () => {
  (present ? it : it.skip)('fetches the pinned files from a loopback server, checks them and imports them', async () => {
    const { server, url } = await serve(NATIONAL);
    try {
      const store = join(mkdtempSync(join(tmpdir(), 'regionbench-download-')), 'ref');
      const { status, stderr } = await run(['regions', 'download', '--from', url, '--reference', store]);
      expect(status).toBe(EXIT.ok);
      expect(stderr).toContain('downloaded counties_2020.csv (1025970 bytes, SHA-256 as pinned)');
      const table = parseRegionTable(readFileSync(join(store, 'reference.csv'), 'utf8'), 'csv');
      const taierzhuang = table.find((f) => f.division_code === '370405' && f.metric === 'resident_population');
      expect(Math.round((taierzhuang?.value ?? 0) * 10_000)).toBe(305_102);
      expect(existsSync(join(store, 'boundaries', 'counties-2021.topo.json'))).toBe(true);
    } finally {
      await close(server);
    }
  }, 60_000);

  it('refuses a file whose checksum differs from the pinned one, and imports nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'regionbench-download-'));
    // an invented file under the published name: 19 + 7 + 9 (德清县 in UTF-8) + 1 = 36 bytes
    writeFileSync(join(folder, 'counties_2020.csv'), 'division_code,name\n330521,德清县\n');
    const { server, url } = await serve(folder);
    try {
      const store = join(folder, 'ref');
      const { status, stderr } = await run(['regions', 'download', '--from', url, '--reference', store]);
      expect(status).toBe(EXIT.someFailed);
      expect(stderr).toMatch(/counties_2020\.csv: checksum mismatch \(got [0-9a-f]{64}, 36 bytes; pinned 42dd452a/);
      expect(existsSync(join(store, 'reference.csv'))).toBe(false);
    } finally {
      await close(server);
    }
  });

  it('says clearly when the address cannot be reached', async () => {
    const { server, url } = await serve(tmpdir());
    await close(server);
    const { status, stderr } = await run(['regions', 'download', '--from', url, '--reference', join(mkdtempSync(join(tmpdir(), 'regionbench-download-')), 'ref')]);
    expect(status).toBe(EXIT.someFailed);
    expect(stderr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+\/national\/counties_2020\.csv \(offline\?\): .*regions import FILE/);
  });

  it('needs an address: a usage error without --from or the environment variable', async () => {
    const { status, stderr } = await run(['regions', 'download', '--reference', join(tmpdir(), 'nowhere')]);
    expect(status).toBe(EXIT.usage);
    expect(stderr).toContain('--from URL or $REGIONBENCH_REFERENCE_URL');
  });
});
