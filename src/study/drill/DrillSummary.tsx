import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { findLesson } from '../../lessons/catalog.ts';
import { INTERVIEW_ID } from '../../lessons/lesson-toc.ts';
import type { Lang } from '../../lessons/parts.ts';
import { Inline } from '../../lessons/RichText.tsx';
import { summarize, type DrillSession, type Rating } from './model.ts';
import { formatClock, GRADE_NAMES, type DrillT } from './strings.ts';
import type { Interviews } from './useInterviews.ts';

interface Props {
  lang: Lang;
  t: DrillT;
  session: DrillSession;
  interviews: Interviews;
  focusOnMount: boolean;
  busy: boolean;
  onAgain: () => void;
  onNew: () => void;
}

/** The finished drill: per question the time used and the grade, the averages, and where to read up. */
export function DrillSummary({ lang, t, session, interviews, focusOnMount, busy, onAgain, onNew }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  const s = summarize(session);
  const gradeName = (g: Rating) => GRADE_NAMES[lang][g];
  const title = (slug: string) => findLesson(slug)?.title[lang] ?? slug;
  const avg = s.averageGrade;

  return (
    <section className="drill-summary" aria-labelledby="drill-summary-heading">
      <h2 id="drill-summary-heading" ref={heading} tabIndex={-1}>
        {t('finished')}
      </h2>
      <p>
        {s.skipped > 0
          ? t('stoppedEarly', { graded: s.rows.length, dealt: s.dealt })
          : t('allGraded', { graded: s.rows.length })}
      </p>
      {avg === null ? (
        <p>{t('noneGraded')}</p>
      ) : (
        <dl className="drill-stats">
          <div>
            <dt>{t('averageGrade')}</dt>
            <dd>{t('outOf4', { n: avg.toFixed(1) })}</dd>
          </div>
          <div>
            <dt>{t('averageTime')}</dt>
            <dd>{formatClock(s.averageMs ?? 0)}</dd>
          </div>
          <div>
            <dt>{t('totalTime')}</dt>
            <dd>{formatClock(s.totalMs)}</dd>
          </div>
        </dl>
      )}

      {s.rows.length > 0 && (
        <ol className="drill-results">
          {s.rows.map((r) => {
            const item = interviews.status === 'ready' ? interviews.bySlug[r.slug]?.[r.index] : undefined;
            return (
              <li key={r.position} value={r.position + 1}>
                <p className="drill-result-q">{item ? <Inline text={item.q} /> : `${title(r.slug)} #${r.index + 1}`}</p>
                <p className="drill-result-meta">
                  <span>{t('resultLesson', { lesson: title(r.slug) })}</span>
                  <span>
                    {t('resultTime', { time: formatClock(r.usedMs) })}
                    {r.timedOut && ` (${t('timedOutMark')})`}
                    {r.aloud && ` (${t('aloudMark')})`}
                  </span>
                  <span className="drill-grade-tag">{t('resultGrade', { grade: gradeName(r.grade) })}</span>
                </p>
              </li>
            );
          })}
        </ol>
      )}

      {s.lessons.length > 0 && (
        <>
          <p>{t('revisit')}</p>
          <ul className="drill-revisit">
            {s.lessons.map((slug) => (
              <li key={slug}>
                <Link to={`${paths.lesson(lang, slug)}#${INTERVIEW_ID}`}>{title(slug)}</Link>
              </li>
            ))}
          </ul>
          <p>
            {t('toReview')} <Link to={paths.review(lang)}>{t('reviewLink')}</Link>
          </p>
        </>
      )}

      <div className="drill-actions">
        <button type="button" className="drill-primary" onClick={onAgain} aria-disabled={busy || undefined}>
          {t('again')}
        </button>
        <button type="button" onClick={onNew}>
          {t('newDrill')}
        </button>
      </div>
    </section>
  );
}
