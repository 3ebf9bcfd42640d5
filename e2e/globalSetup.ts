/**
 * Builds, with the real pipeline, a corpus from an article full of HTML and script tags, for the
 * test that proves the app shows article text literally and runs none of it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOSTILE_CORPUS = join(tmpdir(), 'chronomap-e2e-hostile-corpus.json');

export const HOSTILE_TEXT = `Fighters <script>window.__pwned = true; alert('pwned')</script> flee Raqqa

<b>Hundreds</b> of fighters left Raqqa in Syria on 12 September 2017, crossing into Turkey. <img src=x onerror="window.__pwned = true">
The <a href="javascript:window.__pwned=true">report</a> said they reached Idlib. <iframe src="https://example.org"></iframe>
<style>body { display: none }</style>Officials in Damascus & Ankara said "<script>" tags were <i>not</i> a threat.
`;

export default function globalSetup(): void {
  const dir = mkdtempSync(join(tmpdir(), 'chronomap-e2e-articles-'));
  const articles = join(dir, 'articles');
  mkdirSync(articles);
  writeFileSync(join(articles, 'hostile.txt'), HOSTILE_TEXT);
  writeFileSync(
    join(articles, 'hostile.meta.json'),
    JSON.stringify({
      title: 'Fighters <script>window.__pwned = true</script> flee Raqqa',
      source: '<b>Evil</b> Source',
      url: 'https://example.org/report?x=<script>window.__pwned=true</script>',
      published: { start: '2017-09-12', end: '2017-09-14' },
    }),
  );
  try {
    execFileSync(
      'npx',
      ['tsx', 'src/pipeline/cli.ts', '--articles', articles, '--out', HOSTILE_CORPUS],
      {
        stdio: 'pipe',
      },
    );
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`the pipeline could not build the hostile-article corpus:\n${stderr}`);
  }
}
