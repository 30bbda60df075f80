import type { PlaygroundMeta } from '../types.ts';

export const meta: PlaygroundMeta = {
  id: 'pod-lifecycle',
  title: { zh: 'Pod 生命周期', en: 'Pod lifecycle' },
  summary: {
    zh: '搭一个 Pod，用事件和模拟时钟驱动它：阶段（按 kubelet 的 getPhase 规则）、各容器状态与 kubectl get pods 的一行始终一致。',
    en: "Build a pod and drive it with events and a simulated clock: its phase (by the kubelet's getPhase rules), each container's state and the kubectl get pods line always agree.",
  },
  height: 2700,
};
