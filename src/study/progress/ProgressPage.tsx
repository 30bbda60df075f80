import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { useHydrated } from '../../components/useHydrated.ts';
import { partName, translate } from '../../i18n/strings.ts';
import { useLang } from '../../i18n/useT.ts';
import { catalog } from '../../lessons/catalog.ts';
import { PARTS, type Lang } from '../../lessons/parts.ts';
import type { CatalogEntry } from '../../lessons/types.ts';
import { countDue, countDueByLesson, NEW_CARDS_PER_DAY } from '../cards/deck.ts';
import { DataControls } from './DataControls.tsx';
import { PROGRESS_VERSION } from './schema.ts';
import { storedProgressProblem } from './store.ts';
import { progressT, type ProgressT } from './strings.ts';
import { lessonRows, overview, type LessonRow, type Overview } from './summary.ts';
import { useProgress } from './useProgress.ts';
import './progress.css';

/**
 * `/:lang/progress`: what the learner has done, lesson by lesson, and their data (export, import,
 * reset). Prerendered with empty progress like every visitor's first visit; the stored progress
 * replaces it once the page is live (useProgress).
 */
export default function ProgressPage() {
  const lang = useLang();
  const t = progressT(lang);
  useDocumentTitle(`${t('title')} · ${translate(lang, 'siteName')}`);
  const progress = useProgress();
  // Due counts move with the clock too (a card in learning comes back after minutes).
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  const rows = lessonRows(progress, catalog, countDueByLesson(progress, now));
  const stats = overview(rows, progress, countDue(progress, now), now);
  return (
    <div className="progress-page" lang={lang}>
      <h1>{t('title')}</h1>
      <p className="progress-intro">{t('intro')}</p>
      <StoredProblem t={t} />
      <Stats t={t} lang={lang} stats={stats} />
      <h2 id="progress-by-lesson">{t('byLesson')}</h2>
      <p className="progress-help">{t('dueNote', { n: NEW_CARDS_PER_DAY })}</p>
      {PARTS.map((part) => {
        const inPart = rows.filter((row) => lessonOf(row.slug).part === part);
        if (inPart.length === 0) return null;
        return (
          <PartTable
            key={part}
            t={t}
            lang={lang}
            title={partName(lang, part)}
            id={`progress-part-${part}`}
            rows={inPart}
          />
        );
      })}
      <DataControls lang={lang} />
    </div>
  );
}

const lessonOf = (slug: string): CatalogEntry => catalog.find((e) => e.slug === slug)!;

/** The stored progress is unreadable: say so, since the page then shows none of it. */
function StoredProblem({ t }: { t: ProgressT }) {
  useProgress(); // re-render when storage changes
  const live = useHydrated(); // the prerendered page and its hydration know nothing of storage
  const problem = live ? storedProgressProblem() : undefined;
  if (!problem) return null;
  const text =
    problem.code === 'newer'
      ? t('storedNewer', { version: problem.version, known: PROGRESS_VERSION })
      : t('storedCorrupt', { detail: problem.code === 'invalid' ? problem.detail : problem.code });
  return (
    <p className="progress-problem" role="alert">
      {text}
    </p>
  );
}

function Stats({ t, lang, stats }: { t: ProgressT; lang: Lang; stats: Overview }) {
  return (
    <section aria-labelledby="progress-overview">
      <h2 id="progress-overview">{t('overview')}</h2>
      <dl className="progress-stats">
        <div>
          <dt>{t('lessonsRead')}</dt>
          <dd>
            {stats.read}/{stats.lessons}
          </dd>
        </div>
        <div>
          <dt>{t('quizzesTaken')}</dt>
          <dd>{stats.quizzesTaken}</dd>
        </div>
        <div>
          <dt>{t('averageBest')}</dt>
          <dd>
            {stats.averageBest === undefined ? t('none') : t('percent', { n: Math.round(stats.averageBest * 100) })}
          </dd>
        </div>
        <div>
          <dt>{t('cardsDue')}</dt>
          <dd>
            {stats.due}
            {stats.due > 0 && (
              <Link className="progress-stat-link" to={paths.review(lang)}>
                {t('reviewNow')}
              </Link>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('reviews7')}</dt>
          <dd>{stats.reviewsLast7Days}</dd>
        </div>
      </dl>
    </section>
  );
}

function PartTable({
  t,
  lang,
  title,
  id,
  rows,
}: {
  t: ProgressT;
  lang: Lang;
  title: string;
  id: string;
  rows: LessonRow[];
}) {
  return (
    <section className="progress-part" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <table className="progress-table">
        <thead>
          <tr>
            <th scope="col">{t('colLesson')}</th>
            <th scope="col">{t('colRead')}</th>
            <th scope="col">{t('colQuiz')}</th>
            <th scope="col">{t('colPlaygrounds')}</th>
            <th scope="col">{t('colDue')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = lessonOf(row.slug).title[lang];
            return (
              <tr key={row.slug} data-slug={row.slug}>
                <th scope="row">
                  <Link to={paths.lesson(lang, row.slug)}>{title}</Link>
                </th>
                <td>
                  {row.read ? <Mark text="✓" label={t('readYes')} good /> : <Mark text="–" label={t('readNo')} />}
                </td>
                <td>{row.quiz ? `${row.quiz.best}/${row.quiz.total}` : <Mark text="–" label={t('quizNone')} />}</td>
                <td>
                  {row.playgrounds > 0 ? (
                    `${row.tried}/${row.playgrounds}`
                  ) : (
                    <Mark text="–" label={t('noPlaygrounds')} />
                  )}
                </td>
                <td>
                  {row.due > 0 ? (
                    <Link
                      to={{ pathname: paths.review(lang), search: `?lesson=${row.slug}` }}
                      aria-label={t('reviewLesson', { n: row.due, lesson: title })}
                    >
                      {row.due}
                    </Link>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** A sign for the eye, with words for a screen reader. */
function Mark({ text, label, good }: { text: string; label: string; good?: boolean }) {
  return (
    <>
      <span aria-hidden="true" className={good ? 'progress-good' : 'progress-soft'}>
        {text}
      </span>
      <span className="visually-hidden">{label}</span>
    </>
  );
}
