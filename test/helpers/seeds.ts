import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SEEDS_DIR = join(process.cwd(), 'seeds');

/** The five seed documents, by the region that issued them (read from each notice's title). */
export const SEED_FILES = {
  台儿庄区: '000_d341896d7292a1e4.txt',
  滕州市: '001_38adc82136fb5b9f.txt',
  泰安市: '002_1758f7351f76dcc6.txt',
  嘉祥县: '003_1b2eeb0ada89c1ec.txt',
  罗庄区: '004_13d6f5878df11cb4.txt',
} as const;

export type SeedRegion = keyof typeof SEED_FILES;

export function seedText(region: SeedRegion): string {
  return readFileSync(join(SEEDS_DIR, SEED_FILES[region]), 'utf8');
}

export function seedBytes(region: SeedRegion): Uint8Array {
  return new Uint8Array(readFileSync(join(SEEDS_DIR, SEED_FILES[region])));
}

export function seedTextFiles(): string[] {
  return readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
}
