/**
 * Serves a built site for the e2e suite: `node e2e/serve.ts <dir> <base> <port>`. Also answers
 * `/__wiki__?src=<url>`: a stand-in wiki page that frames `src` and records the messages it receives.
 * It must come from a real loopback server: Chromium refuses to frame loopback pages inside a page
 * that Playwright invented, as it would for any public page.
 */
import path from 'node:path';
import { startStaticServer } from '../scripts/static-server.ts';

const [dir = 'dist', base = '/', port = '4311'] = process.argv.slice(2);

const wikiPage = (src: string) => `<!doctype html><html lang="en"><title>wiki</title>
<script>window.messages = []; addEventListener('message', (e) => messages.push(e.data));</script>
<iframe id="f" title="embedded lesson" src="${src.replace(/"/g, '&quot;')}" style="width:700px;border:0" height="300"></iframe></html>`;

await startStaticServer(path.resolve(dir), base, Number(port), '127.0.0.1', (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname !== '/__wiki__') return false;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(wikiPage(url.searchParams.get('src') ?? 'about:blank'));
  return true;
});
console.log(`serving ${dir} at http://127.0.0.1:${port}${base}`);
