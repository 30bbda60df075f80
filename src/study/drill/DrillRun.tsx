import { useEffect, useRef, useState } from 'react';
import { findLesson } from '../../lessons/catalog.ts';
import type { Lang } from '../../lessons/parts.ts';
import { Inline, RichText } from '../../lessons/RichText.tsx';
import { gradeCard } from '../cards/schedule.ts';
import { cardId } from '../progress/schema.ts';
import { updateProgress } from '../progress/store.ts';
import { Countdown } from './Countdown.tsx';
import { announceMark, RATINGS, remainingMs, type ClampNotice, type DrillSession, type Rating } from './model.ts';
import { dispatchDrill, readSession } from './session-store.ts';
import { GRADE_NAMES, type DrillT } from './strings.ts';
import type { Interviews } from './useInterviews.ts';

interface Props {
  lang: Lang;
  t: DrillT;
  session: DrillSession;
  interviews: Interviews;
  notice: ClampNotice | null;
  /** Focus the answer box on mount: true when the learner just started, false after a reload. */
  focusOnMount: boolean;
  onAct: () => void;
}

type FocusTarget = 'answer' | 'revealed' | null;

/** One question at a time: answering (clock running) → revealed (compare, self-grade) → the next. */
export function DrillRun({ lang, t, session, interviews, notice, focusOnMount, onAct }: Props) {
  const [now, setNow] = useState(() => Date.now());
  // What the status region says, for which question: a new question starts silent, so the same
  // "30 seconds left" is heard again.
  const [live, setLive] = useState<{ at: number; text: string }>({ at: -1, text: '' });
  const [saveFailed, setSaveFailed] = useState(false);
  const focusTarget = useRef<FocusTarget>(focusOnMount ? 'answer' : null);
  const answerBox = useRef<HTMLTextAreaElement>(null);
  const revealedHeading = useRef<HTMLHeadingElement>(null);

  const { phase, current } = session;
  const question = session.questions[current];
  const answer = session.answers[current];
  const item =
    question && interviews.status === 'ready' ? interviews.bySlug[question.slug]?.[question.index] : undefined;
  const running = phase === 'answering' && session.timer.runningSince !== null;

  // The only clock: while the timer runs, tick four times a second (the display rounds to seconds).
  useEffect(() => {
    if (!running) return;
    let last = Date.now();
    const id = setInterval(() => {
      const at = Date.now();
      const before = readSession();
      if (!before) return;
      const mark = announceMark(
        before.secondsPerQuestion,
        remainingMs(before, last) ?? 0,
        remainingMs(before, at) ?? 0,
      );
      last = at;
      setNow(at);
      if (mark !== null) setLive({ at: before.current, text: t('announceLeft', { n: mark }) });
      const after = dispatchDrill({ type: 'tick', now: at });
      if (after !== before && after?.phase === 'revealed') {
        setLive({ at: before.current, text: t('timeUp') });
        // The answer box is about to go; keep the focus in the question instead of losing it to <body>.
        if (document.activeElement === answerBox.current) focusTarget.current = 'revealed';
      }
    }, 250);
    return () => clearInterval(id);
  }, [running, current, t]);

  useEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (target === 'answer') answerBox.current?.focus();
    if (target === 'revealed') revealedHeading.current?.focus();
  }, [current, phase]);

  function reveal(aloud: boolean) {
    onAct();
    focusTarget.current = 'revealed';
    dispatchDrill({ type: 'reveal', now: Date.now(), aloud });
  }

  function grade(rating: Rating) {
    // Read the stored session, not this render's: a key pressed twice must not grade a card twice.
    const s = readSession();
    const q = s?.questions[s.current];
    if (!s || s.phase !== 'revealed' || !q) return;
    onAct();
    const at = Date.now();
    if (item) {
      let saved: boolean;
      try {
        saved = updateProgress((p) => gradeCard(p, cardId(q.slug, 'interview', q.index), rating, at));
      } catch {
        saved = false;
      }
      setSaveFailed(!saved);
    }
    focusTarget.current = 'answer';
    dispatchDrill({ type: 'grade', rating, now: at });
  }

  // Keys 1–4 grade once the answer is shown (not while typing: there is no text box then).
  const gradeRef = useRef(grade);
  useEffect(() => {
    gradeRef.current = grade;
  });
  useEffect(() => {
    if (phase !== 'revealed') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const el = e.target as HTMLElement | null;
      if (el?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const rating = Number(e.key);
      if (rating >= 1 && rating <= 4) {
        e.preventDefault();
        gradeRef.current(rating as Rating);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [phase]);

  if (!question || !answer) return null;
  const lesson = findLesson(question.slug);

  return (
    <div className="drill-run">
      {notice && <p className="drill-notice">{t('clamped', { requested: notice.requested, dealt: notice.dealt })}</p>}
      <div className="drill-head">
        <p className="drill-counter">
          {t('questionOf', { n: current + 1, total: session.questions.length })}
          {lesson && <> · {t('fromLesson', { lesson: lesson.title[lang] })}</>}
        </p>
        <Countdown session={session} now={now} t={t} />
      </div>

      <h2 className="drill-question" id="drill-question">
        {item ? (
          <Inline text={item.q} />
        ) : interviews.status === 'failed' ? (
          t('questionOf', { n: current + 1, total: session.questions.length })
        ) : (
          '…'
        )}
      </h2>
      {interviews.status === 'failed' && (
        <p className="drill-error" role="alert">
          {t('loadFailed')}{' '}
          <button type="button" onClick={interviews.retry}>
            {t('retry')}
          </button>
        </p>
      )}
      {interviews.status === 'ready' && !item && <p className="drill-error">{t('questionMissing')}</p>}

      {phase === 'answering' ? (
        <>
          <label htmlFor="drill-answer" className="drill-label">
            {t('yourAnswer')}
          </label>
          <textarea
            id="drill-answer"
            ref={answerBox}
            className="drill-answer"
            rows={7}
            value={answer.text}
            aria-describedby="drill-question"
            onChange={(e) => dispatchDrill({ type: 'type', text: e.target.value })}
          />
          <div className="drill-actions">
            <button type="button" className="drill-primary" onClick={() => reveal(false)}>
              {t('reveal')}
            </button>
            <button type="button" onClick={() => reveal(true)}>
              {t('answeredAloud')}
            </button>
            {running ? (
              <button type="button" onClick={() => dispatchDrill({ type: 'pause', now: Date.now() })}>
                {t('pause')}
              </button>
            ) : (
              <button type="button" onClick={() => dispatchDrill({ type: 'resume', now: Date.now() })}>
                {t('resume')}
              </button>
            )}
          </div>
        </>
      ) : (
        <section className="drill-revealed" aria-labelledby="drill-model-heading">
          {answer.timedOut && <p className="drill-notice">{t('timeUp')}</p>}
          <div className="drill-compare">
            <div className="drill-mine">
              <h3>{t('youWrote')}</h3>
              {answer.text.trim() ? (
                <p className="drill-typed">{answer.text}</p>
              ) : (
                <p className="drill-help">{answer.aloud ? t('youAnsweredAloud') : t('youWroteNothing')}</p>
              )}
            </div>
            <div className="drill-model">
              <h3 id="drill-model-heading" ref={revealedHeading} tabIndex={-1}>
                {t('modelAnswer')}
              </h3>
              {item && <RichText text={item.a} />}
            </div>
          </div>
          <div role="group" aria-labelledby="drill-grade-prompt" className="drill-grades">
            <p id="drill-grade-prompt">{t('gradePrompt')}</p>
            {RATINGS.map((r) => (
              <button
                key={r}
                type="button"
                className={`drill-grade drill-grade-${r}`}
                aria-keyshortcuts={String(r)}
                onClick={() => grade(r)}
              >
                {GRADE_NAMES[lang][r]} <kbd aria-hidden="true">{r}</kbd>
              </button>
            ))}
          </div>
        </section>
      )}
      {saveFailed && (
        <p className="drill-error" role="alert">
          {t('saveFailed')}
        </p>
      )}

      <div className="drill-stop">
        <button
          type="button"
          onClick={() => {
            onAct();
            dispatchDrill({ type: 'stop', now: Date.now() });
          }}
        >
          {t('stop')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {live.at === current ? live.text : ''}
      </p>
    </div>
  );
}
