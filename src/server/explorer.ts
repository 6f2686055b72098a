/**
 * The explorer (web/, built by Vite into web/dist): static files served by this process at `/`.
 * Only files that exist under web/dist are served, read into memory (the build is small; read again
 * when index.html changes), so a request path can never reach another file. Every explorer response carries a strict
 * Content-Security-Policy: the page loads nothing but its own scripts, styles and fonts.
 * Without a build (e.g. an install without dev dependencies) `/` says how to build it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { projectRoot } from '../paths.js';

export const EXPLORER_CSP = "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

interface StaticFile {
  body: Buffer;
  type: string;
  immutable: boolean;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out;
}

export function explorer(distDir = join(projectRoot, 'web', 'dist')) {
  let files: Map<string, StaticFile> | null = null;
  let builtAt = 0;
  const indexMtime = () => {
    try {
      return statSync(join(distDir, 'index.html')).mtimeMs;
    } catch {
      return 0;
    }
  };
  const load = () => {
    builtAt = indexMtime();
    const m = new Map<string, StaticFile>();
    if (!existsSync(join(distDir, 'index.html'))) return m;
    for (const f of listFiles(distDir)) {
      const url = '/' + relative(distDir, f).split(sep).join('/');
      // Vite names assets by content hash: they never change under the same name.
      m.set(url, { body: readFileSync(f), type: TYPES[extname(f)] ?? 'application/octet-stream', immutable: url.startsWith('/assets/') });
    }
    return m;
  };

  /** Serves the request when it is one of the explorer's files; false otherwise. */
  return function serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    // A rebuild while the server runs (npm run build:web) is picked up when the page is reloaded.
    if (!files || ((pathname === '/' || pathname === '/index.html') && indexMtime() !== builtAt)) files = load();
    const file = files.get(pathname === '/' || pathname === '/index.html' ? '/index.html' : pathname);
    if (!file) {
      if (pathname !== '/') return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': EXPLORER_CSP });
      res.end(
        '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Chưa dựng giao diện</title>' +
          '<p>Giao diện tra cứu chưa được dựng (web/dist trống). Chạy <code>npm run build:web</code> rồi khởi động lại.</p>' +
          '<p><a href="/graphql">GraphiQL tại /graphql</a></p></html>\n',
      );
      return true;
    }
    res.writeHead(200, {
      'content-type': file.type,
      'content-length': String(file.body.length),
      'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'content-security-policy': EXPLORER_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
    return true;
  };
}
