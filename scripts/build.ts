/**
 * The production build: client bundle, SSR bundle, then one prerendered HTML file per route.
 * `node scripts/build.ts [outDir]`; BASE_PATH=/sub/dir/ in the environment puts the site under a sub-path.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = process.argv[2] ?? 'dist';
const ssrDir = `${outDir}-ssr`;
const vite = path.join(root, 'node_modules/vite/bin/vite.js');
const run = (args: string[]) => {
  try {
    execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  } catch {
    // The failing step already printed its error (file:line for authoring mistakes); no second trace.
    process.exit(1);
  }
};

const started = performance.now();
run([vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
run([vite, 'build', '--ssr', 'src/entry-server.tsx', '--outDir', ssrDir, '--emptyOutDir', '--logLevel', 'warn']);
run([path.join(root, 'scripts/prerender.ts'), outDir, ssrDir]);
console.log(`build of ${outDir}/ (BASE_PATH ${process.env.BASE_PATH || '/'}) took ${((performance.now() - started) / 1000).toFixed(1)} s`);
