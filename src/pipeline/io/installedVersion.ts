/**
 * The installed version of a package, for the keys of what is made from it (the gazetteer index,
 * the article cache's fingerprint, the stage bundle), read from its package file without
 * importing it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The installed version of a package, found from its entry point (some do not export package.json). */
export function installedVersion(name: string): string {
  const require = createRequire(import.meta.url);
  let dir = dirname(require.resolve(name));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find the version of package "${name}"`);
    dir = parent;
  }
}
