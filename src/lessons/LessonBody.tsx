import type { LessonModule } from './lesson-module.ts';
import { mdxComponents } from './mdx-components.tsx';
import type { Lang } from './parts.ts';
import { StudySection } from './StudySection.tsx';

/** The MDX body, then the interview questions and the quiz. Shared by the lesson page and its embed. */
export function LessonBody({ mod, lang, slug }: { mod: LessonModule; lang: Lang; slug: string }) {
  const Content = mod.default;
  return (
    <>
      <div className="prose">
        <Content components={mdxComponents} />
      </div>
      <StudySection lang={lang} slug={slug} counts={mod.frontmatter.study} />
    </>
  );
}
