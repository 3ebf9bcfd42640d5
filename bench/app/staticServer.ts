/**
 * A static file server for the built app, whose corpus file can be swapped between
 * measurements. Plain and uncompressed, like `vite preview`; compressed sizes are reported apart.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  /** Serves `file` as `data/corpus.json` from now on. */
  setCorpus(file: string): void;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  let corpusFile: string | null = null;
  const server: Server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const relative = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
    const file =
      relative === '/data/corpus.json' && corpusFile
        ? corpusFile
        : path.join(root, path.normalize(relative).replace(/^(\.\.[/\\])+/, ''));
    stat(file).then(
      (info) => {
        if (!info.isFile()) throw new Error('not a file');
        res.writeHead(200, {
          'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Cache-Control': 'no-cache',
        });
        createReadStream(file).pipe(res);
      },
      () => {
        res.writeHead(404).end('not found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setCorpus: (file) => {
      corpusFile = file;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
