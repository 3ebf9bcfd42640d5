import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Where the app fetches the country outlines from (same origin, outside the JS bundle). */
const BASEMAP_FILE = 'basemap/countries-50m.json';

/**
 * Ships world-atlas's country outlines as a static asset straight from the pinned npm package,
 * so the repository holds no copy and the version is the lockfile's.
 */
function worldAtlasBasemap(): Plugin {
  const source = () => readFileSync(require.resolve('world-atlas/countries-50m.json'));
  return {
    name: 'chronomap-world-atlas-basemap',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0]?.endsWith(`/${BASEMAP_FILE}`)) {
          res.setHeader('Content-Type', 'application/json');
          res.end(source());
        } else next();
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BASEMAP_FILE, source: source() });
    },
  };
}

/**
 * A Content-Security-Policy for the built page: scripts only from our origin (so an article full
 * of <script> tags could not run anything even if it reached the DOM), and no request to another
 * origin unless an online tile layer was configured at build time. Dev mode needs inline scripts
 * for hot reload, so the policy is added to builds only.
 */
function contentSecurityPolicy(tileUrl: string | undefined): Plugin {
  // "https://{s}.tile.example.org/{z}/{x}/{y}.png" → "https://*.tile.example.org"
  const tileOrigin = (/^https?:\/\/[^/]+/.exec(tileUrl ?? '')?.[0] ?? '').replace(/\{s\}/g, '*');
  const policy = [
    "default-src 'self'",
    `img-src 'self' data: blob: ${tileOrigin}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
  return {
    name: 'chronomap-csp',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}

export default defineConfig(({ mode }) => ({
  // Relative asset paths: the built app works from any folder or sub-path.
  base: './',
  plugins: [
    react(),
    worldAtlasBasemap(),
    contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_TILE_URL),
  ],
  build: { sourcemap: true },
}));
