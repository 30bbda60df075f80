// The pod phase diagram for the view: five phases and the moves between them. A phase
// is a summary the kubelet recomputes (getPhase), not a state anyone sets; these edges are
// the changes that recomputation can produce. `simulated` edges can be reproduced here.

import type { Phase } from './types.ts';

export interface PhaseEdge {
  from: Phase;
  to: Phase;
  simulated: boolean;
  /** What makes it happen (language-neutral hint for the view's labels). */
  via: string;
}

export const PHASE_DIAGRAM: { phases: readonly Phase[]; edges: readonly PhaseEdge[] } = {
  phases: ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'],
  edges: [
    { from: 'Pending', to: 'Running', simulated: true, via: 'all containers started, one running' },
    { from: 'Pending', to: 'Failed', simulated: true, via: 'init container failed with restartPolicy Never; or deleted before it ran' },
    { from: 'Pending', to: 'Succeeded', simulated: false, via: 'all containers ran and exited 0 between two status updates' },
    { from: 'Running', to: 'Succeeded', simulated: true, via: 'all containers exited 0 and none will restart' },
    { from: 'Running', to: 'Failed', simulated: true, via: 'all containers stopped, one failed, none will restart (or deleted)' },
    { from: 'Running', to: 'Pending', simulated: false, via: 'pod sandbox re-created: init containers run again' },
    // PodUnknown "isn't being set since 2015" (k8s.io/api core/v1 types.go); a lost node
    // shows as Ready=False and, once evicted, STATUS Unknown in kubectl.
    { from: 'Pending', to: 'Unknown', simulated: false, via: 'deprecated' },
    { from: 'Running', to: 'Unknown', simulated: false, via: 'deprecated' },
  ],
};
