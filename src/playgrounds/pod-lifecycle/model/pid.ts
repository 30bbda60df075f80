// The pause container and PID 1, as a small pure model of Linux process bookkeeping.
//
// Every pod has a pause ("infra") container that holds the pod's namespaces. By default
// each container still gets its own PID namespace, so each container's entrypoint is
// PID 1 there. With `shareProcessNamespace: true`, all containers share one PID namespace
// whose PID 1 is pause.
//
// The rules modelled (fork/exit/wait, as the kernel does them):
// - a process that exits stays a zombie until its parent wait()s for it;
// - its children are orphaned and re-parented to PID 1 of their namespace;
// - PID 1 of a namespace exiting kills every other process in it (the container ends);
// - pause reaps every child (it loops on waitpid on SIGCHLD); a typical app reaps only
//   the children it started itself — an adopted orphan that exits stays <defunct>.

export type Reaping = 'all' /* pause, tini, dumb-init */ | 'own' /* waits for children it spawned */ | 'none';

export interface Proc {
  /** Stable id across the story (pids repeat across namespaces). */
  id: number;
  /** PID namespace: 'pod' when shared, else the container's name (pause has its own). */
  ns: string;
  pid: number;
  /** Parent's pid in the same namespace; 0 = started from outside (by the runtime). */
  ppid: number;
  name: string;
  container: string;
  state: 'running' | 'zombie';
  reaps: Reaping;
  /** The parent that spawned it (for 'own' reaping). */
  spawnedBy: number | null;
  exitCode?: number;
}

export interface ProcessTree {
  shareProcessNamespace: boolean;
  procs: Proc[];
  nextId: number;
}

export type PidEvent =
  | { type: 'spawn'; parent: number /* Proc.id */; name: string; reaps?: Reaping }
  | { type: 'exit'; proc: number /* Proc.id */; exitCode?: number };

export type PidNote =
  | { kind: 'spawned'; proc: number; ns: string; pid: number; ppid: number }
  | { kind: 'zombie'; proc: number; parentPid: number }
  | { kind: 'reaped'; proc: number; by: number }
  | { kind: 'reparented'; proc: number; toPid: number; toName: string }
  | { kind: 'namespaceKilled'; ns: string; killed: number[] };

export interface PidResult {
  tree: ProcessTree;
  notes: PidNote[];
  /** Why the event was refused (the tree is unchanged). */
  refusal?: string;
}

/** A pod's processes right after start: pause plus each container's entrypoint. */
export function initialProcesses(opts: { shareProcessNamespace: boolean; containers: readonly string[] }): ProcessTree {
  const procs: Proc[] = [];
  let id = 1;
  const shared = opts.shareProcessNamespace;
  procs.push({ id: id++, ns: shared ? 'pod' : 'pause', pid: 1, ppid: 0, name: '/pause', container: 'pause', state: 'running', reaps: 'all', spawnedBy: null });
  let nextSharedPid = 2;
  for (const c of opts.containers) {
    procs.push({
      id: id++,
      ns: shared ? 'pod' : c,
      pid: shared ? nextSharedPid++ : 1,
      ppid: 0,
      name: c,
      container: c,
      state: 'running',
      reaps: 'own',
      spawnedBy: null,
    });
  }
  return { shareProcessNamespace: shared, procs, nextId: id };
}

function nextPid(tree: ProcessTree, ns: string): number {
  return tree.procs.filter((p) => p.ns === ns).reduce((m, p) => Math.max(m, p.pid), 0) + 1;
}

function initOf(procs: readonly Proc[], ns: string): Proc | undefined {
  return procs.find((p) => p.ns === ns && p.pid === 1 && p.state === 'running');
}

function parentReaps(parent: Proc, child: Proc): boolean {
  if (parent.state !== 'running') return false;
  if (parent.reaps === 'all') return true;
  return parent.reaps === 'own' && child.spawnedBy === parent.id;
}

export function pidStep(tree: ProcessTree, ev: PidEvent): PidResult {
  const procs = tree.procs.map((p) => ({ ...p }));
  const notes: PidNote[] = [];
  const byId = (id: number): Proc | undefined => procs.find((p) => p.id === id);

  if (ev.type === 'spawn') {
    const parent = byId(ev.parent);
    if (!parent || parent.state !== 'running') return { tree, notes, refusal: 'Only a running process can fork.' };
    const pid = nextPid(tree, parent.ns);
    const child: Proc = {
      id: tree.nextId,
      ns: parent.ns,
      pid,
      ppid: parent.pid,
      name: ev.name,
      container: parent.container,
      state: 'running',
      reaps: ev.reaps ?? 'own',
      spawnedBy: parent.id,
    };
    procs.push(child);
    notes.push({ kind: 'spawned', proc: child.id, ns: child.ns, pid, ppid: parent.pid });
    return { tree: { ...tree, procs, nextId: tree.nextId + 1 }, notes };
  }

  const proc = byId(ev.proc);
  if (!proc || proc.state !== 'running') return { tree, notes, refusal: 'Only a running process can exit.' };
  const doomed = proc.pid === 1 ? procs.filter((p) => p.ns === proc.ns) : [proc];
  if (proc.pid === 1 && doomed.length > 1) {
    notes.push({ kind: 'namespaceKilled', ns: proc.ns, killed: doomed.filter((p) => p.id !== proc.id).map((p) => p.id) });
  }
  if (proc.pid === 1) {
    // the namespace is torn down: nothing remains, not even zombies
    const left = procs.filter((p) => p.ns !== proc.ns);
    return { tree: { ...tree, procs: left }, notes };
  }
  proc.state = 'zombie';
  proc.exitCode = ev.exitCode ?? 0;

  // orphans go to PID 1 of the namespace
  const init = initOf(procs, proc.ns);
  for (const child of procs) {
    if (child.ns !== proc.ns || child.ppid !== proc.pid || child === proc) continue;
    if (!init) continue;
    child.ppid = init.pid;
    notes.push({ kind: 'reparented', proc: child.id, toPid: init.pid, toName: init.name });
  }

  // reap whatever the (new) parents will wait for: the exited process, and zombies just adopted
  const reaped = new Set<number>();
  for (const p of procs) {
    if (p.state !== 'zombie' || p.ns !== proc.ns) continue;
    const parent = procs.find((q) => q.ns === p.ns && q.pid === p.ppid && q.state === 'running');
    if (parent && parentReaps(parent, p)) {
      reaped.add(p.id);
      notes.push({ kind: 'reaped', proc: p.id, by: parent.id });
    } else if (p.id === proc.id) {
      notes.push({ kind: 'zombie', proc: p.id, parentPid: p.ppid });
    }
  }
  return { tree: { ...tree, procs: procs.filter((p) => !reaped.has(p.id)) }, notes };
}

export interface PidStoryStep {
  event: PidEvent | null;
  tree: ProcessTree;
  notes: PidNote[];
}

/**
 * The story the notes tell: the app starts a worker, the worker starts a helper, the
 * worker exits (the app reaps it), the orphaned helper is adopted by PID 1 and then
 * exits. Shared PID namespace: pause reaps it. Own namespace: the app is PID 1, does not
 * wait() for a child it never started, and the helper stays a zombie.
 */
export function orphanStory(shareProcessNamespace: boolean, container = 'app'): PidStoryStep[] {
  let tree = initialProcesses({ shareProcessNamespace, containers: [container] });
  const steps: PidStoryStep[] = [{ event: null, tree, notes: [] }];
  const app = tree.procs.find((p) => p.container === container && p.spawnedBy === null);
  if (!app) return steps;
  const run = (event: PidEvent): Proc | undefined => {
    const r = pidStep(tree, event);
    tree = r.tree;
    steps.push({ event, tree, notes: r.notes });
    const spawned = r.notes.find((n) => n.kind === 'spawned');
    return spawned ? tree.procs.find((p) => p.id === spawned.proc) : undefined;
  };
  const worker = run({ type: 'spawn', parent: app.id, name: 'worker' });
  if (!worker) return steps;
  const helper = run({ type: 'spawn', parent: worker.id, name: 'helper' });
  if (!helper) return steps;
  run({ type: 'exit', proc: worker.id });
  run({ type: 'exit', proc: helper.id });
  return steps;
}

/** `ps -ef`-like rows for one namespace (zombies shown as <defunct>). */
export function psRows(tree: ProcessTree, ns: string): { pid: number; ppid: number; cmd: string; state: 'R' | 'Z' }[] {
  return tree.procs
    .filter((p) => p.ns === ns)
    .sort((a, b) => a.pid - b.pid)
    .map((p) => ({ pid: p.pid, ppid: p.ppid, cmd: p.state === 'zombie' ? `[${p.name}] <defunct>` : p.name, state: p.state === 'zombie' ? 'Z' : 'R' }));
}
