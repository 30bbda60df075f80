// COPY and ADD steps: sources from the build context, another stage, an image, a URL or a heredoc.

import type { Builder } from './build.ts';
import { lookupBaseImage, materializeBase } from './catalogue.ts';
import { cleanContextPath } from './context.ts';
import { baseName, normalizePath } from './fs.ts';
import type { VirtualFs } from './fs.ts';
import { hasGlob, pathMatch } from './glob.ts';
import { hashString, lexWords, utf8Length } from './lex.ts';
import type { Heredoc, ParsedInstruction } from './parse.ts';
import { ARCHIVE, PREDEFINED, URL_RE } from './state.ts';
import type { StageState, StepInternal } from './state.ts';

/** COPY / ADD: resolve the sources, write them into the stage, record the layer and the cache key. False = not a step. */
export function copyStep(b: Builder, st: StageState, ins: ParsedInstruction, step: StepInternal): boolean {
  const kw = ins.keyword;
  const lookup = b.lookupIn(st);
  const flag = (n: string): string | null | undefined => ins.flags.find((f) => f.name === n)?.value;
  const hasFlag = (n: string): boolean => ins.flags.some((f) => f.name === n);
  let words: string[];
  if (ins.json) words = ins.json.map((w) => b.expand(ins.line, w, lookup, true));
  else {
    const lx = lexWords(ins.rest, lookup, b.ctx.escape);
    for (const e of lx.errors) b.problem(ins.line, 'error', `${kw}: ${e}`);
    for (const m of new Set(lx.missing))
      if (!PREDEFINED.has(m))
        b.problem(ins.line, 'warning', `$${m} is not defined here: it expands to an empty string.`);
    words = lx.words.map((w) => w.value);
  }
  if (words.length < 2) {
    b.problem(ins.line, 'error', `${kw} needs at least a source and a destination: ${kw} <src>... <dest>.`);
    return false;
  }
  const destRaw = words[words.length - 1] ?? '';
  const sources = words.slice(0, -1);
  const dest = normalizePath(destRaw, st.config.workdir);
  const notes: string[] = [];
  let unknown = false;
  const keyParts: string[] = [];
  const fromRef = flag('from');
  const excludes = ins.flags.filter((f) => f.name === 'exclude' && f.value).map((f) => f.value ?? '');
  let srcFs: VirtualFs | null = null;
  let srcLabel = 'the build context';
  let fromStage: number | null = null;
  if (hasFlag('from')) {
    const ref = b.expand(ins.line, fromRef ?? '', lookup);
    const idx = b.resolveStageRef(ref, st.stage.index);
    if (idx !== null) {
      const src = b.ctx.stages[idx];
      fromStage = idx;
      srcFs = src?.fs ?? null;
      srcLabel = `stage ${src?.stage.name ?? idx}`;
      if (src && (src.fs.unknownBase || src.layers.some((l) => l.unknownContent))) {
        unknown = true;
        notes.push(`Part of ${srcLabel} is unknown to the simulator, so what this copies may be incomplete.`);
      }
      st.deps.add(idx);
      if (!st.stage.copiesFrom.includes(idx)) st.stage.copiesFrom.push(idx);
      step.keyFrom.push(idx);
    } else {
      const laterOrSelf = /^\d+$/.test(ref)
        ? Number(ref) >= st.stage.index
        : b.parsed.instructions.some(
            (i) =>
              i.keyword === 'FROM' &&
              i.line >= st.stage.line &&
              new RegExp(`\\bas\\s+${ref.replace(/[^a-z0-9]/gi, '\\$&')}\\s*$`, 'i').test(i.rest),
          );
      const looksLikeImage = /[:/.@]/.test(ref);
      if (ref === '') b.problem(ins.line, 'error', `${kw} --from needs a stage name, a stage index or an image.`);
      else if (laterOrSelf)
        b.problem(
          ins.line,
          'error',
          `${kw} --from=${ref}: that stage is this one or a later one; --from must name an earlier stage.`,
        );
      else if (!looksLikeImage)
        b.problem(
          ins.line,
          'error',
          `${kw} --from=${ref}: there is no stage named "${ref}" (Docker would then try to pull an image called "${ref}").`,
        );
      const image = ref !== '' && looksLikeImage ? lookupBaseImage(ref) : null;
      if (image) {
        srcFs = materializeBase(image).fs;
        srcLabel = `image ${ref}`;
      } else {
        srcLabel = `image ${ref}`;
        notes.push(`Files come from ${ref}, which is not known to the simulator: their sizes are unknown.`);
      }
      keyParts.push(`image:${ref}`);
    }
  } else if (b.ctx.context) srcFs = b.ctx.context.fs;
  const fromContext = !hasFlag('from');
  const heredocSources = new Map<string, Heredoc>();
  for (const h of ins.heredocs) heredocSources.set(h.name, h);
  const realSources = sources.filter((s) => !/^\d*<<-?/.test(s));
  const multi = sources.length > 1 || realSources.some((s) => hasGlob(s));
  const destIsDir = destRaw.endsWith('/') || multi || st.fs.isDir(dest);
  if (sources.length > 1 && !destRaw.endsWith('/') && !st.fs.isDir(dest))
    b.problem(
      ins.line,
      'error',
      `${kw} with several sources needs a destination directory ending in "/" (${destRaw}/).`,
    );
  let localOnly = kw === 'ADD';
  st.fs.beginStep();
  const target = (name: string): string => (destIsDir ? `${dest === '/' ? '' : dest}/${name}` : dest);
  for (const src of sources) {
    const hm = /^\d*<<-?(.*)$/.exec(src);
    const heredoc = hm ? heredocSources.get((hm[1] ?? '').replace(/["']/g, '')) : undefined;
    if (heredoc) {
      const content = heredoc.expand ? b.expand(ins.line, heredoc.content, lookup) : heredoc.content;
      const bytes = utf8Length(content);
      const t =
        sources.length === 1 && !destRaw.endsWith('/') && !st.fs.isDir(dest)
          ? dest
          : `${dest === '/' ? '' : dest}/${heredoc.name}`;
      st.fs.writeFile(t, bytes);
      keyParts.push(`heredoc:${heredoc.name}:${hashString(content)}`);
      localOnly = false;
      continue;
    }
    if (kw === 'ADD' && fromContext && URL_RE.test(src)) {
      localOnly = false;
      const isGit = /^git@|\.git(#.*)?$|^git:\/\//.test(src);
      const name = baseName(src.split(/[?#]/)[0] ?? '') || 'download';
      if (isGit) {
        st.fs.writeFile(`${dest}/…`, null, { count: 1 });
        unknown = true;
        notes.push(`ADD ${src}: the repository's files are fetched at build time; their size is unknown.`);
      } else {
        st.fs.writeFile(destIsDir || destRaw.endsWith('/') ? `${dest === '/' ? '' : dest}/${name}` : dest, null);
        notes.push(
          `ADD ${src}: downloaded at build time; its size is unknown (and the download is re-checked on every build).`,
        );
      }
      keyParts.push(`url:${src}`);
      continue;
    }
    const absSrc = normalizePath(src, '/');
    if (fromContext && src.replace(/^\.\//, '').startsWith('../')) {
      b.problem(ins.line, 'error', `${kw} ${src}: paths outside the build context are not allowed.`);
      continue;
    }
    if (!srcFs) {
      // Unknown context or unknown image: record the paths with unknown sizes.
      const changed = b.ctx.opts.changedFiles?.some((f) => {
        const c = cleanContextPath(f);
        const s = absSrc.slice(1);
        return s === '' || c === s || c.startsWith(`${s}/`) || pathMatch(s, c);
      });
      const isDirLike = src === '.' || src.endsWith('/') || !/\.[A-Za-z0-9]+$/.test(baseName(absSrc));
      if (isDirLike) st.fs.writeFile(`${dest === '/' ? '' : dest}/…`, null, { count: 1 });
      else st.fs.writeFile(target(baseName(absSrc)), null);
      unknown = true;
      notes.push(
        fromContext
          ? 'No build context was given: what is copied, and its size, is unknown.'
          : `What ${srcLabel} holds is unknown: the copied files are unknown.`,
      );
      keyParts.push(`src:${src}:${changed ? 'changed' : ''}`);
      if (fromContext && (src === '.' || src === './' || src === '/')) step.wholeContext = true;
      if (kw === 'ADD' && fromContext && ARCHIVE.test(src)) unknown = true;
      continue;
    }
    const matches = hasGlob(src) ? globWithDotfiles(srcFs, absSrc) : srcFs.has(absSrc) ? [absSrc] : [];
    const found = matches.filter((m) => !excludes.some((e) => pathMatch(normalizePath(e, '/').slice(1), m.slice(1))));
    if (!found.length) {
      if (hasGlob(src)) {
        notes.push(`${src} matches nothing in ${srcLabel}: BuildKit copies nothing for it.`);
        b.problem(ins.line, 'warning', `${kw} ${src}: the pattern matches no file in ${srcLabel}.`);
      } else if (fromContext && b.ctx.context?.ignored.has(absSrc.slice(1))) {
        b.problem(
          ins.line,
          'error',
          `${kw} ${src}: the file is excluded by .dockerignore, so it is not in the build context.`,
        );
      } else if (
        fromContext &&
        b.ctx.context &&
        [...b.ctx.context.ignored].some((p) => p.startsWith(`${absSrc.slice(1)}/`))
      ) {
        b.problem(ins.line, 'error', `${kw} ${src}: everything in it is excluded by .dockerignore.`);
      } else {
        b.problem(
          ins.line,
          'error',
          fromContext
            ? `${kw} ${src}: not found in the build context ("failed to compute cache key: not found").`
            : `${kw} --from: ${absSrc} does not exist in ${srcLabel}.`,
        );
      }
      continue;
    }
    for (const m of found) {
      const node = srcFs.get(m);
      if (!node) continue;
      const t = node.isDir ? dest : target(baseName(m));
      if (kw === 'ADD' && fromContext && !node.isDir && ARCHIVE.test(m)) {
        localOnly = false;
        st.fs.writeFile(`${dest === '/' ? '' : dest}/…`, null, { count: 1 });
        unknown = true;
        notes.push(
          `ADD unpacks the local archive ${m.slice(1)} into ${dest}: what it contains is unknown to the simulator.`,
        );
        keyParts.push(fileKey(b, m, node.size));
        continue;
      }
      if (node.isDir) {
        const files = srcFs.descendants(m);
        const kept = excludes.length
          ? files.filter((f) => !excludes.some((e) => pathMatch(normalizePath(e, '/').slice(1), f.slice(1))))
          : files;
        st.fs.mkdirp(t);
        for (const f of kept) {
          const fnode = srcFs.get(f);
          if (!fnode) continue;
          const rel = f.slice(m === '/' ? 1 : m.length + 1);
          const ft = `${t === '/' ? '' : t}/${rel}`;
          if (fnode.isDir) st.fs.mkdirp(ft);
          else {
            st.fs.copyFrom(srcFs, f, ft);
            if (fnode.tag === 'go-binary-cgo') step.cgoBinaryCopied = true;
            keyParts.push(fromStage === null ? fileKey(b, f, fnode.size) : `${f}:${fnode.size ?? '?'}`);
          }
        }
        if (fromContext && (m === '/' || src === '.' || src === './')) step.wholeContext = true;
      } else {
        st.fs.copyFrom(srcFs, m, t);
        if (node.tag === 'go-binary-cgo') step.cgoBinaryCopied = true;
        keyParts.push(fromStage === null ? fileKey(b, m, node.size) : `${m}:${node.size ?? '?'}`);
      }
    }
  }
  if (kw === 'ADD' && localOnly && fromContext)
    b.problem(
      ins.line,
      'hint',
      'ADD where COPY would do: COPY only copies; ADD also downloads URLs and unpacks archives, which is easy to trigger by accident.',
    );
  if (hasFlag('parents')) notes.push('--parents is not simulated: files are copied as if it were absent.');
  if (fromContext && !b.ctx.hasDockerignore && b.ctx.context && step.wholeContext)
    b.problem(
      ins.line,
      'hint',
      `No .dockerignore: ${kw} of the whole context also sends .git, local builds and secrets such as .env. Add a .dockerignore.`,
    );
  b.pushLayer(st, step, unknown, notes);
  step.keyText = `${kw} ${ins.flags
    .filter((f) => f.name !== 'from')
    .map((f) => `--${f.name}=${f.value ?? ''}`)
    .join(' ')} ${dest}\u0000${keyParts.join('\n')}`;
  return true;
}

/** Cache-key part of one context file: path, size, and whether it was edited since the previous build. */
export function fileKey(b: Builder, abs: string, size: number | null): string {
  const rel = abs.slice(1);
  return `${rel}:${size ?? '?'}:${b.ctx.context?.changed.has(rel) ? 'changed' : ''}`;
}

/** COPY wildcards use Go's filepath.Match, where * also matches names starting with a dot. */
export function globWithDotfiles(fs: VirtualFs, pattern: string): string[] {
  const parts = pattern.split('/').filter(Boolean);
  let cur = ['/'];
  for (const part of parts) {
    const next: string[] = [];
    for (const dir of cur) {
      for (const c of fs.children(dir)) if (pathMatch(part, baseName(c))) next.push(c);
    }
    cur = next;
  }
  return cur.sort();
}
