import { useEffect, useRef, useState, type FormEvent } from 'react';
import { partName } from '../../i18n/strings.ts';
import { catalog } from '../../lessons/catalog.ts';
import { PARTS, type Lang } from '../../lessons/parts.ts';
import { MAX_COUNT, TIME_CHOICES } from './model.ts';
import type { DrillT } from './strings.ts';
import type { SetupValues, StartProblem } from './useStartDrill.ts';

interface Props {
  lang: Lang;
  t: DrillT;
  initial: SetupValues;
  busy: boolean;
  problem: StartProblem | null;
  onStart: (values: SetupValues) => void;
}

/** Which lessons, how many questions, how long each. Rendered on the server too (nothing stored in it). */
export function SetupForm({ lang, t, initial, busy, problem, onStart }: Props) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(initial.slugs));
  const [count, setCount] = useState(String(initial.count));
  const [seconds, setSeconds] = useState<number | null>(initial.secondsPerQuestion);
  const firstLesson = useRef<HTMLInputElement>(null);
  const countInput = useRef<HTMLInputElement>(null);

  // Move focus to the field a problem is about, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (problem?.code === 'no-lessons') firstLesson.current?.focus();
    if (problem?.code === 'bad-count') countInput.current?.focus();
  }, [problem]);

  function toggle(slugs: string[], on: boolean) {
    setChosen((prev) => {
      const next = new Set(prev);
      for (const s of slugs) {
        if (on) next.add(s);
        else next.delete(s);
      }
      return next;
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    // In catalogue order, so the same choice always deals the same way for a seed.
    const slugs = catalog.filter((l) => chosen.has(l.slug)).map((l) => l.slug);
    onStart({ slugs, count: count.trim() === '' ? NaN : Number(count), secondsPerQuestion: seconds });
  }

  const lessonsError = problem?.code === 'no-lessons';
  const countError = problem?.code === 'bad-count';
  const formError =
    problem?.code === 'no-questions'
      ? t('noQuestions')
      : problem?.code === 'load-failed'
        ? t('loadFailed')
        : problem?.code === 'bad-time'
          ? t('badTime')
          : null;

  return (
    <form className="drill-setup" onSubmit={submit} noValidate>
      <fieldset className="drill-lessons" aria-describedby={lessonsError ? 'drill-lessons-error' : undefined}>
        <legend>{t('setupLessons')}</legend>
        {lessonsError && (
          <p id="drill-lessons-error" className="drill-error">
            {t('noLessons')}
          </p>
        )}
        {PARTS.map((part, p) => {
          const lessons = catalog.filter((l) => l.part === part);
          if (lessons.length === 0) return null;
          const slugs = lessons.map((l) => l.slug);
          const picked = slugs.filter((s) => chosen.has(s)).length;
          return (
            <fieldset key={part} className="drill-part">
              <legend>{partName(lang, part)}</legend>
              <label className="drill-check drill-all">
                <input
                  type="checkbox"
                  checked={picked === slugs.length}
                  ref={(el) => {
                    if (el) el.indeterminate = picked > 0 && picked < slugs.length;
                  }}
                  onChange={(e) => toggle(slugs, e.target.checked)}
                />
                {t('allInPart', { part: partName(lang, part) })}
              </label>
              <ul>
                {lessons.map((l, i) => (
                  <li key={l.slug}>
                    <label className="drill-check">
                      <input
                        type="checkbox"
                        name="lesson"
                        value={l.slug}
                        checked={chosen.has(l.slug)}
                        onChange={(e) => toggle([l.slug], e.target.checked)}
                        ref={p === 0 && i === 0 ? firstLesson : undefined}
                      />
                      {l.title[lang]}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          );
        })}
      </fieldset>

      <div className="drill-field">
        <label htmlFor="drill-count">{t('setupCount')}</label>
        <input
          id="drill-count"
          ref={countInput}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_COUNT}
          step={1}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          aria-invalid={countError || undefined}
          aria-describedby={countError ? 'drill-count-help drill-count-error' : 'drill-count-help'}
        />
        <span id="drill-count-help" className="drill-help">
          {t('setupCountHelp', { max: MAX_COUNT })}
        </span>
        {countError && (
          <p id="drill-count-error" className="drill-error">
            {t('badCount', { min: 1, max: MAX_COUNT })}
          </p>
        )}
      </div>

      <fieldset className="drill-time-choice">
        <legend>{t('setupTime')}</legend>
        {TIME_CHOICES.map((s) => (
          <label key={s ?? 'untimed'} className="drill-check">
            <input type="radio" name="drill-time" checked={seconds === s} onChange={() => setSeconds(s)} />
            {s === null ? t('untimed') : t('minutes', { n: s / 60 })}
          </label>
        ))}
      </fieldset>

      <div className="drill-actions">
        <button type="submit" className="drill-primary" aria-disabled={busy || undefined}>
          {busy ? t('starting') : t('start')}
        </button>
        {formError && (
          <p className="drill-error" role="alert">
            {formError}
          </p>
        )}
      </div>
    </form>
  );
}
