// Why a build step missed the cache. The build cache is a chain: a step's key is its parent's key plus the
// instruction (as expanded: copied files, ARG values, the source stage of COPY --from). So the reason of the
// first miss in a stage is found by looking at what the previous build did after the same parent key; every
// later step of the stage misses because its parent did. Additive to the contract, for the view.

import { simulate, stageKeys } from './simulate.ts';
import type { Simulated } from './simulate.ts';
import type { SimulateOptions } from './types.ts';

export type CacheReason =
  | { kind: 'hit' }
  /** Nothing in the previous build ran this instruction after the same parent: it is new or was edited. */
  | { kind: 'instruction' }
  /** Same COPY/ADD text, but the files it copies changed (content, size, set of files). */
  | { kind: 'files' }
  /** Same RUN/other text, but what it expands to changed (ARG values, bind-mounted files). */
  | { kind: 'expanded' }
  /** Same instruction and files, but the stage it copies from (COPY --from) was rebuilt. */
  | { kind: 'source-stage'; stage: number }
  /** First step of a stage whose base image or parent stage is not what the previous build used. */
  | { kind: 'base' }
  /** An earlier step of this stage missed (the first one is at `line`), so this one cannot hit. */
  | { kind: 'earlier'; line: number };

/**
 * Per stage, per step (the `steps` of `Stage`): why the step hits or misses against `opts.previous`.
 * Stages the target does not build, and every stage when there is no previous build, get `null` entries.
 * This is a pure function of its inputs and never throws.
 */
export function explainCache(text: string, opts: SimulateOptions): (CacheReason | null)[][] {
  try {
    return explainUnsafe(text, opts);
  } catch {
    return [];
  }
}

// The previous build rarely changes between keystrokes: keep its simulation (one entry is enough).
let lastPrevious: { key: string; prev: Simulated; keys: ReturnType<typeof stageKeys> } | null = null;

function explainUnsafe(text: string, opts: SimulateOptions): (CacheReason | null)[][] {
  const cur = simulate(text, { ...opts });
  if (typeof opts.previous !== 'string') return cur.states.map((s) => s.steps.map(() => null));
  const prevOpts: SimulateOptions = { ...opts, changedFiles: [] };
  delete prevOpts.previous;
  const memoKey = `${opts.previous}\u0000${JSON.stringify([prevOpts.buildArgs ?? null, prevOpts.target ?? null, prevOpts.context ?? null, prevOpts.dockerignore ?? null])}`;
  if (!lastPrevious || lastPrevious.key !== memoKey) {
    const sim = simulate(opts.previous, prevOpts);
    lastPrevious = { key: memoKey, prev: sim, keys: stageKeys(sim.states) };
  }
  const { prev, keys: prevKeys } = lastPrevious;
  const cached = new Set<string>();
  const roots = new Set<string>();
  // parent key -> what the previous build ran after it
  const children = new Map<string, { text: string; keyText: string }[]>();
  prev.states.forEach((st, i) => {
    if (!st.stage.used) return;
    const keys = prevKeys.stepKeys[i] ?? [];
    roots.add(prevKeys.rootKeys[i] ?? '');
    st.steps.forEach((step, j) => {
      const key = keys[j] ?? '';
      cached.add(key);
      const parent = j === 0 ? (prevKeys.rootKeys[i] ?? '') : (keys[j - 1] ?? '');
      const list = children.get(parent) ?? [];
      list.push({ text: step.text, keyText: step.keyText });
      children.set(parent, list);
    });
  });
  const curKeys = stageKeys(cur.states);
  return cur.states.map((st, i) => {
    if (!st.stage.used) return st.steps.map(() => null);
    const keys = curKeys.stepKeys[i] ?? [];
    let firstMiss: number | null = null;
    return st.steps.map((step, j): CacheReason => {
      if (cached.has(keys[j] ?? '')) return { kind: 'hit' };
      if (firstMiss !== null) return { kind: 'earlier', line: firstMiss };
      firstMiss = step.line;
      const parent = j === 0 ? (curKeys.rootKeys[i] ?? '') : (keys[j - 1] ?? '');
      if (j === 0 && !roots.has(parent)) return { kind: 'base' };
      const same = (children.get(parent) ?? []).filter((c) => c.text === step.text);
      if (same.length === 0) return { kind: 'instruction' };
      if (same.some((c) => c.keyText === step.keyText)) return { kind: 'source-stage', stage: step.keyFrom[0] ?? -1 };
      return step.keyword === 'COPY' || step.keyword === 'ADD' ? { kind: 'files' } : { kind: 'expanded' };
    });
  });
}
