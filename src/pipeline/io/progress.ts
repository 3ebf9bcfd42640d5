/**
 * Progress through the articles on stderr: a bar on an interactive terminal with many articles,
 * plain lines otherwise (a bar in a log file is noise, and for a handful it flickers past).
 */
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  /** One article is done. */
  advance(articleId: string): void;
  /** All done (or the run stopped): leaves the terminal on a fresh line. */
  stop(): void;
}

/** Fewer articles than this are listed line by line even on a terminal. */
const BAR_THRESHOLD = 20;

export function createProgress(
  total: number,
  stream: NodeJS.WriteStream,
  log: (line: string) => void,
): ProgressReporter {
  if (total <= BAR_THRESHOLD || !stream.isTTY) return lineProgress(total, log);
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'articles {bar} {value}/{total} {article}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { article: '' });
  return {
    advance: (articleId) => bar.increment({ article: articleId }),
    stop: () => bar.stop(),
  };
}

export function lineProgress(total: number, log: (line: string) => void): ProgressReporter {
  let done = 0;
  const width = String(total).length;
  return {
    advance: (articleId) => {
      done++;
      log(`[${String(done).padStart(width)}/${total}] ${articleId}`);
    },
    stop: () => {},
  };
}
