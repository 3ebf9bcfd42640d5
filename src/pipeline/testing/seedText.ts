/** Test support: a seed article's text exactly as on disk. */
import { readFileSync } from 'node:fs';

export function seedText(id: string): string {
  return readFileSync(new URL(`../../../seeds/${id}.txt`, import.meta.url), 'utf8');
}
