import { useMemo, useState } from 'react';
import { useDocumentTitle } from '../../app/useDocumentTitle.ts';
import { useHydrated } from '../../components/useHydrated.ts';
import { translate } from '../../i18n/strings.ts';
import { useLang } from '../../i18n/useT.ts';
import { DrillRun } from './DrillRun.tsx';
import { DrillSummary } from './DrillSummary.tsx';
import { SetupForm } from './SetupForm.tsx';
import { writeSession, useDrillSession } from './session-store.ts';
import { drillT } from './strings.ts';
import { useInterviews } from './useInterviews.ts';
import { useStartDrill, type SetupValues } from './useStartDrill.ts';
import './drill.css';

const DEFAULT_SETUP: SetupValues = { slugs: [], count: 5, secondsPerQuestion: 120 };
const NO_SLUGS: string[] = [];

/**
 * /:lang/drill. Prerendered as the setup form; a drill in progress (sessionStorage) and the flashcards
 * (localStorage) are read only after hydration, through useSyncExternalStore's server snapshots.
 */
export default function DrillPage() {
  const lang = useLang();
  const t = useMemo(() => drillT(lang), [lang]);
  useDocumentTitle(`${t('title')} · ${translate(lang, 'siteName')}`);
  const session = useDrillSession();
  const hydrated = useHydrated();
  const starter = useStartDrill(lang);
  // True once the learner has done something on this page: only then may focus move by itself
  // (restoring a drill after a reload must not yank focus away from the top of the page).
  const [acted, setActed] = useState(false);
  const [lastSetup, setLastSetup] = useState<SetupValues>(DEFAULT_SETUP);
  const slugs = useMemo(() => (session ? [...new Set(session.questions.map((q) => q.slug))] : NO_SLUGS), [session]);
  const interviews = useInterviews(lang, slugs);

  async function start(values: SetupValues) {
    setActed(true);
    setLastSetup(values);
    await starter.start(values);
  }

  function again() {
    if (!session || starter.busy) return;
    void start({
      slugs: session.setup.slugs,
      count: session.setup.count,
      secondsPerQuestion: session.secondsPerQuestion,
    });
  }

  function newDrill() {
    if (session)
      setLastSetup({
        slugs: session.setup.slugs,
        count: session.setup.count,
        secondsPerQuestion: session.secondsPerQuestion,
      });
    starter.clearNotice();
    setActed(true);
    writeSession(null);
  }

  return (
    <div className="drill" data-hydrated={hydrated || undefined}>
      <h1>{t('title')}</h1>
      {!session && <p className="drill-intro">{t('intro')}</p>}
      {!session ? (
        <SetupForm
          lang={lang}
          t={t}
          initial={lastSetup}
          busy={starter.busy}
          problem={starter.problem}
          onStart={(v) => void start(v)}
        />
      ) : session.phase === 'finished' ? (
        <>
          <DrillSummary
            lang={lang}
            t={t}
            session={session}
            interviews={interviews}
            focusOnMount={acted}
            busy={starter.busy}
            onAgain={again}
            onNew={newDrill}
          />
          {starter.problem && (
            <p className="drill-error" role="alert">
              {starter.problem.code === 'load-failed' ? t('loadFailed') : t('noQuestions')}
            </p>
          )}
        </>
      ) : (
        <DrillRun
          key={`${session.seed}`}
          lang={lang}
          t={t}
          session={session}
          interviews={interviews}
          notice={starter.notice}
          focusOnMount={acted}
          onAct={() => setActed(true)}
        />
      )}
    </div>
  );
}
