import type { QuizItem } from './types.ts';

export interface QuizResult {
  correct: number;
  unanswered: number;
  items: { correct: boolean; answered: boolean }[];
}

/** Grades chosen option indices against a quiz; pure so it can be tested without a page. */
export function gradeQuiz(items: QuizItem[], choices: readonly (number | undefined)[]): QuizResult {
  const graded = items.map((item, i) => ({ answered: choices[i] !== undefined, correct: choices[i] === item.answer }));
  return {
    correct: graded.filter((g) => g.correct).length,
    unanswered: graded.filter((g) => !g.answered).length,
    items: graded,
  };
}
