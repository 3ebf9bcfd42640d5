import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { installedVersion } from '../io/installedVersion.ts';
import { pipelineVersion, STAGE_PACKAGES } from './pipelineVersion.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'chronomap-version-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pipelineVersion', () => {
  const additions = path.join(dir, 'additions.json');
  writeFileSync(additions, '{"places": []}');

  it('is the same for the same code, packages and additions', () => {
    expect(pipelineVersion(additions)).toBe(pipelineVersion(additions));
  });

  it('changes with the installed version of any package the stages run', () => {
    const now = pipelineVersion(additions);
    for (const name of STAGE_PACKAGES) {
      const upgraded = pipelineVersion(additions, (n) =>
        n === name ? `${installedVersion(n)}-next` : installedVersion(n),
      );
      expect(upgraded, name).not.toBe(now);
    }
  });

  it('changes with the additions file', () => {
    const now = pipelineVersion(additions);
    const other = path.join(dir, 'other.json');
    writeFileSync(other, '{"places": [{"name": "Baghouz"}]}');
    expect(pipelineVersion(other)).not.toBe(now);
  });
});
