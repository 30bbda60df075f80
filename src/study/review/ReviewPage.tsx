import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx';
import { useHydrated } from '../../components/useHydrated.ts';
import { translate } from '../../i18n/strings.ts';
import { useLang } from '../../i18n/useT.ts';
import type { Lang } from '../../lessons/parts.ts';
import { deckCardIds, dueCardIds, NEW_CARDS_PER_DAY, nextDue, statsOf, type DeckFilter } from '../cards/deck.ts';
import { gradeCard, previewIntervals, type Rating } from '../cards/schedule.ts';
import { updateProgress } from '../progress/store.ts';
import { useProgress } from '../progress/useProgress.ts';
import { CardView, gradeName } from './CardView.tsx';
import { ExportDeck } from './ExportDeck.tsx';
import { ReviewFilters, filterSlugs } from './ReviewFilters.tsx';
import { reviewT, type ReviewT } from './strings.ts';
import { formatAt, formatInterval, formatWhen } from './time-format.ts';
import './review.css';

/** How often the clock the queue is computed against moves on, so cards that come due appear. */
const TICK_MS = 30_000;

/**
 * The flashcard review page. Its prerendered HTML (and the hydrating render) hold only the
 * explanation: the cards come from this browser's storage, so they appear once hydrated.
 */
export default function ReviewPage() {
  const lang = useLang();
  const t = reviewT(lang);
  useDocumentTitle(`${t('title')} · ${translate(lang, 'siteName')}`);
  const hydrated = useHydrated();
  return (
    <div className="review-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p className="section-help">{t('dueRule', { n: NEW_CARDS_PER_DAY })}</p>
      <p className="section-help">{t('keys')}</p>
      <p className="section-help">
        {t('drillHint')} <Link to={paths.drill(lang)}>{translate(lang, 'studyDrill')}</Link>
      </p>
      {hydrated ? <ReviewSession lang={lang} t={t} /> : <p className="page-loading">{t('loading')}</p>}
    </div>
  );
}

function ReviewSession({ lang, t }: { lang: Lang; t: ReviewT }) {
  const progress = useProgress();
  const [params, setParams] = useSearchParams();
  const part = params.get('part') ?? '';
  const lesson = params.get('lesson') ?? '';
  const slugs = useMemo(() => filterSlugs(part, lesson), [part, lesson]);
  const filter: DeckFilter = useMemo(() => (slugs ? { slugs } : {}), [slugs]);

  const [now, setNow] = useState(() => Date.now());
  // The card on screen stays put while it is shown, even if the clock brings another card ahead of it.
  const [shownId, setShownId] = useState<string | null>(null);
  const [flippedId, setFlippedId] = useState<string | null>(null);
  const [focus, setFocus] = useState<'question' | 'answer' | null>(null);
  const [status, setStatus] = useState('');
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    const tick = () => setNow(Date.now());
    const timer = setInterval(tick, TICK_MS);
    document.addEventListener('visibilitychange', tick);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, []);

  const queue = useMemo(() => dueCardIds(progress, now, filter), [progress, now, filter]);
  const stats = useMemo(() => statsOf(progress, now, filter), [progress, now, filter]);
  const current = shownId !== null && queue.includes(shownId) ? shownId : (queue[0] ?? null);
  const flipped = current !== null && flippedId === current;

  // Remember the card as soon as it is shown (React's "adjust state while rendering" pattern).
  if (current !== shownId) setShownId(current);

  const intervals = useMemo(
    () => (current ? previewIntervals(progress, current, now) : null),
    [progress, current, now],
  );

  const flip = useCallback(() => {
    if (!current) return;
    setFlippedId(current);
    setFocus('answer');
  }, [current]);

  const grade = useCallback(
    (rating: Rating) => {
      if (!current || !flipped) return;
      const at = Date.now();
      const interval = previewIntervals(progress, current, at)[rating];
      const saved = updateProgress((p) => gradeCard(p, current, rating, at));
      setSaveFailed(!saved);
      if (!saved) return;
      setStatus(t('graded', { grade: gradeName(t, rating), t: formatInterval(interval, lang) }));
      setNow(at);
      setShownId(null);
      setFlippedId(null);
      setFocus('question');
    },
    [current, flipped, progress, t, lang],
  );

  // Space flips, 1–4 grade. Not while typing in a field or using the filters, and Space on a button or
  // link keeps its own meaning (it presses the button).
  // Updated before the browser handles the next key, so a fast "Space, 4, Space, 4" acts on each card once.
  const keys = useRef({ flip, grade, flipped });
  useLayoutEffect(() => {
    keys.current = { flip, grade, flipped };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest('input, textarea, select, [contenteditable="true"], [role="dialog"]')) return;
      const k = keys.current;
      if (e.key === ' ' && !k.flipped) {
        if (target?.closest('button, a, summary')) return;
        e.preventDefault();
        k.flip();
      } else if (k.flipped && /^[1-4]$/.test(e.key)) {
        e.preventDefault();
        k.grade(Number(e.key) as Rating);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const setFilter = (next: { part: string; lesson: string }) => {
    const p = new URLSearchParams();
    if (next.part) p.set('part', next.part);
    if (next.lesson) p.set('lesson', next.lesson);
    setFocus(null);
    setParams(p, { replace: true });
  };

  const deckIds = useMemo(() => deckCardIds(progress, filter), [progress, filter]);

  return (
    <>
      <ReviewFilters lang={lang} t={t} part={part} lesson={lesson} onChange={setFilter} />
      <dl className="review-stats">
        <div>
          <dt>{t('statDue')}</dt>
          <dd>{queue.length}</dd>
        </div>
        <div>
          <dt>{t('statNew')}</dt>
          <dd>{stats.newToday}</dd>
        </div>
        <div>
          <dt>{t('statLearned')}</dt>
          <dd>{t('statLearnedOf', { n: stats.learned, total: stats.total })}</dd>
        </div>
      </dl>
      <p className="review-status" role="status">
        {status}
      </p>
      {saveFailed && (
        <p className="review-error" role="alert">
          {t('saveFailed')}
        </p>
      )}
      {current && intervals ? (
        <ErrorBoundary key={current}>
          <Suspense fallback={<p className="review-card review-card-loading">{t('loading')}</p>}>
            <CardView
              id={current}
              stored={progress.cards[current]}
              lang={lang}
              t={t}
              flipped={flipped}
              focus={focus}
              intervals={intervals}
              onFlip={flip}
              onGrade={grade}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <Done
          lang={lang}
          t={t}
          now={now}
          next={nextDue(progress, now, filter)}
          total={stats.total}
          unseen={stats.unseen}
          focus={focus === 'question'}
        />
      )}
      <ExportDeck ids={deckIds} lang={lang} t={t} />
    </>
  );
}

function Done({
  lang,
  t,
  now,
  next,
  total,
  unseen,
  focus,
}: {
  lang: Lang;
  t: ReviewT;
  now: number;
  next: number | undefined;
  total: number;
  unseen: number;
  focus: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <section className="review-done" aria-labelledby="review-done-title">
      <h2 id="review-done-title" tabIndex={-1} ref={ref}>
        {t('doneTitle')}
      </h2>
      {total === 0 ? (
        <p>{t('emptySelection')}</p>
      ) : next !== undefined ? (
        <p>{t('nextAt', { when: formatWhen(next, now, lang), at: formatAt(next, now, lang) })}</p>
      ) : (
        <p>{t('nothingScheduled')}</p>
      )}
      {unseen > 0 && <p>{t('newTomorrow', { n: Math.min(unseen, NEW_CARDS_PER_DAY) })}</p>}
    </section>
  );
}
