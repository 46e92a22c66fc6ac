import { createServer } from 'node:net';
import { preview } from 'vite';

export interface Served {
  baseURL: string;
  close: () => Promise<void>;
}

/** Serves the production build in dist/ with `vite preview` on a free local port, as the e2e tests do. */
export async function servePreview(root: string): Promise<Served> {
  const server = await preview({ root, logLevel: 'error', preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false } });
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
