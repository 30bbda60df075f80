// RUN steps: mounts, the interpreter, the cache key and the RUN hints.

import type { Builder } from './build.ts';
import { VirtualFs, baseName, normalizePath } from './fs.ts';
import type { Heredoc, ParsedInstruction } from './parse.ts';
import { interpretRun, newFacts } from './run.ts';
import type { Mount, RunFacts } from './run.ts';
import { shellQuote } from './state.ts';
import type { StageState, StepInternal } from './state.ts';

/** RUN --mount flags: cache mounts persist per id, bind mounts read from the context or another stage. */
export function parseMounts(b: Builder, st: StageState, ins: ParsedInstruction): Mount[] {
  const mounts: Mount[] = [];
  for (const f of ins.flags) {
    if (f.name !== 'mount' || f.value === null) continue;
    const kv = new Map<string, string>();
    for (const part of f.value.split(',')) {
      const eq = part.indexOf('=');
      if (eq < 0) kv.set(part.trim(), 'true');
      else kv.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
    const type = (kv.get('type') ?? 'bind') as Mount['type'];
    const targetRaw =
      kv.get('target') ??
      kv.get('dst') ??
      kv.get('destination') ??
      (type === 'secret' ? `/run/secrets/${kv.get('id') ?? 'secret'}` : '');
    if (!targetRaw) {
      if (type !== 'ssh') b.problem(ins.line, 'error', `RUN --mount=${f.value}: a target is required.`);
      continue;
    }
    const target = normalizePath(targetRaw, st.config.workdir);
    const m: Mount = { type: ['cache', 'bind', 'tmpfs', 'secret', 'ssh'].includes(type) ? type : 'bind', target };
    if (m.type === 'cache') {
      // Cache mounts persist between RUNs (and builds), shared by id (default: the target path).
      const id = kv.get('id') ?? target;
      let fs = b.cacheMounts.get(id);
      if (!fs) b.cacheMounts.set(id, (fs = new VirtualFs()));
      m.source = { fs, root: '/' };
    }
    if (m.type === 'bind') {
      const from = kv.get('from');
      const source = kv.get('source') ?? kv.get('src') ?? '/';
      if (from !== undefined) {
        const idx = b.resolveStageRef(from, st.stage.index);
        if (idx !== null) {
          const src = b.ctx.stages[idx];
          if (src) {
            m.source = { fs: src.fs, root: normalizePath(source) };
            st.deps.add(idx);
          }
        }
      } else if (b.ctx.context) m.source = { fs: b.ctx.context.fs, root: normalizePath(source) };
    }
    mounts.push(m);
  }
  return mounts;
}

/** RUN: interpret the command (shell form, exec form or heredoc), record the layer, the cache key and hints. */
export function runStep(b: Builder, st: StageState, ins: ParsedInstruction, step: StepInternal): void {
  const mounts = parseMounts(b, st, ins);
  const notes: string[] = [];
  let script: string;
  if (ins.json) {
    script = ins.json.map(shellQuote).join(' ');
  } else if (ins.heredocs.length === 1 && /^\d*<<-?\S+$/.test(ins.rest.trim())) {
    const h = ins.heredocs[0] as Heredoc;
    script = h.content;
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(script);
    if (shebang) {
      const interp = baseName(shebang[1] === '/usr/bin/env' ? (shebang[2] ?? '') : (shebang[1] ?? ''));
      if (!['sh', 'bash', 'ash', 'dash'].includes(interp))
        script = `${interp} <<'__HEREDOC__'\n${h.content}__HEREDOC__\n`;
    }
  } else {
    script = ins.rest;
    for (const h of ins.heredocs) script += `\n${h.content}${h.name}`;
    if (ins.heredocs.length) script += '\n';
  }
  st.fs.beginStep();
  const facts = newFacts();
  if (!ins.rest && !ins.heredocs.length) {
    b.problem(ins.line, 'error', 'RUN needs a command.');
  } else if (st.noShell && !ins.json) {
    b.problem(
      ins.line,
      'error',
      `RUN in shell form needs /bin/sh, and ${st.rootImage?.name ?? 'this image'} has no shell: the build fails here.`,
    );
    notes.push('This RUN cannot run: the image has no /bin/sh.');
  } else {
    const vars = new Map<string, string>();
    for (const [k, v] of st.args) if (v !== undefined) vars.set(k, v);
    for (const [k, v] of st.env) vars.set(k, v);
    const env = {
      fs: st.fs,
      vars,
      cwd: st.config.workdir,
      user: st.config.user,
      installed: st.installed,
      virtualGroups: st.virtualGroups,
      mounts,
      line: ins.line,
      problems: b.ctx.problems,
      notes,
      unknown: false,
      uncertain: st.layers.some((l) => l.unknownContent),
      failed: false,
      facts,
    };
    interpretRun(script, env);
    step.facts = facts;
    b.pushLayer(st, step, env.unknown, notes);
    runHints(b, st, ins, step, facts);
    // Cache key: the command, the ARG values in scope (every RUN sees them as environment variables),
    // heredoc bodies, and what bind mounts read.
    const argPart = [...st.args.entries()].map(([k, v]) => `${k}=${v ?? ''}`).join('\u0000');
    const bind = mounts
      .filter((m) => m.type === 'bind' && m.source && m.source.fs === b.ctx.context?.fs)
      .map((m) => b.contextChecksum(m.source?.root ?? '/'))
      .join('|');
    step.keyText = `RUN ${ins.flags.map((f) => `--${f.name}=${f.value ?? ''}`).join(' ')} ${ins.rest}\u0000${ins.heredocs.map((h) => h.content).join('\u0000')}\u0000${argPart}\u0000${bind}`;
    step.keyFrom = mounts
      .flatMap((m) =>
        m.type === 'bind' && m.source && m.source.fs !== b.ctx.context?.fs
          ? b.ctx.stages.findIndex((s) => s.fs === m.source?.fs)
          : -1,
      )
      .filter((i) => i >= 0);
    return;
  }
  b.pushLayer(st, step, true, notes);
}

/** Hints about one RUN: apt-get update alone, apt lists left behind, apk cache, dependencies after COPY . . */
export function runHints(
  b: Builder,
  st: StageState,
  ins: ParsedInstruction,
  step: StepInternal,
  facts: RunFacts,
): void {
  const layer = st.layers[step.layerIndex ?? -1];
  if (facts.aptUpdate && !facts.aptInstall)
    b.problem(
      ins.line,
      'hint',
      'apt-get update in its own RUN: this layer gets cached, so a later "apt-get install" may use stale package lists. Put apt-get update && apt-get install in the same RUN.',
    );
  if (facts.aptInstall && layer?.changes.some((c) => c.path.startsWith('/var/lib/apt/lists/') && c.kind !== 'deleted'))
    b.problem(
      ins.line,
      'hint',
      'The apt package lists (≈19 MB) stay in this layer: end the RUN with && rm -rf /var/lib/apt/lists/*.',
    );
  if (facts.apkWithoutNoCache)
    b.problem(ins.line, 'hint', 'apk without --no-cache keeps its index in /var/cache/apk: use apk add --no-cache.');
  if (facts.depsDownloaded) {
    const whole = st.steps.find((s) => s.wholeContext);
    if (whole)
      b.problem(
        ins.line,
        'hint',
        `Dependencies are downloaded after COPY of the whole context (line ${whole.line}): any source change invalidates this step and downloads them again. Copy only go.mod/go.sum (or package*.json) first, download, then copy the rest.`,
      );
  }
}
