// File commands of the RUN interpreter: cp / mv / install, curl / wget downloads, git clone, user and group creation.

import { baseName } from './fs.ts';
import type { ShellContext } from './run-context.ts';

/** cp, mv and install: copy files or trees inside the image (reading bind mounts where they apply). */
export function copyMove(sh: ShellContext, name: string, args: string[], unknownArgs: boolean): undefined {
  if (unknownArgs) return sh.unknownPaths(name);
  let ops = sh.operandsSkipping(args, ['-m', '-o', '-g', '-t', '--mode', '--owner', '--group']);
  if (name === 'install' && args.includes('-d')) {
    for (const o of ops) sh.mkdir(sh.abs(o));
    return undefined;
  }
  if (ops.length < 2) return undefined;
  const dest = sh.abs(ops[ops.length - 1] ?? '');
  ops = ops.slice(0, -1);
  const destIsDir = sh.env.fs.isDir(dest) || ops.length > 1;
  const recursive = args.some((a) => /^-[a-zA-Z]*[rRa]/.test(a) || a === '--recursive' || a === '--archive');
  const snapshot = sh.env.fs.clone();
  for (const o of ops) {
    const view = sh.readView(sh.abs(o));
    const src = view.fs === sh.env.fs ? snapshot : view.fs;
    const n = src.get(view.path);
    if (!n) {
      if (!sh.unsure) sh.fail(`${name}: cannot stat '${o}': No such file or directory`);
      else sh.unknown(`${name} ${o}: the source is not known to the simulator.`);
      continue;
    }
    if (n.isDir && name === 'cp' && !recursive) {
      sh.fail(`cp: -r not specified; omitting directory '${o}'`, 'warning');
      continue;
    }
    const target = destIsDir ? `${dest === '/' ? '' : dest}/${baseName(view.path)}` : dest;
    if (sh.diverted(target)) continue;
    sh.env.fs.copyFrom(src, view.path, target);
    if (name === 'mv' && view.fs === sh.env.fs) sh.remove(view.path);
  }
  return undefined;
}

/** curl -o / -O and wget: a downloaded file of unknown size. */
export function download(sh: ShellContext, name: string, args: string[]): number | null | undefined {
  let out: string | null = null;
  let url = '';
  let remoteName = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (
      (name === 'curl' && (a === '-o' || a === '--output')) ||
      (name === 'wget' && (a === '-O' || a === '--output-document'))
    ) {
      out = args[i + 1] ?? null;
      i++;
    } else if (name === 'curl' && (a === '-O' || a === '--remote-name' || /^-[a-zA-Z]*O$/.test(a))) remoteName = true;
    else if (name === 'wget' && a.startsWith('--output-document=')) out = a.slice(18);
    else if (/^-[a-zA-Z]*o$/.test(a) && name === 'curl') {
      out = args[i + 1] ?? null;
      i++;
    } else if (!a.startsWith('-') && /^[a-z]+:\/\//i.test(a)) url = a;
    else if (name === 'curl' && ['-H', '-u', '-d', '-X', '-A', '--retry', '-m', '--connect-timeout', '-w'].includes(a))
      i++;
    else if (name === 'wget' && ['-P', '-q', '-T', '-t'].includes(a)) {
      if (a !== '-q') i++;
    }
  }
  if (name === 'wget' && out === null && url) out = baseName(url.split('?')[0] ?? '') || 'index.html';
  if (remoteName && url) out = baseName(url.split('?')[0] ?? '');
  if (out === '-' || out === null) return null; // to stdout
  sh.write(sh.abs(out), null);
  sh.note(`${name} downloads ${out} at build time: its size is unknown to the simulator.`);
  return undefined;
}

/** git clone: a tree of unknown content; git config --global writes ~/.gitconfig. */
export function git(sh: ShellContext, args: string[]): number | null | undefined {
  const sub = args.find((a) => !a.startsWith('-'));
  if (sub === 'clone') {
    const ops = args.filter((a) => !a.startsWith('-')).slice(1);
    const url = ops[0] ?? '';
    const dir = ops[1] ?? baseName(url).replace(/\.git$/, '');
    sh.write(`${sh.abs(dir)}/…`, null, { count: 1 });
    sh.unknown(`git clone ${url}: the repository's files (and its .git history) are unknown to the simulator.`);
    return undefined;
  }
  if (sub === 'config' || sub === 'version' || sub === '--version') {
    if (sub === 'config' && args.includes('--global')) sh.write(`${sh.home()}/.gitconfig`, 60);
    return null;
  }
  sh.unknown(`git ${sub ?? ''}: not simulated.`);
  return null;
}

/** useradd / adduser / groupadd / addgroup: /etc/passwd, /etc/group, /etc/shadow and the home directory. */
export function users(sh: ShellContext, name: string, args: string[]): void {
  const isGroup = name === 'groupadd' || name === 'addgroup';
  const ops = sh.operandsSkipping(args, [
    '-g',
    '-u',
    '-G',
    '-s',
    '-h',
    '-d',
    '-c',
    '-k',
    '-K',
    '--gid',
    '--uid',
    '--shell',
    '--home',
    '--home-dir',
    '--comment',
    '--ingroup',
    '--gecos',
  ]);
  const who = ops[ops.length - 1] ?? '';
  const alpine = sh.env.fs.has('/sbin/apk');
  if (isGroup && !(name === 'addgroup' && ops.length >= 2 && !alpine)) {
    sh.grow('/etc/group', 20 + who.length);
    if (sh.env.fs.has('/etc/gshadow')) sh.grow('/etc/gshadow', 10 + who.length);
    return;
  }
  if (name === 'addgroup' && ops.length >= 2) {
    sh.grow('/etc/group', who.length + 1);
    return;
  }
  sh.grow('/etc/passwd', 40 + who.length * 2);
  if (sh.env.fs.has('/etc/shadow') || !alpine) sh.grow('/etc/shadow', 30 + who.length);
  if (name === 'useradd' && !args.some((a) => a === '-m' || a === '--create-home')) return;
  if (args.some((a) => a === '-H' || a === '--no-create-home' || a === '-M')) return;
  if (name === 'adduser' && args.some((a) => a === '--system') && !args.some((a) => a === '--home')) return;
  const hi = args.findIndex((a) => a === '-h' || a === '-d' || a === '--home' || a === '--home-dir');
  const home = hi >= 0 ? (args[hi + 1] ?? `/home/${who}`) : `/home/${who}`;
  sh.mkdir(sh.abs(home));
}
