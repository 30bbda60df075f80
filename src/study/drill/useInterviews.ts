import { useEffect, useState } from 'react';
import { loadStudy, peekStudy } from '../../lessons/catalog.ts';
import type { Lang } from '../../lessons/parts.ts';
import type { InterviewItem } from '../../lessons/types.ts';

export type Interviews =
  | { status: 'ready'; bySlug: Record<string, InterviewItem[]> }
  | { status: 'loading' }
  | { status: 'failed'; retry: () => void };

function peekAll(lang: Lang, slugs: readonly string[]): Record<string, InterviewItem[]> | undefined {
  const bySlug: Record<string, InterviewItem[]> = {};
  for (const slug of slugs) {
    const study = peekStudy(lang, slug);
    if (!study) return undefined;
    bySlug[slug] = study.interview;
  }
  return bySlug;
}

/**
 * The interview questions of some lessons in one language. The study chunks are cached by the catalog,
 * so after the drill's start (which loads them) this is synchronous; after a reload or a language
 * switch it loads them, and a failed download offers a retry.
 */
export function useInterviews(lang: Lang, slugs: readonly string[]): Interviews {
  const key = `${lang}:${slugs.join(',')}`;
  const [outcome, setOutcome] = useState<{ key: string; failed: boolean; attempt: number }>({
    key: '',
    failed: false,
    attempt: 0,
  });
  const attempt = outcome.key === key ? outcome.attempt : 0;
  const ready = peekAll(lang, slugs);

  useEffect(() => {
    if (peekAll(lang, slugs)) return;
    let live = true;
    Promise.all(slugs.map((slug) => loadStudy(lang, slug))).then(
      () => live && setOutcome({ key, failed: false, attempt }),
      () => live && setOutcome({ key, failed: true, attempt }),
    );
    return () => {
      live = false;
    };
    // `key` stands for lang and slugs; `attempt` re-runs it on retry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  if (ready) return { status: 'ready', bySlug: ready };
  if (outcome.key === key && outcome.failed)
    return { status: 'failed', retry: () => setOutcome({ key, failed: false, attempt: attempt + 1 }) };
  return { status: 'loading' };
}
