import { useCallback, useEffect, useRef, useState } from 'react';
import { playgroundIdOfStorageKey, playgroundStorageKey as storageKey } from '../study/progress/playground-keys.ts';
import { decodeShareHash, encodeShareHash } from './share.ts';

/**
 * A playground's state, kept where a reader expects it back: in the URL fragment on the playground's own
 * page (so the link reproduces it), and in localStorage under `key`. The first render uses `initial`, as
 * the prerendered HTML did; the saved state is applied right after. `parse` turns unknown data (an old or
 * hand-edited link) into a valid state, or undefined to ignore it.
 *
 * Only a state other than `initial` is saved (back at `initial`, the key is removed): a saved state then
 * always means the learner changed something or came from a link, which the progress migration from
 * before progress existed relies on. The learner's first change also marks the playground as tried in
 * their progress (loading the progress store then, not before).
 */
export function usePlaygroundState<T>(
  key: string,
  initial: T,
  parse: (raw: unknown) => T | undefined,
  options: { urlSync: boolean },
): [T, (next: T) => void, () => void] {
  const [state, setState] = useState(initial);
  const parseRef = useRef(parse);
  const initialRef = useRef(initial);
  const restored = useRef(false);
  const tried = useRef(false);

  useEffect(() => {
    let saved: T | undefined;
    if (options.urlSync) {
      const fromUrl = decodeShareHash(window.location.hash);
      if (fromUrl.ok) saved = parseRef.current(fromUrl.state);
    }
    if (saved === undefined) {
      try {
        const text = localStorage.getItem(storageKey(key));
        if (text) saved = parseRef.current(JSON.parse(text) as unknown);
      } catch {
        // Unreadable or blocked storage: start from the defaults.
      }
    }
    restored.current = true;
    // Restoring saved state is a one-off sync from external stores (URL, localStorage) after mount.
    if (saved !== undefined) setState(saved);
  }, [key, options.urlSync]);

  useEffect(() => {
    if (!restored.current) return;
    const timer = window.setTimeout(() => {
      try {
        if (state === initialRef.current) localStorage.removeItem(storageKey(key));
        else localStorage.setItem(storageKey(key), JSON.stringify(state));
      } catch {
        // Storage full or blocked: the URL still carries the state on the playground page.
      }
      if (options.urlSync) window.history.replaceState(window.history.state, '', encodeShareHash(state));
    }, 250);
    return () => window.clearTimeout(timer);
  }, [key, state, options.urlSync]);

  const set = useCallback(
    (next: T) => {
      const id = playgroundIdOfStorageKey(storageKey(key));
      if (!tried.current && id) import('../study/progress/track.ts').then((m) => m.markPlaygroundUsed(id), () => {});
      tried.current = true;
      setState(next);
    },
    [key],
  );
  const reset = useCallback(() => set(initialRef.current), [set]);
  return [state, set, reset];
}
