import { useSyncExternalStore } from 'react';

const noop = () => () => {};

/** False in prerendered HTML and during hydration, true once React runs the component in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}
