/**
 * The real CLI, killed with SIGKILL (no handler can run) while it writes the corpus: the previous
 * corpus file must still be there, whole and valid. The kill is timed by watching the output
 * folder for the write's temporary file, so it lands mid-write, not before or after.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseCorpus } from '../../shared/corpusFile.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const seeds = path.join(root, 'seeds');
/** Enough articles for a corpus of several MB, so the write takes measurable time. */
const COPIES = 60;

let tmp: string;
let articles: string;
let out: string;
const args = () => [
  '--import',
  'tsx',
  path.join(root, 'src/pipeline/cli.ts'),
  '--articles',
  articles,
  '--out',
  out,
  '--cache-dir',
  path.join(tmp, 'cache'),
  '--workers',
  '0',
];

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'chronomap-kill-'));
  articles = path.join(tmp, 'articles');
  out = path.join(tmp, 'public', 'corpus.json');
  mkdirSync(articles);
  const seedFiles = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
  for (let n = 0; n < COPIES; n++) {
    for (const file of seedFiles) {
      const id = `${String(n).padStart(3, '0')}_${file.slice(0, -4)}`;
      copyFileSync(path.join(seeds, file), path.join(articles, `${id}.txt`));
      copyFileSync(
        path.join(seeds, file.replace(/\.txt$/, '.meta.json')),
        path.join(articles, `${id}.meta.json`),
      );
    }
  }
  // The previous corpus, built by the real CLI (this also fills the article cache, so the run
  // that is killed spends its time writing, not parsing).
  const first = spawnSync(process.execPath, args(), { cwd: root, encoding: 'utf8' });
  if (first.status !== 0) throw new Error(`the first build failed:\n${first.stderr}`);
}, 170_000);
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

it('SIGKILL mid-write leaves the previous corpus whole and valid', async () => {
  const previous = readFileSync(out);
  writeFileSync(
    path.join(articles, 'zzz_new.txt'),
    'A New Article\n\nFighters left Raqqa for Idlib on 3 May 2015.\n',
  );
  const folder = path.dirname(out);
  const child = spawn(process.execPath, args(), { cwd: root, stdio: 'ignore' });
  let sawTemp = '';
  const watcher = watch(folder, (_event, name) => {
    if (!sawTemp && name?.includes('.tmp-')) {
      sawTemp = name;
      child.kill('SIGKILL');
    }
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, sig) => resolve(sig)),
  );
  watcher.close();

  expect(sawTemp, 'the run was killed while its temporary file existed').toMatch(
    /^\.corpus\.json\.tmp-/,
  );
  expect(signal).toBe('SIGKILL');
  const now = readFileSync(out);
  // The rename is the last step, so a kill during the write leaves the old bytes exactly. (If
  // the kill lost the race to the rename, the new file must still be whole: check both.)
  const parsed = parseCorpus(JSON.parse(now.toString('utf8')));
  expect(parsed.ok).toBe(true);
  if (now.equals(previous)) {
    expect(parsed.ok && parsed.corpus.articles.some((a) => a.id === 'zzz_new')).toBe(false);
  } else {
    expect(parsed.ok && parsed.corpus.articles.some((a) => a.id === 'zzz_new')).toBe(true);
  }
  // What a killed run can leave behind is only a temporary file the .gitignore pattern covers.
  for (const name of readdirSync(folder).filter((n) => n !== 'corpus.json')) {
    expect(name).toMatch(/\.tmp-/);
  }
}, 170_000);
