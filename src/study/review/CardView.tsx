import { use, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { findLesson, loadStudy } from '../../lessons/catalog.ts';
import type { Lang } from '../../lessons/parts.ts';
import { Inline, RichText } from '../../lessons/RichText.tsx';
import { parseCardId, type StoredCard } from '../progress/schema.ts';
import { cardFace, optionLetter } from '../cards/card-text.ts';
import { RATINGS, type Rating } from '../cards/schedule.ts';
import type { ReviewStringKey, ReviewT } from './strings.ts';
import { formatInterval } from './time-format.ts';

const GRADE_KEYS: Record<Rating, ReviewStringKey> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };
const STATE_KEYS: ReviewStringKey[] = ['stateNew', 'stateLearning', 'stateReview', 'stateRelearning'];

export const gradeName = (t: ReviewT, r: Rating) => t(GRADE_KEYS[r]);

interface Props {
  id: string;
  stored: StoredCard | undefined;
  lang: Lang;
  t: ReviewT;
  flipped: boolean;
  /** Which part to focus once shown: set after a grade (question) or a flip (answer). */
  focus: 'question' | 'answer' | null;
  intervals: Record<Rating, number>;
  onFlip: () => void;
  onGrade: (rating: Rating) => void;
}

/**
 * One flashcard: the question, then (flipped) the answer and the four grades with the interval each
 * would give. The lesson's texts load with `use` (inside the page's Suspense boundary).
 */
export function CardView({ id, stored, lang, t, flipped, focus, intervals, onFlip, onGrade }: Props) {
  const parsed = parseCardId(id)!;
  const lesson = findLesson(parsed.slug);
  const face = cardFace(use(loadStudy(lang, parsed.slug)), id);
  const questionRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focus === 'question' && !flipped) questionRef.current?.focus();
    if (focus === 'answer' && flipped) answerRef.current?.focus();
  }, [focus, flipped, id]);

  return (
    <section className="review-card" aria-labelledby="review-question">
      <p className="review-card-meta">
        {lesson && <Link to={paths.lesson(lang, lesson.slug)}>{lesson.title[lang]}</Link>}
        <span>{t(parsed.kind === 'quiz' ? 'kindQuiz' : 'kindInterview')}</span>
        <span className="review-card-state">{t(STATE_KEYS[stored?.state ?? 0]!)}</span>
      </p>
      <h2 id="review-question" className="review-question" tabIndex={-1} ref={questionRef}>
        {face ? <Inline text={face.q} /> : t('cardFailed')}
      </h2>
      {face?.options && (
        <ol className="review-options">
          {face.options.map((option, i) => (
            <li key={i}>
              <span className="review-option-letter" aria-hidden="true">
                {optionLetter(i)}.
              </span>{' '}
              <Inline text={option} />
            </li>
          ))}
        </ol>
      )}
      {!flipped ? (
        <button type="button" className="review-flip" onClick={onFlip} aria-keyshortcuts="Space">
          {t('showAnswer')} <kbd aria-hidden="true">Space</kbd>
        </button>
      ) : (
        <>
          <div
            className="review-answer"
            tabIndex={-1}
            ref={answerRef}
            role="region"
            aria-labelledby="review-answer-label"
          >
            <h3 id="review-answer-label" className="review-answer-label">
              {t('answer')}
            </h3>
            {face ? (
              <>
                {face.kind === 'quiz' ? (
                  <p className="review-answer-right">
                    <Inline text={face.answer} />
                  </p>
                ) : (
                  <RichText text={face.answer} />
                )}
                {face.explain && <RichText text={face.explain} />}
              </>
            ) : (
              <p>{t('cardMissing')}</p>
            )}
          </div>
          <div className="review-grades" role="group" aria-label={t('grade')}>
            {RATINGS.map((r) => {
              const interval = formatInterval(intervals[r], lang);
              return (
                <button
                  key={r}
                  type="button"
                  className={`review-grade review-grade-${r}`}
                  onClick={() => onGrade(r)}
                  aria-keyshortcuts={String(r)}
                  aria-label={`${gradeName(t, r)}, ${t('nextIn', { t: interval })}`}
                >
                  <span className="review-grade-name">
                    <kbd aria-hidden="true">{r}</kbd> {gradeName(t, r)}
                  </span>
                  <span className="review-grade-interval">{interval}</span>
                </button>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
