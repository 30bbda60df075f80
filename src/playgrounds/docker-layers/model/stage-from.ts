// FROM: start a stage from a catalogue image, an earlier stage, scratch, or an unknown image.

import type { Builder } from './build.ts';
import { baseUser, lookupBaseImage, materializeBase, parseImageRef } from './catalogue.ts';
import { VirtualFs } from './fs.ts';
import { lexWords } from './lex.ts';
import type { ParsedInstruction } from './parse.ts';
import { PLATFORM_ARGS, cloneConfig, emptyConfig } from './state.ts';
import type { StageState } from './state.ts';
import type { Stage } from './types.ts';

export function startStage(b: Builder, ins: ParsedInstruction): StageState {
  const index = b.ctx.stages.length;
  const lookup = (n: string): string | undefined =>
    b.ctx.globalArgs.has(n) ? b.ctx.globalArgs.get(n) : PLATFORM_ARGS[n];
  const lexed = lexWords(ins.rest, lookup, b.ctx.escape);
  for (const e of lexed.errors) b.problem(ins.line, 'error', `FROM: ${e}`);
  const words = lexed.words.map((w) => w.value);
  const rawWords = ins.rest.split(/\s+/).filter(Boolean);
  let base = words[0] ?? '';
  let name: string | undefined;
  if (words.length === 0) b.problem(ins.line, 'error', 'FROM needs an image: FROM image[:tag] [AS name].');
  else if (words.length === 3 && (words[1] ?? '').toLowerCase() === 'as') {
    const raw = words[2] ?? '';
    name = raw.toLowerCase();
    if (!/^[a-z][a-z0-9-_.]*$/.test(name))
      b.problem(
        ins.line,
        'error',
        `Invalid stage name "${raw}": use letters, digits, -, _ and ., starting with a letter.`,
      );
    if (raw !== name)
      b.problem(ins.line, 'hint', `Stage names are case-insensitive and stored in lower case: write AS ${name}.`);
    if (b.ctx.stages.some((s) => s.stage.name === name))
      b.problem(ins.line, 'error', `Duplicate stage name "${name}".`);
  } else if (words.length !== 1)
    b.problem(ins.line, 'error', 'FROM takes an image and an optional "AS name": FROM image[:tag] [AS name].');
  // Variables used in the image reference without a value.
  const imageRaw = rawWords[0] ?? '';
  const missing = new Set(lexWords(imageRaw, lookup, b.ctx.escape).missing);
  for (const m of missing) {
    b.problem(
      ins.line,
      'error',
      b.ctx.globalArgs.has(m)
        ? `FROM uses \${${m}}, but ARG ${m} has no default and no --build-arg value: give it a default (ARG ${m}=…) or write \${${m}:-default}.`
        : `FROM uses \${${m}}, which is not declared: declare ARG ${m}=… before the first FROM, or write \${${m}:-default}.`,
    );
  }
  for (const w of rawWords.slice(0, 1)) {
    const re = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(w))) b.ctx.consumed.add(m[1] ?? '');
  }
  if (words.length > 0 && base.trim() === '') {
    b.problem(ins.line, 'error', 'FROM resolves to an empty image name.');
    base = '';
  }
  const stage: Stage = {
    index,
    base,
    line: ins.line,
    steps: [],
    copiesFrom: [],
    inFinalImage: false,
    used: false,
  };
  if (name !== undefined) stage.name = name;
  const st: StageState = {
    stage,
    fs: new VirtualFs(),
    layers: [],
    inheritedLayers: 0,
    steps: [],
    env: new Map(),
    args: new Map(),
    config: emptyConfig(),
    deps: new Set(),
    installed: new Set(),
    virtualGroups: new Map(),
    noShell: false,
    rootImage: null,
    rootRef: base,
    cmdCount: 0,
    entrypointCount: 0,
  };
  const parentIdx = b.ctx.stages.findIndex((s) => s.stage.name !== undefined && s.stage.name === base.toLowerCase());
  const parent = parentIdx >= 0 ? b.ctx.stages[parentIdx] : undefined;
  if (parent) {
    stage.parent = parentIdx;
    st.deps.add(parentIdx);
    st.fs = parent.fs.clone();
    st.layers = parent.layers.slice();
    st.inheritedLayers = parent.layers.length;
    st.env = new Map(parent.env);
    st.config = cloneConfig(parent.config);
    st.installed = new Set(parent.installed);
    st.virtualGroups = new Map(parent.virtualGroups);
    st.noShell = parent.noShell;
    st.rootImage = parent.rootImage;
    st.rootRef = parent.rootRef;
  } else if (base !== '') {
    if (/^\d+$/.test(base) && Number(base) < index)
      b.problem(
        ins.line,
        'warning',
        `FROM ${base}: a stage index is not a stage name here; Docker would look for an image called "${base}".`,
      );
    const image = lookupBaseImage(base);
    const { repo, tag, digest } = parseImageRef(base);
    if (image) {
      const m = materializeBase(image);
      st.fs = m.fs;
      st.layers = m.layers.map((l, i) => ({
        index: i,
        stage: -1,
        line: null,
        instruction: l.instruction,
        keyword: (l.instruction.split(' ', 1)[0] ?? '').toUpperCase(),
        sizeBytes: l.sizeBytes,
        knownBytes: l.sizeBytes,
        unknownContent: false,
        changes: l.changes,
        notes: [],
        baseImage: image.name,
      }));
      st.inheritedLayers = st.layers.length;
      for (const [k, v] of Object.entries(image.config.env)) st.env.set(k, v);
      st.config.workdir = image.config.workdir;
      st.config.user = baseUser(base, image);
      st.config.cmd = image.config.cmd ? [...image.config.cmd] : null;
      st.config.entrypoint = image.config.entrypoint ? [...image.config.entrypoint] : null;
      st.config.exposed = [...image.config.exposed];
      st.noShell = image.noShell === true;
      st.rootImage = image;
      for (const p of image.packages ?? []) st.installed.add(p);
    } else {
      const later = b.parsed.instructions.some(
        (i) =>
          i.keyword === 'FROM' &&
          i.line > ins.line &&
          new RegExp(`\\bas\\s+${base.replace(/[^a-z0-9]/gi, '\\$&')}\\s*$`, 'i').test(i.rest),
      );
      if (later)
        b.problem(ins.line, 'error', `FROM ${base}: that stage is defined later; FROM can only use an earlier stage.`);
      st.fs.unknownBase = true;
      st.layers = [
        {
          index: 0,
          stage: -1,
          line: null,
          instruction: `${base} (not in the built-in catalogue)`,
          keyword: 'FROM',
          sizeBytes: null,
          knownBytes: 0,
          unknownContent: true,
          changes: [],
          notes: ['This base image is not in the built-in catalogue: its layers and size are unknown.'],
          baseImage: base,
        },
      ];
      st.inheritedLayers = 1;
      st.env.set('PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin');
    }
    if (repo !== 'scratch' && digest === '' && (tag === '' || tag === 'latest'))
      b.problem(
        ins.line,
        'hint',
        `FROM ${base}: ${tag === '' ? 'no tag means :latest' : ':latest'}, which changes under you; pin a version (e.g. ${repo}:<version>) for repeatable builds.`,
      );
  }
  b.ctx.stages.push(st);
  return st;
}
