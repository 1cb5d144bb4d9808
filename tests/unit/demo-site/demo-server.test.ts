import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  demoHosts,
  hostResolverRules,
  readManifest,
  readRealManifest,
  requestTarget,
  startDemoServer,
  type DemoServer,
} from '../../../scripts/demo-server';
import { describeWithCorpus } from '../../support/corpus-suite';

interface Reply {
  status: number;
  contentType: string;
  body: string;
}

/**
 * GET through the loopback port with the Host header a browser sends under --host-resolver-rules,
 * or (asProxy) with the absolute URI in the request line, as a browser sends to its HTTP proxy.
 */
function get(server: DemoServer, host: string, path: string, opts: { asProxy?: boolean } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const target = opts.asProxy ? `http://${host}:${server.port}${path}` : path;
    const req = request(
      { host: '127.0.0.1', port: server.port, path: target, headers: { Host: `${host}:${server.port}` } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type']),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const manifest = readManifest();
const realManifest = readRealManifest();
let server: DemoServer;

beforeAll(async () => {
  server = await startDemoServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

describe('demo server', () => {
  it('listens on a free port and builds URLs under the real host names', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.origin('ninhthuan.gov.vn')).toBe(`http://ninhthuan.gov.vn:${server.port}`);
    expect(server.url('thanhhoa.gov.vn', '/portal/Pages/x.aspx')).toBe(
      `http://thanhhoa.gov.vn:${server.port}/portal/Pages/x.aspx`,
    );
  });

  it.each(manifest.map((e) => [`${e.host}${e.path}`, e] as const))('serves %s as utf-8 HTML', async (_, entry) => {
    const reply = await get(server, entry.host, entry.path);
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('text/html; charset=utf-8');
    expect(reply.body.normalize('NFC')).toContain(entry.title);
  });

  it('ignores query strings such as tracking parameters', async () => {
    const entry = manifest.find((e) => e.kind === 'article')!;
    const plain = await get(server, entry.host, entry.path);
    const tracked = await get(server, entry.host, `${entry.path}?utm_source=facebook&utm_medium=share#top`);
    expect(tracked.status).toBe(200);
    expect(tracked.body).toBe(plain.body);
  });

  it('answers a proxy request (absolute URI in the request line) by the URI’s host, as Firefox sends it', async () => {
    const entry = manifest.find((e) => e.corpus === 'own')!;
    const direct = await get(server, entry.host, entry.path);
    const proxied = await get(server, entry.host, entry.path, { asProxy: true });
    expect(proxied.status).toBe(200);
    expect(proxied.body).toBe(direct.body);
    // The Host header cannot route a proxy request elsewhere, and unknown hosts end here too.
    expect(requestTarget({ url: `http://${entry.host}:80${entry.path}`, headers: { host: 'localhost' } })).toEqual({
      host: entry.host,
      urlPath: entry.path,
    });
    expect((await get(server, 'www.example.com', '/', { asProxy: true })).status).toBe(404);
  });

  it('refuses to tunnel (CONNECT), so a browser using it as its proxy cannot reach https sites', async () => {
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: server.port, method: 'CONNECT', path: 'example.org:443' });
      req.on('connect', () => resolve('tunnel'));
      req.on('error', () => resolve('refused'));
      req.end();
    });
    expect(outcome).toBe('refused');
  });

  it('routes by host: the same path on another host is not found', async () => {
    const entry = manifest.find((e) => e.host === 'danang.gov.vn' && e.kind === 'article')!;
    const reply = await get(server, 'longan.gov.vn', entry.path);
    expect(reply.status).toBe(404);
    expect(reply.contentType).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('404');
  });

  it('refuses paths that climb out of the pages folder', async () => {
    expect((await get(server, 'ninhthuan.gov.vn', '/../../package.json')).status).toBe(404);
    expect((await get(server, 'ninhthuan.gov.vn', '/%2e%2e/manifest.json')).status).toBe(404);
  });

  it('serves an override until it is cleared, query-insensitively', async () => {
    const entry = manifest.find((e) => e.kind === 'article' && e.goldId === 'own-002')!;
    const original = await get(server, entry.host, entry.path);
    server.setOverride(entry.host, entry.path, '<!DOCTYPE html><p>Bản sửa</p>');
    const edited = await get(server, entry.host, `${entry.path}?utm_source=x`);
    expect(edited.status).toBe(200);
    expect(edited.body).toBe('<!DOCTYPE html><p>Bản sửa</p>');
    server.setOverride(entry.host, '/new-page.html', '<p>Trang mới</p>');
    expect((await get(server, entry.host, '/new-page.html')).body).toBe('<p>Trang mới</p>');
    server.setOverride(entry.host, entry.path, null);
    server.setOverride(entry.host, '/new-page.html', null);
    expect((await get(server, entry.host, entry.path)).body).toBe(original.body);
    expect((await get(server, entry.host, '/new-page.html')).status).toBe(404);
  });
});

describeWithCorpus('real', 'demo server on the real pages', () => {
  it('serves every real page under its real host, query and all', async () => {
    expect(realManifest.length).toBeGreaterThan(0);
    for (const entry of realManifest) {
      const reply = await get(server, entry.host, entry.path);
      expect(reply.status, `${entry.host}${entry.path}`).toBe(200);
      expect(reply.body.normalize('NFC')).toContain(entry.title);
    }
  });
});

describe('host resolver rules', () => {
  it('lists every manifest host', () => {
    const hosts = demoHosts();
    expect(new Set(hosts)).toEqual(new Set([...manifest, ...realManifest].map((e) => e.host)));
    expect(hosts).toEqual(
      expect.arrayContaining([
        'tuyenquang.gov.vn',
        'ninhthuan.gov.vn',
        'longan.gov.vn',
        'thanhhoa.gov.vn',
        'localhost',
      ]),
    );
  });

  it('maps each host to the loopback port and blocks every other name', () => {
    const rules = hostResolverRules(4321).split(', ');
    for (const host of demoHosts()) expect(rules).toContain(`MAP ${host} 127.0.0.1:4321`);
    expect(rules).toContain('MAP *.gov.vn 127.0.0.1:4321');
    // First match wins in Chromium, so the catch-all must come last.
    expect(rules.at(-1)).toBe('MAP * ~NOTFOUND');
  });
});
