import './lesson-marks.css';
import type { Lang } from '../../lessons/parts.ts';
import { progressLabels } from './labels.ts';
import { useProgress } from './useProgress.ts';

/** The course map's marks for one lesson (see lesson-marks-slot.tsx for when this loads). */
export default function LessonMarks({ slug, lang }: { slug: string; lang: Lang }) {
  const lesson = useProgress().lessons[slug];
  const labels = progressLabels[lang];
  if (!lesson?.readAt && !lesson?.quiz) return null;
  return (
    <p className="lesson-marks">
      {lesson.readAt !== undefined && (
        <span className="lesson-mark-read">
          <span aria-hidden="true">✓ </span>
          {labels.read}
        </span>
      )}
      {lesson.quiz && <span>{labels.mapQuiz(lesson.quiz.best, lesson.quiz.total)}</span>}
    </p>
  );
}
