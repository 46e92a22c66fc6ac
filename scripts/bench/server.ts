import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type Plugin } from 'vite';

export interface Served {
  baseURL: string;
  close: () => Promise<void>;
}

/**
 * A private copy of the build, so that a `vite build` run by someone else while the benchmark
 * runs cannot swap files under it: every figure then comes from one and the same build.
 */
export function snapshotDist(root: string): { dir: string; remove: () => void } {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`no production build in ${dist}: run "npm run build" first (npm run bench does)`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync(dist, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }) };
}

/**
 * Serves a build (`outDir`, absolute) with `vite preview` on a free local port, as the e2e tests
 * do; `extra` adds fixed JSON responses (path → body) for the benchmark's own use.
 */
export async function servePreview(root: string, outDir: string, extra: Record<string, string> = {}): Promise<Served> {
  const benchFiles: Plugin = {
    name: 'bench-files',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const body = req.url ? extra[req.url.split('?')[0]!] : undefined;
        if (body === undefined) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(body);
      });
    },
  };
  const server = await preview({
    root,
    logLevel: 'error',
    plugins: [benchFiles],
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { baseURL: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** A TCP port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolvePort(port) : reject(new Error('no free port'))));
    });
  });
}
