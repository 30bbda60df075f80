import { Interview } from './Interview.tsx';
import { INTERVIEW_ID, QUIZ_ID } from './lesson-toc.ts';
import type { Lang } from './parts.ts';
import { Quiz } from './Quiz.tsx';
import type { LessonStudy } from './types.ts';

export interface StudyViewProps {
  study: LessonStudy;
  lang: Lang;
  slug: string;
}

/** A lesson's interview questions and quiz (loaded with their data by StudySection.tsx). */
export default function StudyView({ study, lang, slug }: StudyViewProps) {
  return (
    <>
      {study.interview.length > 0 && <Interview id={INTERVIEW_ID} items={study.interview} lang={lang} />}
      {study.quiz.length > 0 && <Quiz id={QUIZ_ID} items={study.quiz} lang={lang} slug={slug} />}
    </>
  );
}
