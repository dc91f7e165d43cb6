/** A tiny static server for e2e pages, on 127.0.0.1 only, ephemeral port. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  url: (path: string) => string;
  /** Adds or replaces a page (extra response headers optional). */
  set: (path: string, body: string | Buffer, type?: string, headers?: Record<string, string>) => void;
  close: () => Promise<void>;
  /** Paths requested so far (to check Konteks itself requests nothing). */
  requests: string[];
}

export async function startServer(pages: Record<string, string> = {}): Promise<TestServer> {
  const routes = new Map<string, { body: string | Buffer; type: string; headers?: Record<string, string> }>();
  for (const [p, body] of Object.entries(pages)) routes.set(p, { body, type: 'text/html; charset=utf-8' });
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(p);
    const r = routes.get(p);
    if (!r) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': r.type, 'cache-control': 'no-store', ...r.headers }).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    set: (p, body, type = 'text/html; charset=utf-8', headers) => void routes.set(p, { body, type, ...(headers ? { headers } : {}) }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    requests,
  };
}
