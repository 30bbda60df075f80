import type MiniSearch from 'minisearch';
import { useEffect, useState } from 'react';
import type { Lang } from '../lessons/parts.ts';
import type { SearchDoc } from './engine.ts';
import { indexFor } from './load-index.ts';

export type IndexState =
  | { status: 'loading' }
  | { status: 'error'; retry: () => void }
  | { status: 'ready'; indexes: [Lang, MiniSearch<SearchDoc>][] };

/** The indexes of the given languages, loaded while `active` (the dialog is open); a failure can be retried. */
export function useIndexes(langs: readonly Lang[], active: boolean): IndexState {
  const key = langs.join('+');
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ key: string; attempt: number; state: IndexState } | null>(null);
  useEffect(() => {
    if (!active) return;
    let live = true;
    Promise.all(
      key
        .split('+')
        .map((lang) => indexFor(lang as Lang).then((index) => [lang as Lang, index] as [Lang, MiniSearch<SearchDoc>])),
    ).then(
      (indexes) => live && setResult({ key, attempt, state: { status: 'ready', indexes } }),
      () => live && setResult({ key, attempt, state: { status: 'error', retry: () => setAttempt((n) => n + 1) } }),
    );
    return () => {
      live = false;
    };
  }, [key, active, attempt]);
  // Until this combination of languages has an answer, it is loading (even if an older one failed).
  return result && result.key === key && result.attempt === attempt ? result.state : { status: 'loading' };
}
