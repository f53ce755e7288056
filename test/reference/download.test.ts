import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataError } from '../../src/errors.js';
import { DownloadError, downloadPublished, type PublishedFile } from '../../src/reference/index.js';

/** Two invented files served from a loopback server under /pub/. */
const FILES: Readonly<Record<string, string>> = { 'a.csv': 'division_code,name\n330521,甲县\n', 'b.json': '{"type":"Topology"}' };

function pinned(file: string, text = FILES[file] ?? ''): PublishedFile {
  const bytes = new TextEncoder().encode(text);
  return { file, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, description: 'invented' };
}

async function serve(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const name = decodeURIComponent(request.url ?? '').replace(/^\/pub\//, '');
    const text = FILES[name];
    if (text === undefined) response.writeHead(404).end();
    else response.writeHead(200).end(text);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/pub` };
}

const close = (server: Server): Promise<void> => new Promise((done) => server.close(() => done()));

describe('reference/download', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => ({ server, url } = await serve()));
  afterAll(() => close(server));

  it('fetches every file from the folder URL (a missing / added) and hands back the bytes that match their pins', async () => {
    const files = await downloadPublished(url, [pinned('a.csv'), pinned('b.json')]);
    expect(files.map((file) => [file.file, new TextDecoder().decode(file.bytes)])).toEqual([['a.csv', FILES['a.csv']], ['b.json', FILES['b.json']]]);
  });

  it('refuses bytes that do not match the pinned checksum, naming both, as a data error', async () => {
    const wrong = pinned('a.csv', 'other bytes');
    const failure = downloadPublished(`${url}/`, [pinned('b.json'), wrong]);
    await expect(failure).rejects.toThrow(DownloadError);
    await expect(failure).rejects.toThrow(DataError);
    const got = createHash('sha256').update(new TextEncoder().encode(FILES['a.csv'] ?? '')).digest('hex');
    // 19 bytes of header, 7 of code and comma, 6 of 甲县 in UTF-8, 1 line break; 'other bytes' is 11
    await expect(failure).rejects.toThrow(`a.csv: checksum mismatch (got ${got}, 33 bytes; pinned ${wrong.sha256}, 11 bytes): not imported`);
  });

  it('says which address answered with an HTTP error', async () => {
    await expect(downloadPublished(url, [pinned('c.csv', 'x')])).rejects.toThrow(`${url}/c.csv: HTTP 404`);
  });

  it('says an address is not one, and when nothing answers there, in the language asked for', async () => {
    await expect(downloadPublished('not a url', [pinned('a.csv')])).rejects.toThrow('invalid download address: not a url');
    await expect(downloadPublished('not a url', [pinned('a.csv')], fetch, 'zh')).rejects.toThrow('下载地址无效：not a url');
    const { server: gone, url: nowhere } = await serve();
    await close(gone);
    await expect(downloadPublished(nowhere, [pinned('a.csv')])).rejects.toThrow(/^cannot reach http:\/\/127\.0\.0\.1:\d+\/pub\/a\.csv \(offline\?\): .+; download the files by hand/);
  });
});
