// Package managers of the RUN interpreter: apt-get / apt and apk. Sizes come from packages.ts (estimates).

import { APK_INDEXES, APT_LISTS, apkPackage, aptPackage } from './packages.ts';
import { fmtMB } from './run-context.ts';
import type { ShellContext } from './run-context.ts';

const KB = 1_000;

/** apt-get / apt: update writes the lists, install adds packages and rewrites dpkg's records. */
export function aptGet(sh: ShellContext, tool: string, args: string[]): void {
  if (!sh.unsure && !sh.env.fs.has('/usr/bin/apt-get')) return;
  const ops = sh.operandsSkipping(args, ['-o', '-t', '--target-release']);
  const sub = ops[0] ?? '';
  const pkgs = ops
    .slice(1)
    .map((p) => p.replace(/[=:].*$/, ''))
    .filter((p) => p !== '');
  const noRecommends = args.includes('--no-install-recommends');
  if (tool === 'apt')
    sh.note('apt is meant for people; scripts should use apt-get (its output and options are stable).');
  switch (sub) {
    case 'update':
      for (const [p, b] of APT_LISTS) sh.write(p, b);
      sh.env.facts.aptUpdate = true;
      sh.note('apt-get update: package lists in /var/lib/apt/lists (≈19 MB, estimate).');
      return;
    case 'install':
    case 'reinstall': {
      const listed = APT_LISTS.some(([p]) => sh.env.fs.has(p));
      if (!listed && !sh.unsure && pkgs.length) {
        sh.fail(
          'apt-get install would fail ("Unable to locate package"): Debian images ship without package lists; run apt-get update first, in the same RUN.',
        );
        return;
      }
      sh.env.facts.aptInstall = true;
      let total = 0;
      for (const pkg of pkgs) {
        if (sh.env.installed.has(pkg)) {
          sh.note(`${pkg} is already installed in the base image: apt-get only updates its records.`);
          continue;
        }
        const { info, known } = aptPackage(pkg);
        const bytes = Math.round(info.bytes * (noRecommends ? 1 : 1.4));
        total += bytes;
        const binBytes = Math.min(info.bins ? 200 * KB : 0, bytes);
        for (const b of info.bins ?? []) sh.write(`/usr/bin/${b}`, Math.round(binBytes / (info.bins?.length ?? 1)));
        sh.write(`/usr/lib/${pkg}/…`, bytes - binBytes, { count: info.files });
        sh.write(`/var/lib/dpkg/info/${pkg}.list`, Math.max(200, info.files * 40));
        sh.write(`/var/lib/dpkg/info/${pkg}.md5sums`, Math.max(100, info.files * 50));
        sh.env.installed.add(pkg);
        for (const b of info.bins ?? []) sh.env.installed.add(b);
        if (!known) sh.note(`${pkg}: not in the simulator's package table; assumed ${fmtMB(bytes)}.`);
      }
      if (total > 0) {
        sh.grow('/var/lib/dpkg/status', 1_500 * pkgs.length);
        const st = sh.env.fs.get('/var/lib/dpkg/status');
        sh.write('/var/lib/dpkg/status-old', st?.size ?? null);
        sh.grow('/var/log/dpkg.log', 2_500 * pkgs.length);
        sh.grow('/var/log/apt/history.log', 300);
        sh.grow('/var/log/apt/term.log', 1_000 * pkgs.length);
        if (sh.env.fs.has('/var/cache/debconf/templates.dat'))
          sh.grow('/var/cache/debconf/templates.dat', 4 * KB * pkgs.length);
        sh.note(
          `apt-get install ${pkgs.join(' ')}: ≈${fmtMB(total)} (estimated installed size${noRecommends ? '' : ', ×1.4 for recommended packages'}), plus dpkg's records.`,
        );
      }
      if (!noRecommends && pkgs.length)
        sh.note('Without --no-install-recommends apt also installs "recommended" packages.');
      return;
    }
    case 'remove':
    case 'purge':
    case 'autoremove': {
      for (const pkg of pkgs) {
        sh.remove(`/usr/lib/${pkg}`);
        sh.remove(`/var/lib/dpkg/info/${pkg}.list`);
        sh.remove(`/var/lib/dpkg/info/${pkg}.md5sums`);
        const { info } = aptPackage(pkg);
        for (const b of info.bins ?? []) sh.remove(`/usr/bin/${b}`);
        sh.env.installed.delete(pkg);
      }
      if (pkgs.length) sh.grow('/var/lib/dpkg/status', 0);
      return;
    }
    case 'clean':
      for (const p of sh.env.fs.glob('/var/cache/apt/archives/*.deb')) sh.remove(p);
      return;
    case 'upgrade':
    case 'dist-upgrade':
    case 'full-upgrade':
      sh.unknown(`apt-get ${sub}: which packages have updates is unknown; the layer holds every upgraded file.`);
      return;
    default:
      return;
  }
}

/** apk: add (with --virtual groups), del, update; without --no-cache the index stays in /var/cache/apk. */
export function apk(sh: ShellContext, args: string[]): void {
  if (!sh.unsure && !sh.env.fs.has('/sbin/apk')) return;
  const ops = sh.operandsSkipping(args, [
    '-t',
    '--virtual',
    '-X',
    '--repository',
    '--repositories-file',
    '-p',
    '--root',
  ]);
  const sub = ops[0] ?? '';
  const pkgs = ops
    .slice(1)
    .map((p) => p.replace(/[=<>~].*$/, ''))
    .filter((p) => p !== '');
  const noCache = args.includes('--no-cache');
  const vi = args.findIndex((a) => a === '-t' || a === '--virtual');
  const virtual = vi >= 0 ? args[vi + 1] : undefined;
  const cacheIndexes = (): void => {
    if (noCache) return;
    for (const [p, b] of APK_INDEXES) if (!sh.env.fs.has(p)) sh.write(p, b);
    sh.env.facts.apkWithoutNoCache = true;
  };
  switch (sub) {
    case 'update':
      if (!noCache) cacheIndexes();
      return;
    case 'add': {
      if (args.includes('-U') || args.includes('--update') || args.includes('--update-cache')) cacheIndexes();
      cacheIndexes();
      let total = 0;
      for (const pkg of pkgs) {
        if (sh.env.installed.has(pkg)) continue;
        const { info, known } = apkPackage(pkg);
        total += info.bytes;
        const binBytes = Math.min(info.bins ? 150 * KB : 0, info.bytes);
        for (const b of info.bins ?? []) sh.write(`/usr/bin/${b}`, Math.round(binBytes / (info.bins?.length ?? 1)));
        sh.write(`/usr/lib/${pkg}/…`, info.bytes - binBytes, { count: info.files });
        sh.env.installed.add(pkg);
        for (const b of info.bins ?? []) sh.env.installed.add(b);
        if (!known) sh.note(`${pkg}: not in the simulator's package table; assumed ${fmtMB(info.bytes)}.`);
      }
      if (virtual) sh.env.virtualGroups.set(virtual, pkgs);
      if (pkgs.length) {
        sh.grow('/lib/apk/db/installed', 2_000 * pkgs.length);
        sh.grow('/lib/apk/db/scripts.tar', 500 * pkgs.length);
        sh.grow('/etc/apk/world', (virtual ?? pkgs.join(' ')).length + 1);
        sh.note(`apk add ${pkgs.join(' ')}: ≈${fmtMB(total)} (estimated installed size).`);
      }
      return;
    }
    case 'del': {
      for (const p of pkgs) {
        const members = sh.env.virtualGroups.get(p) ?? [p];
        for (const m of members) {
          sh.remove(`/usr/lib/${m}`);
          const { info } = apkPackage(m);
          for (const b of info.bins ?? []) sh.remove(`/usr/bin/${b}`);
          sh.env.installed.delete(m);
        }
        sh.env.virtualGroups.delete(p);
      }
      if (pkgs.length) sh.grow('/lib/apk/db/installed', 0);
      return;
    }
    case 'upgrade':
      sh.unknown('apk upgrade: which packages have updates is unknown.');
      return;
    default:
      return;
  }
}
