// Language toolchains of the RUN interpreter: go (build, install, mod download, test, vet) and npm (ci, install,
// prune, cache). Output sizes are rough estimates, said so in the layer notes.

import { baseName } from './fs.ts';
import { fmtMB } from './run-context.ts';
import type { ShellContext } from './run-context.ts';

const MB = 1_000_000;
const KB = 1_000;

const GO_FLAGS_WITH_VALUE = new Set([
  '-ldflags',
  '-gcflags',
  '-asmflags',
  '-gccgoflags',
  '-tags',
  '-mod',
  '-modfile',
  '-p',
  '-installsuffix',
  '-buildmode',
  '-compiler',
  '-overlay',
  '-pgo',
  '-toolexec',
  '-exec',
  '-pkgdir',
  '-C',
  '-buildvcs',
  '-covermode',
  '-coverpkg',
]);

/** Total size of the .go files under a directory (image or bind mount). */
export function goSourceBytes(sh: ShellContext, dir: string): number {
  const v = sh.readView(dir);
  let total = 0;
  for (const p of v.fs.descendants(v.path)) {
    if (!p.endsWith('.go')) continue;
    total += v.fs.get(p)?.size ?? 0;
  }
  return total;
}

/** Download the modules listed in go.sum into GOMODCACHE unless they are already there (image or cache mount). */
export function goModules(sh: ShellContext, cwd: string, why: string): void {
  const gopath = sh.env.vars.get('GOPATH') ?? `${sh.home()}/go`;
  const modcache = sh.env.vars.get('GOMODCACHE') ?? `${gopath}/pkg/mod`;
  const agg = `${modcache}/…`;
  if (sh.readView(agg).fs.has(sh.readView(agg).path)) return;
  const sumNode = sh.sizeOf(`${cwd}/go.sum`);
  if (sumNode === null && sh.exists(`${cwd}/go.sum`)) {
    sh.write(agg, null, { count: 1 });
    sh.unknown(`${why}: go.sum's size is unknown, so the size of the Go modules is unknown.`);
    sh.env.facts.depsDownloaded = true;
    return;
  }
  const sum = sumNode ?? 0;
  if (sum === 0) return; // no dependencies
  const bytes = Math.round(sum * 1_500);
  const m = sh.diverted(agg);
  sh.write(agg, bytes, { count: Math.max(1, Math.round(sum / 3)) });
  sh.write(`${modcache}/cache/download/…`, Math.round(bytes * 0.35), { count: Math.max(1, Math.round(sum / 80)) });
  sh.env.facts.depsDownloaded = true;
  sh.note(
    m
      ? `${why}: Go modules (≈${fmtMB(Math.round(bytes * 1.35))}) went to the ${m.type} mount at ${m.target}, not into the layer.`
      : `${why}: Go modules in ${modcache} ≈${fmtMB(Math.round(bytes * 1.35))} (estimated from the size of go.sum).`,
  );
}

/** go build / install / mod download / test / vet: the binary, the module cache and the build cache. */
export function go(sh: ShellContext, args: string[], temp: Map<string, string>): void {
  const sub = args[0] ?? '';
  const cwd = sh.env.cwd;
  const hasMod = sh.exists(`${cwd}/go.mod`);
  const needMod = (): boolean => {
    if (hasMod) return true;
    const files = args.filter((a) => a.endsWith('.go'));
    if (files.length) return true;
    if (sh.env.vars.get('GO111MODULE') === 'off') return true;
    if (sh.unsure) {
      sh.unknown(`go ${sub}: go.mod is not known to be in ${cwd}; simulated as if it were.`);
      return true;
    }
    sh.fail(`go ${sub}: go.mod file not found in ${cwd} (copy go.mod into the image before running go ${sub}).`);
    return false;
  };
  const cacheDir = sh.env.vars.get('GOCACHE') ?? `${sh.home()}/.cache/go-build`;
  const buildCache = (bytes: number): void => {
    const agg = `${cacheDir}/…`;
    const m = sh.diverted(agg);
    const v = sh.readView(agg);
    const n = v.fs.get(v.path);
    sh.write(agg, (n?.size ?? 0) + bytes, { count: Math.max(1, Math.round(bytes / 40_000)) });
    if (m) {
      sh.note(`The Go build cache went to the ${m.type} mount at ${m.target}: reused by the next build, not shipped.`);
      return;
    }
    sh.env.facts.cachesLeft.push(cacheDir);
    sh.note(
      `The Go build cache (${cacheDir}, ≈${fmtMB(bytes)}) stays in this layer; a --mount=type=cache would keep it out.`,
    );
  };
  switch (sub) {
    case 'mod': {
      const what = args[1] ?? '';
      if (what === 'download') {
        if (!needMod()) return;
        sh.env.facts.goModDownload = true;
        goModules(sh, cwd, 'go mod download');
      } else if (what === 'tidy' || what === 'vendor') {
        if (!needMod()) return;
        goModules(sh, cwd, `go mod ${what}`);
        if (what === 'vendor') sh.unknown('go mod vendor: the vendor/ tree is not simulated.');
      }
      return;
    }
    case 'build':
    case 'install': {
      if (sub === 'install' && args.some((a) => a.includes('@'))) {
        const gopath = sh.env.vars.get('GOPATH') ?? `${sh.home()}/go`;
        const pkg = args.find((a) => a.includes('@')) ?? '';
        const bin = baseName(pkg.split('@')[0] ?? 'tool');
        sh.write(`${gopath}/bin/${bin}`, null);
        sh.unknown(`go install ${pkg}: downloads and builds a tool; its modules and size are unknown.`);
        return;
      }
      if (!needMod()) return;
      sh.env.facts.goBuild = true;
      goModules(sh, cwd, `go ${sub} (modules not downloaded in an earlier layer)`);
      let out: string | null = null;
      let ldflags = '';
      const pkgs: string[] = [];
      for (let i = 1; i < args.length; i++) {
        const a = args[i] ?? '';
        if (a === '-o') {
          out = args[i + 1] ?? null;
          i++;
        } else if (a.startsWith('-o=')) out = a.slice(3);
        else if (GO_FLAGS_WITH_VALUE.has(a)) {
          if (a === '-ldflags') ldflags = args[i + 1] ?? '';
          i++;
        } else if (a.startsWith('-ldflags=')) ldflags = a.slice(9);
        else if (!a.startsWith('-')) pkgs.push(a);
      }
      const src = goSourceBytes(sh, cwd);
      let bytes = 6_500 * KB + src * 2;
      if (/-s\b/.test(ldflags) && /-w\b/.test(ldflags)) bytes = Math.round(bytes * 0.72);
      const cgoVar = temp.get('CGO_ENABLED') ?? sh.env.vars.get('CGO_ENABLED');
      const hasGcc = sh.env.fs.unknownBase
        ? false
        : ['/usr/bin/gcc', '/usr/bin/gcc-12'].some((p) => sh.env.fs.has(p)) || sh.env.installed.has('gcc');
      const cgo = cgoVar === undefined ? hasGcc : cgoVar !== '0';
      const main = pkgs[0] ?? '.';
      let target: string;
      if (sub === 'install') {
        const gopath = sh.env.vars.get('GOPATH') ?? `${sh.home()}/go`;
        target = `${gopath}/bin/${main === '.' ? baseName(cwd) || 'app' : baseName(main.replace(/\/\.\.\.$/, ''))}`;
      } else if (out) {
        const p = sh.abs(out);
        target =
          out.endsWith('/') || sh.env.fs.isDir(p)
            ? `${p}/${main === '.' ? baseName(cwd) || 'app' : baseName(main)}`
            : p;
      } else if (main.endsWith('...') || pkgs.length > 1) {
        target = '';
      } else target = sh.abs(main === '.' ? baseName(cwd) || 'app' : baseName(main.replace(/\.go$/, '')));
      if (target) {
        sh.write(target, bytes, { tag: cgo ? 'go-binary-cgo' : 'go-binary-static' });
        sh.env.facts.goBinaries.push({ path: target, cgo });
        sh.note(
          `go ${sub}: binary ${target} ≈${fmtMB(bytes)} (rough estimate)${cgo ? ', built with cgo on: it needs the C library at run time' : ', statically linked (CGO_ENABLED=0 or no C compiler)'}.`,
        );
      }
      buildCache(30 * MB + src * 10);
      return;
    }
    case 'test':
    case 'vet':
      if (!needMod()) return;
      goModules(sh, cwd, `go ${sub}`);
      buildCache(20 * MB);
      return;
    case 'version':
    case 'env':
      if (sub === 'env' && args.includes('-w')) sh.write(`${sh.home()}/.config/go/env`, 60);
      return;
    case 'generate':
      sh.unknown('go generate: what the generators write is unknown.');
      return;
    default:
      return;
  }
}

/** npm ci / install / prune / cache clean: node_modules and the npm cache, sized from package-lock.json. */
export function npm(sh: ShellContext, args: string[], temp: Map<string, string>): void {
  const sub = args.find((a) => !a.startsWith('-')) ?? '';
  const cwd = sh.env.cwd;
  const lock = sh.sizeOf(`${cwd}/package-lock.json`) ?? sh.sizeOf(`${cwd}/npm-shrinkwrap.json`);
  const prod =
    args.some((a) => a === '--omit=dev' || a === '--production' || a === '--only=production' || a === '--only=prod') ||
    (temp.get('NODE_ENV') ?? sh.env.vars.get('NODE_ENV')) === 'production';
  const npmCache = `${sh.home()}/.npm/_cacache`;
  const install = (lockBytes: number, why: string): void => {
    const full = lockBytes * 400;
    const bytes = Math.round(prod ? full * 0.35 : full);
    const nm = `${cwd}/node_modules/…`;
    sh.write(nm, bytes, { count: Math.max(1, Math.round(lockBytes / 20)) });
    sh.env.facts.npmInstall = true;
    sh.env.facts.depsDownloaded = true;
    const m = sh.diverted(`${npmCache}/…`);
    sh.write(`${npmCache}/…`, Math.round(bytes * 0.45), { count: Math.max(1, Math.round(lockBytes / 40)) });
    if (m) sh.note(`The npm cache went to the ${m.type} mount at ${m.target}, not into the layer.`);
    else sh.env.facts.cachesLeft.push(npmCache);
    sh.write(`${sh.home()}/.npm/_logs/debug-0.log`, 12 * KB);
    sh.note(
      `${why}: node_modules ≈${fmtMB(bytes)}${prod ? ' (production dependencies only)' : ''}, estimated from the size of the lock file; the npm cache (≈${fmtMB(Math.round(bytes * 0.45))}) stays in the layer unless cleaned or mounted.`,
    );
  };
  switch (sub) {
    case 'ci':
    case 'clean-install':
      if (lock === null) {
        if (sh.unsure) {
          sh.unknown('npm ci: package-lock.json is not known to the simulator.');
          return;
        }
        sh.fail(`npm ci needs package-lock.json in ${cwd}: copy it into the image first.`);
        return;
      }
      install(lock, 'npm ci');
      return;
    case 'install':
    case 'i': {
      const pkgArgs = args.filter((a) => !a.startsWith('-')).slice(1);
      if (pkgArgs.length || args.includes('-g') || args.includes('--global')) {
        sh.unknown(
          `npm install ${pkgArgs.join(' ')}: installing named packages is not simulated; their size is unknown.`,
        );
        return;
      }
      if (!sh.exists(`${cwd}/package.json`)) {
        if (sh.unsure) {
          sh.unknown(`npm install: package.json is not known to be in ${cwd}.`);
          return;
        }
        sh.fail(`npm install: no package.json in ${cwd}.`, 'warning');
        return;
      }
      if (lock === null) {
        sh.write(`${cwd}/package-lock.json`, 100 * KB);
        install(100 * KB, 'npm install (no lock file: versions resolved at build time)');
      } else install(lock, 'npm install');
      return;
    }
    case 'prune': {
      const nm = `${cwd}/node_modules/…`;
      const n = sh.env.fs.get(nm);
      if (n && (prod || args.includes('--omit=dev')))
        sh.rewrite(nm, n.size === null ? null : Math.round(n.size * 0.35));
      return;
    }
    case 'cache':
      if (args.includes('clean')) sh.remove(npmCache);
      return;
    case 'run':
    case 'run-script':
    case 'test':
    case 'exec':
      sh.unknown(`npm ${args.join(' ')}: what the script writes is unknown.`);
      return;
    case 'config':
      sh.write(`${sh.home()}/.npmrc`, 40);
      return;
    default:
      return;
  }
}
