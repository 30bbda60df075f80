// The pod lifecycle as an XState v5 machine. Its states are the pod's life as the
// control plane sees it; which events each state handles is the chart of what can happen
// when. Container-level facts (states, restarts, probes, back-offs) live in the context
// and are advanced by the pure functions in reduce.ts / kubelet.ts, so the machine stays
// deterministic: no timers, no clock — time only moves with TICK events.
//
//   unscheduled ──SCHEDULE──▶ bound.active ──(all done)──▶ bound.completed
//        │                        │  └──DELETE──▶ bound.terminating ──(stopped, removed)──▶ deleted
//        └──DELETE──▶ deleted     └──NODE_LOST──▶ nodeLost (frozen; evicted after 50 s + 300 s)
//
// An event a state cannot take is not dropped: it is refused, and the refusal (with the
// reason from checkEvent) is recorded in context.sim.lastResult.

import { assign, initialTransition, setup, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { applyEvent, checkEvent, initialContext } from './reduce.ts';
import type { PodEvent, SimContext } from './sim-types.ts';
import type { PodSpec } from './spec.ts';

export type Stage = 'unscheduled' | 'active' | 'terminating' | 'completed' | 'nodeLost' | 'deleted';

/** The lifecycle stage a context is in (the machine's state, read off the facts). */
export function stageOf(ctx: SimContext): Stage {
  if (ctx.gone) return 'deleted';
  if (ctx.nodeLost) return 'nodeLost';
  if (!ctx.scheduled) return 'unscheduled';
  if (ctx.deletion) return 'terminating';
  if (ctx.terminal) return 'completed';
  return 'active';
}

export interface PodMachineContext {
  sim: SimContext;
}

const apply = { guard: 'accepted', actions: 'apply' } as const;

export const podLifecycleMachine = setup({
  types: {
    context: {} as PodMachineContext,
    events: {} as PodEvent,
    input: {} as PodSpec | undefined,
  },
  guards: {
    accepted: ({ context, event }) => checkEvent(context.sim, event) === null,
    isTerminal: ({ context }) => context.sim.terminal,
    isGone: ({ context }) => context.sim.gone,
  },
  actions: {
    apply: assign({ sim: ({ context, event }) => applyEvent(context.sim, event) }),
    refuse: assign({
      sim: ({ context, event }) => {
        const r = checkEvent(context.sim, event) ?? {
          code: 'unknown-event' as const,
          message: `Not possible while the pod is ${stageOf(context.sim)}.`,
        };
        return { ...context.sim, lastResult: { ok: false as const, event, ...r } };
      },
    }),
  },
}).createMachine({
  id: 'pod',
  context: ({ input }) => ({ sim: initialContext(input) }),
  initial: 'unscheduled',
  states: {
    unscheduled: {
      on: {
        SCHEDULE: { ...apply, target: 'bound' },
        UNSCHEDULABLE: apply,
        DELETE: { ...apply, target: 'deleted' },
        TICK: apply,
        '*': { actions: 'refuse' },
      },
    },
    bound: {
      initial: 'active',
      states: {
        active: {
          always: { guard: 'isTerminal', target: 'completed' },
          on: {
            IMAGE_PULL_OK: apply,
            IMAGE_PULL_FAIL: apply,
            INIT_EXIT: apply,
            APP_EXIT: apply,
            OOM_KILL: apply,
            LIVENESS_FAIL: apply,
            READINESS_FLIP: apply,
            TICK: apply,
            DELETE: { ...apply, target: 'terminating' },
            NODE_LOST: { ...apply, target: '#pod.nodeLost' },
            '*': { actions: 'refuse' },
          },
        },
        terminating: {
          always: { guard: 'isGone', target: '#pod.deleted' },
          on: {
            INIT_EXIT: apply,
            APP_EXIT: apply,
            OOM_KILL: apply,
            READINESS_FLIP: apply,
            TICK: apply,
            NODE_LOST: { ...apply, target: '#pod.nodeLost' },
            '*': { actions: 'refuse' },
          },
        },
        completed: {
          on: {
            TICK: apply,
            DELETE: { ...apply, target: 'terminating' },
            NODE_LOST: { ...apply, target: '#pod.nodeLost' },
            '*': { actions: 'refuse' },
          },
        },
      },
    },
    nodeLost: {
      on: {
        TICK: apply,
        DELETE: apply,
        '*': { actions: 'refuse' },
      },
    },
    deleted: {
      on: { '*': { actions: 'refuse' } },
    },
  },
});

export type PodMachineSnapshot = SnapshotFrom<typeof podLifecycleMachine>;

/** The machine state as a Stage. */
export function stageOfSnapshot(s: PodMachineSnapshot): Stage {
  if (s.matches('unscheduled')) return 'unscheduled';
  if (s.matches({ bound: 'active' })) return 'active';
  if (s.matches({ bound: 'terminating' })) return 'terminating';
  if (s.matches({ bound: 'completed' })) return 'completed';
  if (s.matches('nodeLost')) return 'nodeLost';
  return 'deleted';
}

/** A fresh pod (not yet scheduled) for a spec. */
export function startPod(spec?: PodSpec): PodMachineSnapshot {
  return initialTransition(podLifecycleMachine, spec)[0];
}

/** Pure step: the next machine snapshot for an event (refused events come back recorded). */
export function sendEvent(s: PodMachineSnapshot, event: PodEvent): PodMachineSnapshot {
  return transition(podLifecycleMachine, s, event)[0];
}

/** Start a pod and play a script of events. */
export function playScript(spec: PodSpec | undefined, events: readonly PodEvent[]): PodMachineSnapshot {
  return events.reduce(sendEvent, startPod(spec));
}
