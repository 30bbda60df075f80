/**
 * Writes every route as its own HTML file, so a deep link works on any static server with no rewrite
 * rules and the lesson text is there before JavaScript runs. Run after the client and SSR builds.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as ServerEntry from '../src/entry-server.tsx';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.argv[2] ?? 'dist');
const ssrDir = path.resolve(root, process.argv[3] ?? 'dist-ssr');

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
const server = (await import(pathToFileURL(path.join(ssrDir, 'entry-server.js')).href)) as typeof ServerEntry;

const base = /<script type="module" crossorigin src="([^"]*?)assets\//.exec(template)?.[1] ?? '/';
const basename = base.replace(/\/$/, '');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * modulepreload links for the chunks a route hydrates with (its lesson, playground or study page) and
 * what they import beyond the entry: without them the browser would find each only after running the
 * one before.
 */
function routePreloads(route: string): string {
  const lesson = /^\/(?:embed\/)?(zh|en)\/lessons\/([^/]+)$/.exec(route);
  const play = /^\/(?:embed\/)?(?:zh|en)\/play\/([^/]+)$/.exec(route);
  const study = /^\/(?:zh|en)\/(review|drill|progress|cheatsheet)(?:\/|$)/.exec(route)?.[1];
  const keys: string[] = [];
  if (lesson) keys.push(`content/${lesson[1]}/${lesson[2]}.mdx`);
  if (play) keys.push(`src/playgrounds/${play[1]}/View.tsx`);
  if (study) {
    const file = { review: 'review/ReviewPage', drill: 'drill/DrillPage', progress: 'progress/ProgressPage', cheatsheet: 'cheatsheet/CheatSheetPage' }[study];
    keys.push(`src/study/${file}.tsx`);
  }
  const seen = new Set<string>();
  const visit = (k: string) => {
    const chunk = manifest[k];
    if (!chunk || chunk.isEntry || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return [...seen].map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`).join('');
}

function page(html: string, head: string, lang: string): string {
  return template
    .replace('<html lang="en">', `<html lang="${lang}">`)
    .replace('<!--app-head-->', head)
    .replace('<!--app-html-->', html);
}

const routes = server.routes();
for (const route of routes) {
  const result = await server.render(route, basename);
  const head =
    `<title>${escapeHtml(result.title)}</title>` +
    `<meta name="description" content="${escapeHtml(result.description)}">` +
    routePreloads(route);
  const file = route === '/' ? path.join(outDir, 'index.html') : path.join(outDir, route, 'index.html');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, page(result.html, head, result.lang === 'mul' ? 'en' : result.lang));
}
const notFound = await server.render('/404', basename);
writeFileSync(path.join(outDir, '404.html'), page(notFound.html, `<title>${escapeHtml(notFound.title)}</title><meta name="robots" content="noindex">`, 'en'));
rmSync(ssrDir, { recursive: true, force: true });
console.log(`prerendered ${routes.length + 1} pages into ${path.relative(root, outDir)}/ (base ${base})`);
