import { createReadStream, existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/**
 * A plain static file server: no SPA fallback, no rewrites — what a wiki's web server gives us. Files
 * live under `base`; anything else, and any missing file, gets 404.html with status 404.
 */
export function startStaticServer(
  dir: string,
  base: string,
  port: number,
  host = '127.0.0.1',
  /** Handles a request first when it returns true (the e2e suite's stand-in wiki page). */
  before?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean,
): Promise<http.Server> {
  const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'], dotfiles: false });
  const notFoundFile = path.join(dir, '404.html');
  const notFound = (res: http.ServerResponse) => {
    res.statusCode = 404;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (existsSync(notFoundFile)) createReadStream(notFoundFile).pipe(res);
    else res.end('Not found');
  };
  const server = http.createServer((req, res) => {
    if (before?.(req, res)) return;
    const url = req.url ?? '/';
    if (!url.startsWith(base) && url + '/' !== base) return notFound(res);
    req.url = '/' + url.slice(base.length);
    serve(req, res, () => notFound(res));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
