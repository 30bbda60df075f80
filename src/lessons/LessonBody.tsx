import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { Interview } from './Interview.tsx';
import type { LessonModule } from './lesson-module.ts';
import { INTERVIEW_ID, QUIZ_ID } from './lesson-toc.ts';
import { mdxComponents } from './mdx-components.tsx';
import { Quiz } from './Quiz.tsx';

/** The MDX body, then the interview questions and the quiz from the frontmatter. Shared by page and embed. */
export function LessonBody({ mod }: { mod: LessonModule }) {
  const Content = mod.default;
  const { interview, quiz } = mod.frontmatter;
  return (
    <>
      <div className="prose">
        <Content components={mdxComponents} />
      </div>
      {interview.length > 0 && <Interview id={INTERVIEW_ID} items={interview} />}
      {quiz.length > 0 && (
        <ErrorBoundary>
          <Quiz id={QUIZ_ID} items={quiz} />
        </ErrorBoundary>
      )}
    </>
  );
}
