import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT } from '../../src/cli/commands.js';
import { languageFolder } from '../../src/jobs.js';
import { runCommand as run } from '../helpers/cli.js';
import { SEEDS_DIR } from '../helpers/seeds.js';

describe('cli run --lang', () => {
  it('keeps the Chinese report in <out>/<year> and puts another language in <out>/<lang>/<year>', () => {
    expect(languageFolder('/r', 'zh')).toBe('/r');
    expect(languageFolder('/r', 'en')).toBe(join('/r', 'en'));
  });

  it('writes the English report beside the Chinese one, neither overwriting the other, in either order', async () => {
    const out = mkdtempSync(join(tmpdir(), 'regionbench-lang-'));
    try {
      expect((await run(['run', SEEDS_DIR, '--out', out])).status).toBe(EXIT.ok);
      const chinese = readFileSync(join(out, '2023', 'index.html'), 'utf8');
      const english = await run(['run', SEEDS_DIR, '--out', out, '--lang', 'en']);
      expect(english.status).toBe(EXIT.ok);
      expect(english.stderr).toContain(join('en', '2023', 'index.html'));
      expect(readFileSync(join(out, '2023', 'index.html'), 'utf8')).toBe(chinese);
      expect(chinese).toContain('<html lang="zh');
      expect(readFileSync(join(out, 'en', '2023', 'index.html'), 'utf8')).toContain('<html lang="en');
      // a Chinese run after the English one leaves the English report where it was
      expect((await run(['run', SEEDS_DIR, '--out', out])).status).toBe(EXIT.ok);
      expect(existsSync(join(out, 'en', '2023', 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'en', '2023', 'data', 'tables.xlsx'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
