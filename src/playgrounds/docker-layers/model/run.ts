// A small interpreter for RUN commands. It does not run anything: it decides, for the commands it knows, which
// files the layer adds, changes and deletes, and with which (estimated) sizes. Anything it does not know makes
// the layer's content "unknown" and says so in the layer's notes — it never guesses silently.
//
// Known: apt-get/apt (update, install, remove/purge, clean), apk (add, del, update), go (build, mod download,
// test, vet, install), npm (ci, install, prune, cache clean), rm, mkdir, touch, cp, mv, ln, chmod, chown,
// echo/printf/cat with > or >>, tee, curl/wget downloads, useradd/adduser/groupadd/addgroup, cd, export,
// sh -c / bash -c, `&&` `||` `;` `|` chains and heredocs. Shell control flow (if/case/for/while) is skipped
// and marks the layer unknown.

import { baseName } from './fs.ts';
import { expandDollar, lexWords, utf8Length } from './lex.ts';
import { addSize, fmtMB, ShellContext } from './run-context.ts';
import type { RunEnv } from './run-context.ts';
import { copyMove, download, git, users } from './run-files.ts';
import { apk, aptGet } from './run-packages.ts';
import { go, npm } from './run-toolchains.ts';
import { commandsOf, tokenizeShell } from './shell.ts';
import type { Redirect, SimpleCommand } from './shell.ts';

export { newFacts } from './run-context.ts';
export type { Mount, RunEnv, RunFacts } from './run-context.ts';

const KB = 1_000;

const NOOPS = new Set([
  ':',
  'true',
  'false',
  'set',
  'shopt',
  'trap',
  'umask',
  'wait',
  'ulimit',
  'ls',
  'pwd',
  'id',
  'whoami',
  'uname',
  'env',
  'printenv',
  'date',
  'sleep',
  'grep',
  'egrep',
  'fgrep',
  'sort',
  'uniq',
  'head',
  'tail',
  'wc',
  'tr',
  'cut',
  'du',
  'df',
  'stat',
  'file',
  'readlink',
  'realpath',
  'dirname',
  'basename',
  'test',
  '[',
  '[[',
  'which',
  'command',
  'type',
  'nproc',
  'sha256sum',
  'sha512sum',
  'sha1sum',
  'md5sum',
  'gpgconf',
  'getent',
  'dpkg-query',
  'apt-cache',
  'apt-mark',
  'hash',
  'cmp',
  'diff',
  'tput',
  'locale',
  'arch',
  'free',
  'ps',
  'hostname',
  'seq',
  'yes',
  'expr',
  'mktemp',
  'scanelf',
  'nslookup',
  'ping',
  'find',
]);

const CONTROL_OPEN = new Set(['if', 'case', 'for', 'while', 'until', 'select', '{']);
const CONTROL_CLOSE = new Set(['fi', 'esac', 'done', '}']);

interface Expanded {
  values: string[];
  unknown: boolean;
}

class Interpreter extends ShellContext {
  private expandWords(raws: string[], vars: (n: string) => string | undefined): Expanded {
    const values: string[] = [];
    let unknown = false;
    for (const raw of raws) {
      const r = lexWords(raw, vars, '\\', true);
      const w = r.words[0];
      if (!w) {
        if (/^(""|'')$/.test(raw)) values.push('');
        continue;
      }
      if (w.unknown) unknown = true;
      if (w.glob && !w.quoted) {
        const pattern = this.abs(w.value);
        const matches = this.env.fs.glob(pattern);
        if (matches.length) {
          values.push(...matches);
          continue;
        }
      }
      values.push(w.value);
    }
    return { values, unknown };
  }

  private heredocText(r: Redirect): string {
    const body = r.body ?? '';
    if (r.quoted) return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
      if (body[i] === '$') {
        const d = expandDollar(body, i, this.lookup, '\\');
        out += d.text;
        i = d.end - 1;
      } else out += body[i];
    }
    return out;
  }

  run(script: string, depth = 0): void {
    const cmds = commandsOf(tokenizeShell(script));
    let controlDepth = 0;
    let caseDepth = 0;
    let skipOr = false;
    const saved: { cwd: string; vars: Map<string, string> }[] = [];
    let fnHeader = false;
    for (let k = 0; k < cmds.length && !this.env.failed; k++) {
      let cmd = cmds[k];
      if (!cmd) continue;
      // `{ a; b; }` groups: the first command carries the `{` as a word.
      if (controlDepth === 0 && cmd.words[0] === '{' && cmd.words.length > 1)
        cmd = { ...cmd, words: cmd.words.slice(1) };
      const first = cmd.words[0] ?? '';
      const startsPipeline = cmd.connector !== '|';
      if (controlDepth > 0) {
        if (startsPipeline) {
          if (fnHeader && first === '{') {
            fnHeader = false;
            continue;
          }
          fnHeader = false;
          if (first === 'case') {
            caseDepth++;
            controlDepth++;
          } else if (first === 'esac') {
            caseDepth = Math.max(0, caseDepth - 1);
            controlDepth--;
          } else if (first === '(' || first === ')') {
            if (caseDepth === 0) controlDepth += first === '(' ? 1 : -1;
          } else if (CONTROL_OPEN.has(first)) controlDepth++;
          else if (CONTROL_CLOSE.has(first)) controlDepth--;
        }
        continue;
      }
      if (startsPipeline && (first === '(' || first === ')' || first === '{' || first === '}')) {
        if (fnHeader && first === '{') {
          fnHeader = false;
          continue;
        }
        // Subshells keep their own cwd and variables; { …; } groups share the shell's.
        if (first === '(') saved.push({ cwd: this.env.cwd, vars: new Map(this.env.vars) });
        if (first === ')') {
          const s = saved.pop();
          if (s) {
            this.env.cwd = s.cwd;
            this.env.vars = s.vars;
          }
        }
        continue;
      }
      if (
        startsPipeline &&
        (CONTROL_OPEN.has(first) || /^[A-Za-z_][A-Za-z0-9_]*\(\)$/.test(first) || first === 'function')
      ) {
        controlDepth = 1;
        caseDepth = first === 'case' ? 1 : 0;
        fnHeader = first === 'function' || first.endsWith('()');
        this.unknown(`Shell control flow (${first} …) is not simulated: what its branches write is unknown.`);
        continue;
      }
      if (startsPipeline) {
        // `a || b`: the model assumes `a` succeeded, so `b` does not run.
        skipOr = cmd.connector === '||';
      }
      if (skipOr) continue;
      // Collect the pipeline.
      const pipeline: SimpleCommand[] = [cmd];
      while (cmds[k + 1]?.connector === '|') {
        const next = cmds[k + 1];
        if (next) pipeline.push(next);
        k++;
      }
      let stdin: number | null | undefined = undefined;
      for (const c of pipeline) {
        stdin = this.command(c, stdin, depth);
        if (this.env.failed) return;
      }
      if ((first === 'exit' || first === 'return') && pipeline.length === 1) {
        // The model follows the successful path of the build: `exit 1` is an error branch that a working build
        // never reaches, so only `exit` / `exit 0` end the script.
        const code = cmd.words[1] ?? '0';
        if (code === '0' || code === '') return;
      }
    }
  }

  /** Run one simple command. Returns the size of what it prints (null = unknown, undefined = nothing). */
  private command(cmd: SimpleCommand, stdin: number | null | undefined, depth: number): number | null | undefined {
    // Prefix assignments: NAME=value cmd …
    const temp = new Map<string, string>();
    let idx = 0;
    while (idx < cmd.words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(cmd.words[idx] ?? '')) {
      const raw = cmd.words[idx] ?? '';
      const eq = raw.indexOf('=');
      const value = lexWords(raw.slice(eq + 1), this.lookup, '\\', true).words[0]?.value ?? '';
      temp.set(raw.slice(0, eq), value);
      idx++;
    }
    const vars = (n: string): string | undefined => temp.get(n) ?? this.env.vars.get(n);
    if (idx === cmd.words.length) {
      for (const [k, v] of temp) this.env.vars.set(k, v);
      if (!cmd.redirects.length) return undefined;
    }
    const { values, unknown } = this.expandWords(cmd.words.slice(idx), vars);
    // stdin from a heredoc or a file
    for (const r of cmd.redirects) {
      if (r.op === '<<' || r.op === '<<-') stdin = utf8Length(this.heredocText(r));
      else if (r.op === '<<<') stdin = utf8Length(r.target) + 1;
      else if (r.op === '<') stdin = this.sizeOf(this.abs(r.target));
    }
    const name = baseName(values[0] ?? '');
    const args = values.slice(1);
    let out: number | null | undefined =
      name === '' ? (stdin ?? undefined) : this.dispatch(name, args, unknown, stdin, temp, depth, cmd);
    if (this.env.failed) return undefined;
    // Output redirections.
    for (const r of cmd.redirects) {
      if (r.op !== '>' && r.op !== '>>' && r.op !== '&>' && r.op !== '&>>' && r.op !== '>|') continue;
      if (r.fd !== null && r.fd !== 1) continue;
      const target = lexWords(r.target, vars, '\\', true).words[0]?.value ?? '';
      if (target === '' || target.startsWith('/dev/') || /^&?\d$/.test(target)) continue;
      const path = this.abs(target);
      const size = out === undefined ? 0 : out;
      if (r.op.endsWith('>>')) {
        const n = this.env.fs.get(path);
        if (n && !n.isDir) this.rewrite(path, addSize(n.size, size));
        else this.write(path, size);
      } else this.write(path, size);
      out = undefined;
    }
    return out;
  }

  private dispatch(
    name: string,
    args: string[],
    unknownArgs: boolean,
    stdin: number | null | undefined,
    temp: Map<string, string>,
    depth: number,
    cmd: SimpleCommand,
  ): number | null | undefined {
    if (!this.hasTool(name)) {
      const hint =
        (name === 'apt-get' || name === 'apt') && this.env.fs.has('/sbin/apk')
          ? ' This is an Alpine-based image: use apk add.'
          : name === 'apk' && this.env.fs.has('/usr/bin/apt-get')
            ? ' This is a Debian-based image: use apt-get.'
            : ' Install it first (or use an image that has it).';
      this.fail(`\`${name}\` is not installed in this image: this RUN would fail with "${name}: not found".${hint}`);
      return undefined;
    }
    const opts = args.filter((a) => a.startsWith('-'));
    const operands = args.filter((a) => !a.startsWith('-'));
    switch (name) {
      case 'echo': {
        let noNewline = false;
        let i = 0;
        while (i < args.length && /^-[neE]+$/.test(args[i] ?? '')) {
          if ((args[i] ?? '').includes('n')) noNewline = true;
          i++;
        }
        return utf8Length(args.slice(i).join(' ')) + (noNewline ? 0 : 1);
      }
      case 'printf': {
        const fmt = args[0] ?? '';
        let rest = args.slice(1);
        const text = fmt
          .replace(/\\n/g, '\n')
          .replace(/\\t/g, '\t')
          .replace(/%[-0-9.]*[sdfx]/g, () => {
            const v = rest[0] ?? '';
            rest = rest.slice(1);
            return v;
          });
        return utf8Length(text);
      }
      case 'cat': {
        if (!operands.length || operands.every((o) => o === '-')) return stdin === undefined ? 0 : stdin;
        let total: number | null = 0;
        for (const o of operands) total = addSize(total, o === '-' ? (stdin ?? 0) : this.sizeOf(this.abs(o)));
        return total;
      }
      case 'tee': {
        for (const o of operands) this.write(this.abs(o), stdin === undefined ? 0 : stdin);
        return stdin;
      }
      case 'cd': {
        this.env.cwd = operands[0] ? this.abs(operands[0]) : this.home();
        return undefined;
      }
      case 'export':
      case 'readonly':
      case 'declare':
      case 'local': {
        for (const a of operands) {
          const eq = a.indexOf('=');
          if (eq > 0) this.env.vars.set(a.slice(0, eq), a.slice(eq + 1));
        }
        return undefined;
      }
      case 'unset':
        for (const a of operands) this.env.vars.delete(a);
        return undefined;
      case 'exit':
      case 'return':
        return undefined;
      case 'mkdir': {
        if (unknownArgs) return this.unknownPaths('mkdir');
        for (const o of this.operandsSkipping(args, ['-m', '--mode'])) this.mkdir(this.abs(o));
        return undefined;
      }
      case 'touch': {
        if (unknownArgs) return this.unknownPaths('touch');
        for (const o of this.operandsSkipping(args, ['-d', '-t', '-r'])) {
          const p = this.abs(o);
          const n = this.env.fs.get(p);
          if (n && !n.isDir) {
            this.rewrite(p);
            if ((n.size ?? 0) > 0)
              this.note(
                `touch ${p}: changing only the timestamp still copies the whole file (${fmtMB(n.size ?? 0)}) into this layer.`,
              );
          } else if (!n) this.write(p, 0);
        }
        return undefined;
      }
      case 'rm': {
        if (unknownArgs) return this.unknownPaths('rm');
        for (const o of operands) {
          const p = this.abs(o);
          if (p === '/') continue;
          this.remove(p);
        }
        return undefined;
      }
      case 'rmdir': {
        for (const o of operands) {
          const p = this.abs(o);
          if (this.env.fs.isDir(p) && this.env.fs.children(p).length === 0) this.remove(p);
        }
        return undefined;
      }
      case 'cp':
      case 'mv':
      case 'install':
        return copyMove(this, name, args, unknownArgs);
      case 'ln': {
        const ops = operands;
        if (ops.length >= 2) {
          const target = ops[ops.length - 1] ?? '';
          const p = this.abs(target);
          if (this.env.fs.isDir(p)) for (const s of ops.slice(0, -1)) this.write(`${p}/${baseName(s)}`, 0);
          else this.write(p, 0);
        } else if (ops.length === 1) this.write(this.abs(baseName(ops[0] ?? '')), 0);
        return undefined;
      }
      case 'chmod':
      case 'chown':
      case 'chgrp': {
        if (unknownArgs) return this.unknownPaths(name);
        const recursive = opts.some((o) => /^-[a-zA-Z]*R/.test(o) || o === '--recursive');
        const paths = operands.slice(1);
        let copied = 0;
        for (const o of paths) {
          const p = this.abs(o);
          const n = this.env.fs.get(p);
          if (!n) continue;
          const files = n.isDir ? (recursive ? this.env.fs.descendants(p) : []) : [p];
          for (const f of files) {
            const fn = this.env.fs.get(f);
            if (!fn || fn.isDir) continue;
            copied += fn.size ?? 0;
            this.rewrite(f);
          }
        }
        if (copied > 0)
          this.note(
            `${name} changes metadata only, but the layer must store a full copy of every file it touches (${fmtMB(copied)}). Prefer COPY --chown / --chmod.`,
          );
        return undefined;
      }
      case 'sed': {
        if (opts.some((o) => /^-[a-zA-Z]*i/.test(o) || o.startsWith('--in-place'))) {
          const files = operands.slice(1);
          for (const f of files) {
            const p = this.abs(f);
            if (this.env.fs.get(p)) this.rewrite(p);
          }
          return undefined;
        }
        return null;
      }
      case 'awk':
        return null;
      case 'apt-get':
      case 'apt':
        aptGet(this, name, args);
        return undefined;
      case 'apk':
        apk(this, args);
        return undefined;
      case 'go':
        go(this, args, temp);
        return undefined;
      case 'npm':
        npm(this, args, temp);
        return undefined;
      case 'curl':
      case 'wget':
        return download(this, name, args);
      case 'useradd':
      case 'adduser':
      case 'groupadd':
      case 'addgroup':
        users(this, name, args);
        return undefined;
      case 'update-ca-certificates':
        if (this.env.fs.has('/etc/ssl/certs/ca-certificates.crt')) this.rewrite('/etc/ssl/certs/ca-certificates.crt');
        return undefined;
      case 'ldconfig':
        this.write('/etc/ld.so.cache', 20 * KB);
        return undefined;
      case 'gpg':
        return undefined;
      case 'sh':
      case 'bash':
      case 'ash':
      case 'dash': {
        const c = args.indexOf('-c');
        if (c >= 0 && args[c + 1] !== undefined && depth < 4) {
          this.run(args[c + 1] ?? '', depth + 1);
          return undefined;
        }
        const here = cmd.redirects.find((r) => r.op === '<<' || r.op === '<<-');
        if (here && !operands.length && depth < 4) {
          this.run(this.heredocText(here), depth + 1);
          return undefined;
        }
        if (!operands.length && stdin !== undefined) {
          this.unknown(`${name} reads a script from a pipe: what that script writes is unknown.`);
          return null;
        }
        this.unknown(
          `${name} ${operands[0] ?? ''}: running a script file is not simulated; what it writes is unknown.`,
        );
        return null;
      }
      case 'tar':
      case 'unzip':
      case 'gunzip':
      case 'xz':
        if (name === 'tar' && !args.some((a) => /^-?[a-zA-Z]*x/.test(a) || a === '--extract')) return null;
        this.unknown(`${name}: extracting an archive is not simulated; the files it creates are unknown.`);
        return null;
      case 'git':
        return git(this, args);
      case 'node':
        if (args.length === 1 && /^(-v|--version)$/.test(args[0] ?? '')) return 10;
        this.unknown(`node ${args.join(' ')}: running a Node.js script is not simulated; what it writes is unknown.`);
        return null;
      case 'dpkg':
        if (args.some((a) => a === '-i' || a === '--install')) {
          this.unknown('dpkg -i: installing a local .deb is not simulated; the files it adds are unknown.');
          return null;
        }
        return 6;
      default:
        if (NOOPS.has(name)) {
          if (name === 'find' && args.some((a) => a === '-delete' || a === '-exec' || a === '-execdir')) {
            this.unknown('find -delete / -exec: which files it touches is not simulated.');
            return null;
          }
          return null;
        }
        this.unknown(
          `\`${[name, ...args].join(' ').slice(0, 80)}\`: this command is not simulated — the layer holds whatever it writes, and that is unknown.`,
        );
        return null;
    }
  }
}

/** Interpret a RUN script, mutating `env.fs`. Records problems, notes and facts in `env`. */
export function interpretRun(script: string, env: RunEnv): void {
  new Interpreter(env).run(script);
}
