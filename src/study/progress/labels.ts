// The few progress words shown outside the dashboard (the quiz's best score, the course map's marks).
// Apart from strings.ts so that what the lesson page and the home page load for them stays tiny.

import type { Lang } from '../../lessons/parts.ts';

export const progressLabels: Record<
  Lang,
  { read: string; quizBest: (best: number, total: number) => string; mapQuiz: (best: number, total: number) => string }
> = {
  en: {
    read: 'Read',
    quizBest: (best, total) => `Your best: ${best}/${total}`,
    mapQuiz: (best, total) => `Quiz best ${best}/${total}`,
  },
  zh: {
    read: '已读',
    quizBest: (best, total) => `最好成绩：${best}/${total}`,
    mapQuiz: (best, total) => `测验最好 ${best}/${total}`,
  },
};
