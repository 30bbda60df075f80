/** `npm start`: build if the build is missing or older than the sources, then serve it and print the URL. */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { startStaticServer } from './static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist/index.html');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const sourcesChanged = () =>
  ['src', 'content', 'public', 'build'].some((d) => newest(path.join(root, d)) > statSync(built).mtimeMs);

if (!existsSync(built) || sourcesChanged()) {
  console.log('Building the site (first run or sources changed)…');
  execSync('npm run build', { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_PATH: '/' } });
}
const port = Number(process.env.PORT ?? 4173);
await startStaticServer(path.join(root, 'dist'), '/', port, process.env.HOST ?? '127.0.0.1');
console.log(`\n  Go Backend Atlas is running at  http://localhost:${port}/\n`);
