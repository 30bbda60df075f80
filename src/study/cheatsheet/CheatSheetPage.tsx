import { Suspense, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { NotFoundContent } from '../../app/NotFoundPage.tsx';
import { paths } from '../../app/paths.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx';
import { partName, translate } from '../../i18n/strings.ts';
import { useLang } from '../../i18n/useT.ts';
import { findLesson } from '../../lessons/catalog.ts';
import { PARTS, type Lang } from '../../lessons/parts.ts';
import { Inline, RichText } from '../../lessons/RichText.tsx';
import { useCourseSheet, useLessonSheet } from './sheets.ts';
import { sheetHead, sheetStrings } from './strings.ts';
import type { CheatSheetLesson, CheatSheetLessonWithAnswers } from './types.ts';
import './cheatsheet.css';

/**
 * `/:lang/cheatsheet`: every lesson's key points and interview questions, grouped by part;
 * `/:lang/cheatsheet/:slug`: one lesson's. Made to be printed (cheatsheet.css); on screen it is the
 * same sheet with a Print button.
 */
export default function CheatSheetPage() {
  const { slug } = useParams();
  const lang = useLang();
  if (slug === undefined) return <CourseSheet key={lang} lang={lang} />;
  const entry = findLesson(slug);
  // Keyed: another lesson or language starts with its own answers switch.
  return entry ? <LessonSheet key={`${lang}/${entry.slug}`} lang={lang} slug={entry.slug} /> : <NotFoundContent />;
}

function LessonSheet({ lang, slug }: { lang: Lang; slug: string }) {
  const s = sheetStrings[lang];
  const sheet = useLessonSheet(lang, slug);
  // A lesson's answers fit on a page or two, so its sheet includes them unless the reader opts out.
  const [answers, setAnswers] = useState(true);
  useDocumentTitle(sheetHead(lang, translate(lang, 'siteName'), sheet.title).title);
  return (
    <div className="cheatsheet" lang={lang}>
      <header className="cheatsheet-header">
        <p className="cheatsheet-eyebrow">
          {s.cheatSheet} · {partName(lang, sheet.part)}
        </p>
        <h1>{sheet.title}</h1>
        <p className="cheatsheet-intro">{s.lessonIntro}</p>
        <Tools lang={lang} answers={answers} onAnswers={setAnswers}>
          <Link to={paths.lesson(lang, slug)}>{s.backToLesson}</Link>
          <Link to={paths.cheatsheet(lang)}>{s.courseTitle}</Link>
        </Tools>
      </header>
      <SheetBody lang={lang} sheet={sheet} level={2} />
      {answers && <Answers lang={lang} sheet={sheet} level={2} />}
    </div>
  );
}

function CourseSheet({ lang }: { lang: Lang }) {
  const s = sheetStrings[lang];
  const sheets = useCourseSheet(lang);
  // Every lesson's answers run to dozens of pages, so the course sheet leaves them out unless asked.
  const [answers, setAnswers] = useState(false);
  useDocumentTitle(sheetHead(lang, translate(lang, 'siteName')).title);
  return (
    <div className="cheatsheet cheatsheet-course" lang={lang}>
      <header className="cheatsheet-header">
        <h1>{s.courseTitle}</h1>
        <p className="cheatsheet-intro">{s.courseIntro}</p>
        <Tools lang={lang} answers={answers} onAnswers={setAnswers} />
      </header>
      {PARTS.map((part) => {
        const lessons = sheets.filter((sheet) => sheet.part === part);
        if (lessons.length === 0) return null;
        return (
          <section key={part} className="cheatsheet-part" aria-labelledby={`sheet-part-${part}`}>
            <h2 id={`sheet-part-${part}`}>{partName(lang, part)}</h2>
            {lessons.map((sheet) => (
              <article key={sheet.slug} className="cheatsheet-lesson" aria-labelledby={`sheet-${sheet.slug}`}>
                <h3 id={`sheet-${sheet.slug}`}>
                  <Link to={paths.lesson(lang, sheet.slug)}>{sheet.title}</Link>
                </h3>
                <SheetBody lang={lang} sheet={sheet} level={4} />
                {answers && sheet.questions.length > 0 && (
                  <ErrorBoundary>
                    <Suspense fallback={<p className="cheatsheet-empty">{s.loadingAnswers}</p>}>
                      <CourseAnswers lang={lang} slug={sheet.slug} />
                    </Suspense>
                  </ErrorBoundary>
                )}
              </article>
            ))}
          </section>
        );
      })}
    </div>
  );
}

function Tools({ lang, answers, onAnswers, children }: { lang: Lang; answers: boolean; onAnswers: (on: boolean) => void; children?: ReactNode }) {
  const s = sheetStrings[lang];
  return (
    <div className="cheatsheet-tools" role="group" aria-label={s.tools}>
      <button type="button" onClick={() => window.print()}>
        {s.print}
      </button>
      <label className="cheatsheet-toggle">
        <input type="checkbox" checked={answers} onChange={(e) => onAnswers(e.target.checked)} />
        {s.includeAnswers}
      </label>
      {children}
    </div>
  );
}

function Heading({ level, children }: { level: 2 | 4; children: ReactNode }) {
  return level === 2 ? <h2>{children}</h2> : <h4>{children}</h4>;
}

/** Key points, then the questions alone, to test oneself on paper. */
function SheetBody({ lang, sheet, level }: { lang: Lang; sheet: CheatSheetLesson; level: 2 | 4 }) {
  const s = sheetStrings[lang];
  return (
    <>
      <section className="cheatsheet-keypoints">
        <Heading level={level}>{s.keypoints}</Heading>
        {sheet.keypoints.length > 0 ? (
          <ul>
            {sheet.keypoints.map((point, i) => (
              <li key={i}>
                <Inline text={point} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="cheatsheet-empty">{s.noKeypoints}</p>
        )}
      </section>
      <section className="cheatsheet-questions">
        <Heading level={level}>{s.questions}</Heading>
        {sheet.questions.length > 0 ? (
          <ol>
            {sheet.questions.map((question, i) => (
              <li key={i}>
                <Inline text={question} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="cheatsheet-empty">{s.noQuestions}</p>
        )}
      </section>
    </>
  );
}

/** The course sheet leaves answers out of its data; a lesson's come with that lesson's sheet. */
function CourseAnswers({ lang, slug }: { lang: Lang; slug: string }) {
  return <Answers lang={lang} sheet={useLessonSheet(lang, slug)} level={4} />;
}

/** The questions again, each with its model answer: printed on a page of their own (cheatsheet.css). */
function Answers({ lang, sheet, level }: { lang: Lang; sheet: CheatSheetLessonWithAnswers; level: 2 | 4 }) {
  const s = sheetStrings[lang];
  if (sheet.questions.length === 0) return null;
  return (
    <section className="cheatsheet-answers">
      <Heading level={level}>{s.answers}</Heading>
      <p className="cheatsheet-help">{s.answersHelp}</p>
      <ol>
        {sheet.questions.map((question, i) => (
          <li key={i}>
            <p className="cheatsheet-answer-q">
              <Inline text={question} />
            </p>
            <RichText text={sheet.answers[i] ?? ''} />
          </li>
        ))}
      </ol>
    </section>
  );
}
