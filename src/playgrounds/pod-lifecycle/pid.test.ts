import { describe, expect, it } from 'vitest';
import { initialProcesses, orphanStory, pidStep, psRows } from './model.ts';

describe('pause as PID 1 and the orphaned child', () => {
  it('shared PID namespace: pause is PID 1, adopts the orphan and reaps it', () => {
    const steps = orphanStory(true);
    const last = steps[steps.length - 1];
    expect(last).toBeDefined();
    if (!last) return;
    expect(psRows(steps[0]!.tree, 'pod')).toEqual([
      { pid: 1, ppid: 0, cmd: '/pause', state: 'R' },
      { pid: 2, ppid: 0, cmd: 'app', state: 'R' },
    ]);
    // worker exits: its child helper goes to PID 1 = pause
    const afterWorker = steps[3]!;
    expect(afterWorker.notes).toContainEqual(expect.objectContaining({ kind: 'reparented', toPid: 1, toName: '/pause' }));
    // helper exits: pause reaps it, no zombie left
    expect(last.notes.some((n) => n.kind === 'reaped')).toBe(true);
    expect(last.tree.procs.some((p) => p.state === 'zombie')).toBe(false);
    expect(psRows(last.tree, 'pod').map((r) => r.cmd)).toEqual(['/pause', 'app']);
  });

  it('own PID namespace: the app is PID 1, adopts the orphan and leaves it a zombie', () => {
    const steps = orphanStory(false);
    const last = steps[steps.length - 1]!;
    expect(psRows(steps[0]!.tree, 'app')).toEqual([{ pid: 1, ppid: 0, cmd: 'app', state: 'R' }]);
    expect(psRows(steps[0]!.tree, 'pause')).toEqual([{ pid: 1, ppid: 0, cmd: '/pause', state: 'R' }]);
    expect(steps[3]!.notes).toContainEqual(expect.objectContaining({ kind: 'reparented', toPid: 1, toName: 'app' }));
    expect(last.notes).toContainEqual(expect.objectContaining({ kind: 'zombie', parentPid: 1 }));
    expect(psRows(last.tree, 'app')).toEqual([
      { pid: 1, ppid: 0, cmd: 'app', state: 'R' },
      { pid: 3, ppid: 1, cmd: '[helper] <defunct>', state: 'Z' },
    ]);
  });

  it('the app reaps the children it started itself', () => {
    const steps = orphanStory(false);
    expect(steps[3]!.notes).toContainEqual(expect.objectContaining({ kind: 'reaped' }));
    expect(psRows(steps[3]!.tree, 'app').map((r) => r.cmd)).toEqual(['app', 'helper']);
  });

  it('PID 1 exiting takes its whole namespace down; refusals are values', () => {
    let tree = initialProcesses({ shareProcessNamespace: false, containers: ['app'] });
    const app = tree.procs.find((p) => p.name === 'app')!;
    tree = pidStep(tree, { type: 'spawn', parent: app.id, name: 'worker' }).tree;
    const r = pidStep(tree, { type: 'exit', proc: app.id, exitCode: 1 });
    expect(r.notes).toContainEqual(expect.objectContaining({ kind: 'namespaceKilled', ns: 'app' }));
    expect(psRows(r.tree, 'app')).toEqual([]);
    expect(psRows(r.tree, 'pause')).toHaveLength(1);
    expect(pidStep(r.tree, { type: 'exit', proc: app.id }).refusal).toBeDefined();
    expect(pidStep(r.tree, { type: 'spawn', parent: 999, name: 'x' }).refusal).toBeDefined();
  });
});
