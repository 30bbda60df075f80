// The build, simulated: stages, one layer per RUN / COPY / ADD (and WORKDIR when it creates a directory),
// metadata-only steps as 0 B history entries, base images from the catalogue, COPY/ADD from a virtual build
// context, RUN through a small interpreter, multi-stage graph, build cache and hints.

import type { Instruction } from 'dockerfile-ast';
import { DEFAULT_DOCKERIGNORE, buildContext, cleanContextPath, parseDockerignore } from './context.ts';
import type { BuildContext } from './context.ts';
import { layerBytes, normalizePath } from './fs.ts';
import type { VirtualFs } from './fs.ts';
import { expandString, hashString, lexWords } from './lex.ts';
import type { ParsedInstruction, ParseResult } from './parse.ts';
import { KNOWN_INSTRUCTIONS, PLATFORM_ARGS, PREDEFINED, SECRET_NAME, editDistance } from './state.ts';
import type { Ctx, StageState, StepInternal } from './state.ts';
import { startStage } from './stage-from.ts';
import { copyStep } from './step-copy.ts';
import { runStep } from './step-run.ts';
import type { LayerInfo, Problem, SimulateOptions } from './types.ts';

/**
 * Builds the stages of one Dockerfile in order. FROM lives in stage-from.ts, RUN in step-run.ts and COPY/ADD in
 * step-copy.ts; the metadata instructions are handled here.
 */
export class Builder {
  ctx: Ctx;
  parsed: ParseResult;
  cacheMounts = new Map<string, VirtualFs>();

  constructor(parsed: ParseResult, opts: SimulateOptions) {
    this.parsed = parsed;
    let context: BuildContext | null = null;
    const hasDockerignore = opts.context
      ? Object.keys(opts.context).some((k) => cleanContextPath(k) === '.dockerignore')
      : false;
    if (opts.context) {
      const text = opts.dockerignore ?? (hasDockerignore ? DEFAULT_DOCKERIGNORE : '');
      context = buildContext(opts.context, parseDockerignore(text), opts.changedFiles ?? []);
    }
    this.ctx = {
      opts,
      escape: parsed.escape,
      problems: [...parsed.problems],
      context,
      globalArgs: new Map(),
      consumed: new Set(),
      stages: [],
      hasDockerignore: hasDockerignore || opts.dockerignore !== undefined,
    };
  }

  problem(line: number, severity: Problem['severity'], message: string): void {
    this.ctx.problems.push({ line, severity, message });
  }

  buildArg(name: string): string | undefined {
    const b = this.ctx.opts.buildArgs;
    return b && Object.prototype.hasOwnProperty.call(b, name) ? b[name] : undefined;
  }

  // --- top level -------------------------------------------------------------------------------

  run(): { states: StageState[]; problems: Problem[] } {
    let current: StageState | null = null;
    for (const ins of this.parsed.instructions) {
      const kw = ins.keyword;
      if (!KNOWN_INSTRUCTIONS.includes(kw)) {
        const close = KNOWN_INSTRUCTIONS.filter((k) => editDistance(k, kw) <= 2);
        this.problem(
          ins.line,
          'error',
          `Unknown instruction: ${kw}${close.length ? ` (did you mean ${close.join(' or ')}?)` : ''}.`,
        );
        continue;
      }
      if (kw === 'FROM') {
        current = startStage(this, ins);
        continue;
      }
      if (!current) {
        if (kw === 'ARG') this.globalArg(ins);
        else
          this.problem(
            ins.line,
            'error',
            `${kw} before the first FROM: only ARG may come before FROM ("no build stage in current context").`,
          );
        continue;
      }
      this.step(current, ins);
    }
    if (!this.parsed.instructions.some((i) => i.keyword === 'FROM')) {
      const first = this.parsed.instructions[0];
      this.problem(
        first?.line ?? 1,
        'error',
        this.parsed.instructions.length === 0
          ? 'The Dockerfile has no instructions: it needs at least a FROM.'
          : 'No FROM instruction: every build stage starts with FROM (only ARG may come before it).',
      );
    }
    return { states: this.ctx.stages, problems: this.ctx.problems };
  }

  get context(): Ctx {
    return this.ctx;
  }

  globalArg(ins: ParsedInstruction): void {
    const props = this.argProps(ins);
    if (!props.length) {
      this.problem(ins.line, 'error', 'ARG needs a name: ARG NAME or ARG NAME=default.');
      return;
    }
    for (const { name, raw } of props) {
      const lookup = (n: string): string | undefined => this.ctx.globalArgs.get(n) ?? PLATFORM_ARGS[n];
      const def = raw === null ? undefined : this.expand(ins.line, raw, lookup);
      const b = this.buildArg(name);
      this.ctx.globalArgs.set(name, b ?? def);
      this.ctx.consumed.add(name);
      this.secretCheck(ins.line, 'ARG', name);
    }
  }

  argProps(ins: ParsedInstruction): { name: string; raw: string | null }[] {
    const node = ins.node as
      (Instruction & { getProperties?: () => { getName(): string; getUnescapedValue(): string | null }[] }) | null;
    const out: { name: string; raw: string | null }[] = [];
    if (node && typeof node.getProperties === 'function' && ins.heredocs.length === 0) {
      for (const p of node.getProperties()) {
        const name = p.getName();
        if (name) out.push({ name, raw: p.getUnescapedValue() });
      }
      if (out.length) return out;
    }
    // Fallback: NAME[=value] words.
    for (const w of ins.args.split(/\s+/).filter(Boolean)) {
      const eq = w.indexOf('=');
      out.push(eq < 0 ? { name: w, raw: null } : { name: w.slice(0, eq), raw: w.slice(eq + 1) });
    }
    return out;
  }

  expand(line: number, s: string, lookup: (n: string) => string | undefined, warnMissing = false): string {
    const r = expandString(s, lookup, this.ctx.escape);
    for (const e of r.errors) this.problem(line, 'error', e);
    if (warnMissing) {
      for (const m of new Set(r.missing)) {
        if (PREDEFINED.has(m)) continue;
        this.problem(line, 'warning', `$${m} is not defined here: it expands to an empty string.`);
      }
    }
    return r.value;
  }

  secretCheck(line: number, kw: string, name: string): void {
    if (SECRET_NAME.test(name)) {
      this.problem(
        line,
        'warning',
        `${kw} ${name}: it looks like a secret. ${kw} values are stored in the image's history and config; use RUN --mount=type=secret instead.`,
      );
    }
  }

  // --- steps -----------------------------------------------------------------------------------

  lookupIn(st: StageState): (n: string) => string | undefined {
    return (n) => st.env.get(n) ?? st.args.get(n);
  }

  newStep(ins: ParsedInstruction): StepInternal {
    return {
      line: ins.line,
      endLine: ins.endLine,
      keyword: ins.keyword,
      createsLayer: false,
      sizeBytes: 0,
      text: `${ins.keyword} ${ins.args}`.trim(),
      layerIndex: null,
      unknownContent: false,
      notes: [],
      keyText: `${ins.keyword} ${ins.args}`,
      keyFrom: [],
      facts: null,
      wholeContext: false,
      cgoBinaryCopied: false,
    };
  }

  pushLayer(st: StageState, step: StepInternal, unknown: boolean, notes: string[]): void {
    const changes = st.fs.endStep();
    const bytes = layerBytes(changes);
    const sizeBytes = unknown ? null : bytes.total;
    const layer: LayerInfo = {
      index: st.layers.length,
      stage: st.stage.index,
      line: step.line,
      instruction: step.text,
      keyword: step.keyword,
      sizeBytes,
      knownBytes: bytes.known,
      unknownContent: unknown,
      changes,
      notes,
    };
    st.layers.push(layer);
    step.createsLayer = true;
    step.layerIndex = layer.index;
    step.unknownContent = unknown;
    step.notes = notes;
    if (sizeBytes === null) delete step.sizeBytes;
    else step.sizeBytes = sizeBytes;
  }

  step(st: StageState, ins: ParsedInstruction): void {
    const step = this.newStep(ins);
    const lookup = this.lookupIn(st);
    const kw = ins.keyword;
    switch (kw) {
      case 'ARG': {
        const props = this.argProps(ins);
        if (!props.length) {
          this.problem(ins.line, 'error', 'ARG needs a name: ARG NAME or ARG NAME=default.');
          return;
        }
        const parts: string[] = [];
        for (const { name, raw } of props) {
          const def = raw === null ? undefined : this.expand(ins.line, raw, lookup, true);
          const b = this.buildArg(name);
          const value =
            b ?? def ?? (this.ctx.globalArgs.has(name) ? this.ctx.globalArgs.get(name) : PLATFORM_ARGS[name]);
          st.args.set(name, value);
          this.ctx.consumed.add(name);
          this.secretCheck(ins.line, 'ARG', name);
          parts.push(`${name}=${value ?? ''}`);
        }
        step.keyText = `ARG ${parts.join(' ')}`;
        break;
      }
      case 'ENV': {
        const props = this.argProps(ins);
        if (!props.length) {
          this.problem(ins.line, 'error', 'ENV needs at least one NAME=value.');
          return;
        }
        const firstWord = ins.args.split(/\s+/, 1)[0] ?? '';
        if (!firstWord.includes('='))
          this.problem(
            ins.line,
            'hint',
            'Legacy "ENV key value" form: write ENV key=value (the old form cannot set several variables).',
          );
        const parts: string[] = [];
        for (const { name, raw } of props) {
          const value = this.expand(ins.line, raw ?? '', lookup, true);
          st.env.set(name, value);
          this.secretCheck(ins.line, 'ENV', name);
          parts.push(`${name}=${value}`);
        }
        step.keyText = `ENV ${parts.join(' ')}`;
        break;
      }
      case 'LABEL': {
        for (const { name, raw } of this.argProps(ins))
          st.config.labels[name] = this.expand(ins.line, raw ?? '', lookup);
        step.keyText = `LABEL ${this.expand(ins.line, ins.args, lookup)}`;
        break;
      }
      case 'MAINTAINER':
        st.config.labels.maintainer = ins.args;
        this.problem(ins.line, 'hint', 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors="…".');
        break;
      case 'EXPOSE': {
        const words = lexWords(ins.rest, lookup, this.ctx.escape).words.map((w) => w.value);
        if (!words.length) this.problem(ins.line, 'error', 'EXPOSE needs at least one port.');
        for (const w of words) st.config.exposed.push(w.includes('/') ? w : `${w}/tcp`);
        step.keyText = `EXPOSE ${words.join(' ')}`;
        break;
      }
      case 'CMD':
      case 'ENTRYPOINT': {
        const value = ins.json ?? (ins.rest ? ['/bin/sh', '-c', ins.rest] : []);
        if (!ins.json && ins.rest)
          this.problem(
            ins.line,
            'hint',
            `${kw} in shell form runs under /bin/sh -c, so your process does not receive SIGTERM; prefer the JSON form ${kw} ["…"].`,
          );
        if (kw === 'CMD') {
          st.cmdCount++;
          if (st.cmdCount > 1)
            this.problem(ins.line, 'hint', 'More than one CMD in this stage: only the last one takes effect.');
          st.config.cmd = value;
        } else {
          st.entrypointCount++;
          if (st.entrypointCount > 1)
            this.problem(ins.line, 'hint', 'More than one ENTRYPOINT in this stage: only the last one takes effect.');
          st.config.entrypoint = value;
          if (st.cmdCount === 0) st.config.cmd = null; // ENTRYPOINT resets a CMD inherited from the base image
        }
        break;
      }
      case 'USER':
        st.config.user = this.expand(ins.line, ins.rest, lookup, true);
        if (!st.config.user) this.problem(ins.line, 'error', 'USER needs a user name or UID.');
        step.keyText = `USER ${st.config.user}`;
        break;
      case 'WORKDIR': {
        const value = this.expand(ins.line, ins.rest, lookup, true);
        if (!value) {
          this.problem(ins.line, 'error', 'WORKDIR needs a path.');
          return;
        }
        if (!value.startsWith('/') && st.config.workdir === '/' && !st.steps.some((s) => s.keyword === 'WORKDIR'))
          this.problem(
            ins.line,
            'hint',
            `Relative WORKDIR ${value} depends on the base image's working directory; use an absolute path.`,
          );
        const path = normalizePath(value, st.config.workdir);
        st.config.workdir = path;
        step.keyText = `WORKDIR ${path}`;
        if (!st.fs.isDir(path) && !(st.fs.unknownBase && path === '/')) {
          st.fs.beginStep();
          st.fs.mkdirp(path);
          this.pushLayer(st, step, false, [`WORKDIR creates ${path}: a small layer holding only the directory.`]);
        }
        break;
      }
      case 'VOLUME': {
        const vols = ins.json ?? lexWords(ins.rest, lookup, this.ctx.escape).words.map((w) => w.value);
        if (!vols.length) this.problem(ins.line, 'error', 'VOLUME needs at least one path.');
        for (const v of vols) st.config.volumes.push(normalizePath(v, st.config.workdir));
        break;
      }
      case 'SHELL':
        if (!ins.json)
          this.problem(ins.line, 'error', 'SHELL must be written in JSON form: SHELL ["/bin/bash", "-c"].');
        break;
      case 'STOPSIGNAL':
      case 'HEALTHCHECK':
        break;
      case 'ONBUILD': {
        const inner = (ins.rest.split(/\s+/, 1)[0] ?? '').toUpperCase();
        if (inner === 'ONBUILD' || inner === 'FROM' || inner === 'MAINTAINER')
          this.problem(ins.line, 'error', `ONBUILD ${inner} is not allowed.`);
        else if (!KNOWN_INSTRUCTIONS.includes(inner))
          this.problem(ins.line, 'error', `ONBUILD needs an instruction to run later.`);
        step.notes = ['ONBUILD only records a trigger: it runs when another build uses this image as its base.'];
        break;
      }
      case 'RUN':
        runStep(this, st, ins, step);
        break;
      case 'COPY':
      case 'ADD':
        if (!copyStep(this, st, ins, step)) return;
        break;
      default:
        return;
    }
    st.steps.push(step);
  }

  // --- helpers for the step modules -----------------------------------------------------------

  resolveStageRef(ref: string, current: number): number | null {
    if (/^\d+$/.test(ref)) {
      const n = Number(ref);
      return n < current ? n : null;
    }
    const idx = this.ctx.stages.findIndex((s) => s.stage.name === ref.toLowerCase());
    return idx >= 0 && idx < current ? idx : null;
  }

  contextChecksum(root: string): string {
    const c = this.ctx.context;
    if (!c) return 'unknown';
    const r = normalizePath(root);
    const files = c.fs.has(r) ? (c.fs.isDir(r) ? c.fs.descendants(r) : [r]) : [];
    return hashString(
      files
        .map((p) => {
          const n = c.fs.get(p);
          const rel = p.slice(1);
          return n && !n.isDir ? `${rel}:${n.size ?? '?'}:${c.changed.has(rel) ? 'changed' : ''}` : '';
        })
        .join('\n'),
    );
  }
}
