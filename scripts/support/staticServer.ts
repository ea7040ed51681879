import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
};
const compressible = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg\+xml)/;

/**
 * Serves a built site from `root` on a free loopback port, as a plain static host would. With
 * `production`, also as deploy/nginx/portal.conf does: gzip (level 6) and its cache headers, so that
 * Lighthouse (scripts/lighthouse.ts) does not report what the real server already fixes.
 */
export async function serveStatic(root: string, { production = false }: { production?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    if (!found && !existsSync(served)) {
      response.writeHead(404).end();
      return;
    }
    const type = types[extname(served)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    const gzip = production && compressible.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (production) {
      // As portal.conf: hashed /_astro/ files for a year, everything else 5 minutes.
      headers['cache-control'] = path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate';
      headers.vary = 'Accept-Encoding';
      if (gzip) headers['content-encoding'] = 'gzip';
    }
    response.writeHead(found ? 200 : 404, headers);
    // A file can vanish while dist/ is rebuilt: end the response rather than the whole process.
    const body = createReadStream(served).on('error', (error) => response.destroy(error));
    (gzip ? body.pipe(createGzip({ level: 6 })) : body).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
