import { useEffect, useId, useState } from 'react';
import { HeadingIn } from '../components/Heading.tsx';
import { useHydrated } from '../components/useHydrated.ts';
import { translate, type StringKey } from '../i18n/strings.ts';
import type { Lang } from './parts.ts';
import { gradeQuiz } from './quiz-grade.ts';
import { Inline } from './RichText.tsx';
import type { QuizItem } from './types.ts';

// The progress store loads only once the quiz is live, never with the page (see study/progress/track.ts).
const track = () => import('../study/progress/track.ts');

/** A multiple-choice quiz graded in the page, each answer explained; the score is remembered. */
export function Quiz({ id, items, lang, slug }: { id: string; items: QuizItem[]; lang: Lang; slug: string }) {
  const t = (key: StringKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const baseId = useId();
  const [choices, setChoices] = useState<(number | undefined)[]>(() => items.map(() => undefined));
  const [checked, setChecked] = useState(false);
  const [warning, setWarning] = useState('');
  const result = gradeQuiz(items, choices);
  // Until its code arrives the prerendered quiz can't grade; a live submit button would reload the page.
  const ready = useHydrated();
  const [best, setBest] = useState('');
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    track().then(
      (m) => {
        if (live) stop = m.watchQuizBest(slug, lang, setBest);
      },
      () => {}, // offline or a stale deploy: the quiz works, its score is just not kept
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [slug, lang]);
  return (
    <section className="quiz" aria-labelledby={id}>
      <HeadingIn lang={lang} level={2} id={id}>
        {t('quiz')}
      </HeadingIn>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (result.unanswered > 0) {
            setWarning(t('quizUnanswered', { n: result.unanswered }));
            return;
          }
          setWarning('');
          setChecked(true);
          const correct = result.items.map((r) => r.correct);
          track().then((m) => m.recordQuiz(slug, correct)).catch(() => {});
        }}
      >
        <ol className="quiz-list">
          {items.map((item, qi) => {
            const name = `${baseId}-q${qi}`;
            const verdict = result.items[qi];
            return (
              <li key={qi}>
                <fieldset disabled={checked}>
                  <legend>
                    <Inline text={item.q} />
                  </legend>
                  {item.options.map((option, oi) => (
                    <label key={oi} className={checked && oi === item.answer ? 'quiz-option quiz-answer' : 'quiz-option'}>
                      <input
                        type="radio"
                        name={name}
                        checked={choices[qi] === oi}
                        onChange={() => setChoices(choices.map((c, i) => (i === qi ? oi : c)))}
                      />
                      <Inline text={option} />
                    </label>
                  ))}
                </fieldset>
                {checked && verdict && (
                  <div className={verdict.correct ? 'quiz-feedback correct' : 'quiz-feedback wrong'}>
                    <p>
                      <strong>{verdict.correct ? t('quizCorrect') : t('quizWrong', { answer: item.options[item.answer] ?? '' })}</strong>
                    </p>
                    <p>
                      <Inline text={item.explain} />
                    </p>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        <div className="quiz-actions">
          {checked ? (
            <button
              type="button"
              onClick={() => {
                setChecked(false);
                setChoices(items.map(() => undefined));
              }}
            >
              {t('quizRetry')}
            </button>
          ) : (
            <button type="submit" disabled={!ready}>
              {t('quizCheck')}
            </button>
          )}
          <p className="quiz-status" aria-live="polite">
            {checked ? t('quizScore', { n: result.correct, total: items.length }) : warning}
          </p>
          {best && <p className="quiz-best">{best}</p>}
        </div>
      </form>
    </section>
  );
}
