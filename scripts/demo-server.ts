// The demo portal site: a plain node:http server on 127.0.0.1 that serves the generated pages
// (scripts/demo-site/generate.ts) under their real host names. Chromium reaches it through
// --host-resolver-rules (see hostResolverRules), Firefox through its proxy settings (the server
// answers absolute-URI request lines too), so the extension sees ninhthuan.gov.vn etc. and never
// the network.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { writeDemoSite } from './demo-site/generate';
import { normaliseHost, pageFile, pageKey, readManifest, readRealManifest } from './demo-site/page-files';

export type { ManifestEntry } from './demo-site/page-files';
export { readManifest, readRealManifest } from './demo-site/page-files';

/** Every host name the demo site serves (from both manifests), 'localhost' (the index) included. */
export function demoHosts(): string[] {
  return [...new Set([...readManifest(), ...readRealManifest()].map((e) => e.host))];
}

/**
 * Value for Chromium's `--host-resolver-rules`: each demo host (and any other *.gov.vn name) to
 * the loopback server; every other name fails to resolve, so a test can never reach the network.
 * Rules are tried in order and the first match wins; the replacement port applies whatever port
 * the URL names.
 */
export function hostResolverRules(port: number, hosts: string[] = demoHosts()): string {
  const target = `127.0.0.1:${port}`;
  return [...hosts.map((host) => `MAP ${host} ${target}`), `MAP *.gov.vn ${target}`, 'MAP * ~NOTFOUND'].join(', ');
}

export interface DemoServer {
  port: number;
  /** 'http://ninhthuan.gov.vn:PORT' */
  origin(host: string): string;
  url(host: string, path: string): string;
  /** Serve `html` for host+path (query ignored) instead of the file; null restores the file. */
  setOverride(host: string, path: string, html: string | null): void;
  close(): Promise<void>;
}

const HTML_TYPE = 'text/html; charset=utf-8';

function notFoundPage(host: string, path: string): string {
  const shown = `${host}${path}`.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>404 – Không tìm thấy trang</title></head>
<body style="font-family:Arial,sans-serif;padding:40px"><h1>404 – Không tìm thấy trang</h1><p>Trang ${shown} không có trên máy chủ demo.</p>
<p><a href="/">Về trang chủ</a></p></body></html>\n`;
}

/**
 * Host and path of a request. A browser talking to us as its HTTP proxy (Firefox, which has no
 * host-resolver rules) sends the absolute URI in the request line; a direct request sends the
 * path and a Host header.
 */
export function requestTarget(req: Pick<IncomingMessage, 'url' | 'headers'>): { host: string; urlPath: string } {
  const target = req.url ?? '/';
  if (/^https?:\/\//i.test(target)) {
    const url = new URL(target);
    return { host: normaliseHost(url.host), urlPath: `${url.pathname}${url.search}` };
  }
  return { host: normaliseHost(req.headers.host ?? 'localhost'), urlPath: target };
}

async function respond(req: IncomingMessage, res: ServerResponse, overrides: Map<string, string>): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method not allowed');
    return;
  }
  const { host, urlPath } = requestTarget(req);
  const send = (status: number, html: string): void => {
    const body = Buffer.from(html, 'utf8');
    // no-store: an e2e test that sets an override must get it on the next load.
    res.writeHead(status, { 'Content-Type': HTML_TYPE, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const override = overrides.get(pageKey(host, urlPath));
  if (override !== undefined) return send(200, override);
  const file = pageFile(host, urlPath);
  if (file) {
    try {
      return send(200, await readFile(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && (error as NodeJS.ErrnoException).code !== 'EISDIR')
        throw error;
    }
  }
  send(404, notFoundPage(host, urlPath.split(/[?#]/, 1)[0] ?? '/'));
}

export async function startDemoServer(opts: { port?: number } = {}): Promise<DemoServer> {
  const overrides = new Map<string, string>();
  const server = createServer((req, res) => {
    respond(req, res, overrides).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = (host: string): string => `http://${host}:${port}`;
  return {
    port,
    origin,
    url: (host, path) => `${origin(host)}${path.startsWith('/') ? path : `/${path}`}`,
    setOverride(host, path, html) {
      const key = pageKey(host, path);
      if (html === null) overrides.delete(key);
      else overrides.set(key, html);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A browser keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

async function main(): Promise<void> {
  for (const note of writeDemoSite().notes) console.log(note);
  const server = await startDemoServer({ port: Number(process.env.PORT ?? 8765) });
  console.log(`Demo portal site on 127.0.0.1:${server.port}. Pages:`);
  for (const entry of [...readManifest(), ...readRealManifest()])
    console.log(`  ${entry.kind.padEnd(15)} ${server.url(entry.host, entry.path)}`);
  console.log('\nOpen them in Chromium with:');
  console.log(`  chromium --host-resolver-rules="${hostResolverRules(server.port)}" ${server.url('localhost', '/')}`);
  console.log(`or in a Firefox profile whose HTTP proxy is 127.0.0.1:${server.port} (no proxy for nothing).`);
  console.log('Ctrl+C stops the server.');
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
