// Public contract of the pod lifecycle model (issue 7). Kept exactly as specified:
// a PodSnapshot is what the API server holds in `pod.status` (plus the two bits of
// pod metadata the read-outs need), flattened so spec and status of each container
// travel together.

export type Phase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface ContainerSnapshot {
  name: string;
  state?: 'waiting' | 'running' | 'terminated' /* omitted: no status reported yet */;
  reason?: string;
  exitCode?: number;
  signal?: number;
  restartCount?: number;
  ready?: boolean;
  started?: boolean;
  restartPolicy?: 'Always' /* sidecar */;
  lastTerminated?: { exitCode: number; reason?: string };
}

export interface PodSnapshot {
  restartPolicy: 'Always' | 'OnFailure' | 'Never';
  initContainers?: ContainerSnapshot[];
  containers: ContainerSnapshot[];
  phase?: Phase;
  reason?: string /* e.g. Evicted, NodeLost */;
  deleting?: boolean /* deletionTimestamp set */;
  terminal?: boolean /* the kubelet will restart nothing more (podIsTerminal) */;
  conditions?: { type: string; status: 'True' | 'False'; reason?: string }[];
}

export type RestartPolicy = PodSnapshot['restartPolicy'];
export type PodCondition = NonNullable<PodSnapshot['conditions']>[number];

/** A sidecar is an init container with `restartPolicy: Always` (podutil.IsRestartableInitContainer). */
export function isSidecar(c: ContainerSnapshot): boolean {
  return c.restartPolicy === 'Always';
}

/** The kubelet has reported a status for this container (podutil.GetContainerStatus found it). */
export function isReported(c: ContainerSnapshot): boolean {
  return c.state !== undefined;
}
