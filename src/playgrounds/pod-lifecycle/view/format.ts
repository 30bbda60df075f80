// Text the read-outs print: kubectl's tables (exactly as kubectl lays them out, in English
// in every locale, like kubectl itself), and the timeline and event names in the page's
// language.

import type { PodEvent, PodReadout, SimContext, TimelineEntry } from '../model.ts';
import { describeAge, formatAge } from '../model.ts';
import { fmt, STRINGS } from '../strings.ts';

type Lang = 'zh' | 'en';

/** kubectl's tabwriter: each column as wide as its widest cell, 3 spaces between columns. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows
    .map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd((widths[i] ?? 0) + 3))).join(''))
    .join('\n');
}

/**
 * RESTARTS as printPod shows it: the count, and "(10s ago)" from the latest
 * lastState.terminated.finishedAt among the containers (init containers included).
 */
export function restartsColumn(ctx: SimContext, restarts: number): string {
  let last: number | undefined;
  for (const c of [...ctx.init, ...ctx.apps]) {
    // finishedAt is the latest exit; while a container is terminated it is the current one,
    // not lastState's, which the simulator does not keep.
    if (!c.lastTerminated || c.status === 'terminated' || c.finishedAt === undefined) continue;
    last = last === undefined ? c.finishedAt : Math.max(last, c.finishedAt);
  }
  return last === undefined ? String(restarts) : `${restarts} (${formatAge(ctx.now - last)} ago)`;
}

export function kubectlGetPods(r: PodReadout, ctx: SimContext): string {
  if (r.gone) return `Error from server (NotFound): pods "${r.spec.name}" not found`;
  return table([
    ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
    [r.spec.name, r.kubectl.ready, r.kubectl.status, restartsColumn(ctx, r.kubectl.restarts), formatAge(r.now)],
  ]);
}

export function describeEventsText(r: PodReadout): string {
  if (r.events.length === 0) return 'Events:  <none>';
  const rows = [
    ['Type', 'Reason', 'Age', 'From', 'Message'],
    ['----', '------', '----', '----', '-------'],
    ...r.events.map((e) => [e.type, e.reason, describeAge(e, r.now), e.from, e.message]),
  ];
  return 'Events:\n' + table(rows).replace(/^/gm, '  ');
}

export function conditionsText(r: PodReadout): string {
  if (r.conditions.length === 0) return 'Conditions:  <none>';
  return 'Conditions:\n' + table([['Type', 'Status'], ...r.conditions.map((c) => [c.type, c.status])]).replace(/^/gm, '  ');
}

export function eventLabel(lang: Lang, ev: PodEvent): string {
  const s = STRINGS[lang];
  const on = 'container' in ev && ev.container ? ` (${ev.container})` : '';
  switch (ev.type) {
    case 'SCHEDULE':
      return s.evSchedule;
    case 'UNSCHEDULABLE':
      return s.evUnschedulable;
    case 'IMAGE_PULL_OK':
      return s.evPullOk + on;
    case 'IMAGE_PULL_FAIL':
      return s.evPullFail + on;
    case 'INIT_EXIT':
      return ev.exitCode === 0 ? s.evInitOk : fmt(s.evInitFail, { code: ev.exitCode });
    case 'APP_EXIT':
      return (ev.exitCode === 0 ? s.evAppOk : fmt(s.evAppFail, { code: ev.exitCode })) + on;
    case 'OOM_KILL':
      return s.evOom + on;
    case 'LIVENESS_FAIL':
      return s.evLiveness + on;
    case 'READINESS_FLIP':
      return s.evReadiness + on;
    case 'NODE_LOST':
      return s.evNodeLost;
    case 'DELETE':
      return s.evDelete;
    case 'TICK':
      return `+${ev.seconds ?? 1} s`;
  }
}

const T = {
  en: {
    scheduled: (e: { node: string }) => `bound to ${e.node}`,
    unschedulable: () => 'FailedScheduling: no node fits',
    sandbox: (e: { ready: boolean }) => (e.ready ? 'pod sandbox (pause) created' : 'pod sandbox gone'),
    pull: (e: { container: string; result: string; retryAt?: number }) =>
      ({ started: `pulling image for ${e.container}`, ok: `image pulled for ${e.container}`, failed: `image pull failed for ${e.container} (ErrImagePull)` })[
        e.result
      ] ?? `ImagePullBackOff for ${e.container}, retry at t=${e.retryAt ?? '?'}s`,
    start: (e: { container: string; restartCount: number }) =>
      e.restartCount > 0 ? `${e.container} started (restart #${e.restartCount})` : `${e.container} started`,
    exit: (e: { container: string; exitCode: number; reason: string }) => `${e.container} exited ${e.exitCode} (${e.reason})`,
    crashLoopBackOff: (e: { container: string; wait: number; until: number }) =>
      `CrashLoopBackOff: ${e.container} waits ${e.wait} s, restarts at t=${e.until}s`,
    probe: (e: { container: string; probe: string; ok: boolean; failures: number; threshold: number }) =>
      e.ok ? `${e.probe} probe of ${e.container} succeeded` : `${e.probe} probe of ${e.container} failed (${e.failures}/${e.threshold})`,
    appHealth: (e: { container: string; probe: string; healthy: boolean }) =>
      `${e.container} now answers its ${e.probe} probe ${e.healthy ? 'OK' : 'with errors'}`,
    ready: (e: { container: string; ready: boolean }) => `${e.container} ${e.ready ? 'ready' : 'not ready'}`,
    started: (e: { container: string }) => `${e.container} passed its startup (started=true)`,
    preStop: (e: { container: string; until: number }) => `preStop hook of ${e.container} runs until t=${e.until}s`,
    signal: (e: { container: string; signal: string; cause: string }) => `${e.signal} to PID 1 of ${e.container} (${e.cause})`,
    initialized: () => 'Initialized=True: init containers done',
    phase: (e: { from: string; to: string }) => `phase ${e.from} → ${e.to}`,
    deletion: (e: { deadline: number }) => `deletionTimestamp set; grace period ends at t=${e.deadline}s`,
    terminal: () => 'pod is terminal: nothing will be restarted',
    removed: () => 'pod object removed from the API server',
    nodeLost: () => 'node stopped reporting',
    nodeNotReady: () => 'node controller: node NotReady, pod Ready=False',
    evicted: () => 'taint-eviction-controller deletes the pod (STATUS Unknown)',
  },
  zh: {
    scheduled: (e: { node: string }) => `绑定到 ${e.node}`,
    unschedulable: () => 'FailedScheduling：没有合适的节点',
    sandbox: (e: { ready: boolean }) => (e.ready ? '已创建 Pod 沙箱（pause）' : 'Pod 沙箱已销毁'),
    pull: (e: { container: string; result: string; retryAt?: number }) =>
      ({ started: `为 ${e.container} 拉取镜像`, ok: `${e.container} 的镜像拉取完成`, failed: `${e.container} 的镜像拉取失败（ErrImagePull）` })[e.result] ??
      `${e.container} 进入 ImagePullBackOff，t=${e.retryAt ?? '?'}s 重试`,
    start: (e: { container: string; restartCount: number }) =>
      e.restartCount > 0 ? `${e.container} 启动（第 ${e.restartCount} 次重启）` : `${e.container} 启动`,
    exit: (e: { container: string; exitCode: number; reason: string }) => `${e.container} 退出，退出码 ${e.exitCode}（${e.reason}）`,
    crashLoopBackOff: (e: { container: string; wait: number; until: number }) =>
      `CrashLoopBackOff：${e.container} 等待 ${e.wait} 秒，t=${e.until}s 重启`,
    probe: (e: { container: string; probe: string; ok: boolean; failures: number; threshold: number }) =>
      e.ok ? `${e.container} 的 ${e.probe} 探针成功` : `${e.container} 的 ${e.probe} 探针失败（${e.failures}/${e.threshold}）`,
    appHealth: (e: { container: string; probe: string; healthy: boolean }) =>
      `${e.container} 对 ${e.probe} 探针的响应变为${e.healthy ? '正常' : '错误'}`,
    ready: (e: { container: string; ready: boolean }) => `${e.container} ${e.ready ? '就绪' : '未就绪'}`,
    started: (e: { container: string }) => `${e.container} 通过启动检查（started=true）`,
    preStop: (e: { container: string; until: number }) => `${e.container} 的 preStop 钩子运行到 t=${e.until}s`,
    signal: (e: { container: string; signal: string; cause: string }) => `向 ${e.container} 的 PID 1 发送 ${e.signal}（${e.cause}）`,
    initialized: () => 'Initialized=True：init 容器全部完成',
    phase: (e: { from: string; to: string }) => `阶段 ${e.from} → ${e.to}`,
    deletion: (e: { deadline: number }) => `设置 deletionTimestamp；宽限期在 t=${e.deadline}s 结束`,
    terminal: () => 'Pod 已终结：不会再重启任何容器',
    removed: () => 'Pod 对象已从 API server 删除',
    nodeLost: () => '节点停止上报',
    nodeNotReady: () => '节点控制器：节点 NotReady，Pod Ready=False',
    evicted: () => 'taint-eviction-controller 删除该 Pod（STATUS Unknown）',
  },
} as const;

export function timelineText(lang: Lang, e: TimelineEntry): string {
  const f = T[lang][e.kind] as (e: TimelineEntry) => string;
  return f(e);
}
