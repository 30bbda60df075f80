import { useSyncExternalStore } from 'react';
import { emptyProgress, type Progress } from './schema.ts';
import { readProgress, subscribeProgress } from './store.ts';

const SERVER: Progress = emptyProgress();

/**
 * The learner's progress, live. The prerendered HTML and the hydrating render see the empty progress
 * (the server has no localStorage); React then re-renders with the stored one.
 */
export function useProgress(): Progress {
  return useSyncExternalStore(subscribeProgress, readProgress, () => SERVER);
}
