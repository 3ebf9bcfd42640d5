/** Test support: the seed articles, as text or as a folder to change. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The project's seeds/ folder. */
export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../../seeds');

/** A seed article's text exactly as on disk. */
export function seedText(id: string): string {
  return readFileSync(path.join(SEEDS_DIR, `${id}.txt`), 'utf8');
}

/**
 * A new temporary folder (`tmp`, named after `name`) holding a copy of the seeds in `articles/`,
 * for tests that change, add or remove articles; the test removes `tmp`.
 */
export function copySeeds(name: string): { tmp: string; articlesDir: string } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), `chronomap-${name}-`));
  const articlesDir = path.join(tmp, 'articles');
  cpSync(SEEDS_DIR, articlesDir, { recursive: true });
  return { tmp, articlesDir };
}
