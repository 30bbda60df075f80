// What the lesson page, the quiz and the playgrounds record as the learner goes. Their first-load code
// reaches this module only by dynamic import() on use, so the store (and zod) load then, not before.

import type { Lang } from '../../lessons/parts.ts';
import { cardId } from './schema.ts';
import { readProgress, subscribeProgress, updateProgress } from './store.ts';
import { progressLabels } from './labels.ts';
import { markLessonRead, markPlaygroundTried, recordQuizAttempt } from './updates.ts';

/** The lesson's end came into view. */
export function markRead(slug: string): void {
  updateProgress((p) => markLessonRead(p, slug, Date.now()));
}

/** The learner changed a playground's state for the first time on this page. */
export function markPlaygroundUsed(id: string): void {
  updateProgress((p) => markPlaygroundTried(p, id, Date.now()));
}

/**
 * A graded quiz: the score, and each question answered wrong into the flashcard deck. One write, so
 * the two never disagree. The scheduler (ts-fsrs) loads only when there is a card to add.
 */
export async function recordQuiz(slug: string, correct: readonly boolean[]): Promise<void> {
  const wrong = correct.flatMap((ok, i) => (ok ? [] : [cardId(slug, 'quiz', i)]));
  const addCards = wrong.length > 0 ? (await import('../cards/schedule.ts')).addCards : undefined;
  const now = Date.now();
  const score = correct.filter(Boolean).length;
  updateProgress((p) => {
    const next = recordQuizAttempt(p, slug, score, correct.length, now);
    return addCards ? addCards(next, wrong, now) : next;
  });
}

/**
 * Calls `show` with the "Your best: 4/5" line for a lesson's quiz now and on every change (another tab
 * included); an empty string while there is none. Returns the unsubscribe function.
 */
export function watchQuizBest(slug: string, lang: Lang, show: (label: string) => void): () => void {
  const update = () => {
    const quiz = readProgress().lessons[slug]?.quiz;
    show(quiz ? progressLabels[lang].quizBest(quiz.best, quiz.total) : '');
  };
  update();
  return subscribeProgress(update);
}
