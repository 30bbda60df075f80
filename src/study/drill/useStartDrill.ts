import { useState } from 'react';
import { loadStudy } from '../../lessons/catalog.ts';
import type { Lang } from '../../lessons/parts.ts';
import { checkSetup, startDrill, type ClampNotice, type StartError } from './model.ts';
import { writeSession } from './session-store.ts';

export interface SetupValues {
  slugs: string[];
  count: number;
  secondsPerQuestion: number | null;
}

export type StartProblem = StartError | { code: 'load-failed' };

/** A fresh 32-bit seed: the only randomness in the drill, drawn here so the model stays pure. */
function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/**
 * Starting a drill: check the form, load the chosen lessons' questions (their counts are not in the
 * first-load catalog), deal. Problems come back as values for the form to show where they belong.
 */
export function useStartDrill(lang: Lang) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<StartProblem | null>(null);
  const [notice, setNotice] = useState<ClampNotice | null>(null);

  async function start(values: SetupValues): Promise<boolean> {
    const invalid = checkSetup(values);
    setProblem(invalid);
    if (invalid) return false;
    setBusy(true);
    try {
      const studies = await Promise.all(values.slugs.map((slug) => loadStudy(lang, slug)));
      const result = startDrill(
        {
          lessons: values.slugs.map((slug, i) => ({ slug, questions: studies[i]?.interview.length ?? 0 })),
          count: values.count,
          secondsPerQuestion: values.secondsPerQuestion,
          seed: randomSeed(),
        },
        Date.now(),
      );
      if (!result.ok) {
        setProblem(result.error);
        return false;
      }
      setNotice(result.notice);
      writeSession(result.session);
      return true;
    } catch {
      setProblem({ code: 'load-failed' });
      return false;
    } finally {
      setBusy(false);
    }
  }

  return { start, busy, problem, notice, clearNotice: () => setNotice(null) };
}
