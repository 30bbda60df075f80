import type { ContainerReadout, PodReadout, SimContext } from '../model.ts';
import { PHASE_BRANCHES } from '../model.ts';
import { BRANCH_TEXT, fmt, STRINGS } from '../strings.ts';
import { kubectlGetPods } from './format.ts';

type Lang = 'zh' | 'en';

const STATE_WORD = { waiting: 'Waiting', running: 'Running', terminated: 'Terminated' } as const;

export function PhasePanel({ lang, r }: { lang: Lang; r: PodReadout }) {
  const s = STRINGS[lang];
  const decided = PHASE_BRANCHES.findIndex((b) => b.branch === r.branch);
  const hit = PHASE_BRANCHES[decided];
  const c = r.decision.counts;
  return (
    <section className="pl-panel" aria-labelledby="pl-phase-h">
      <h3 id="pl-phase-h">{s.phase}</h3>
      <p className={`pl-phase pl-phase-${r.phase}`} data-testid="pl-phase">
        {r.phase}
      </p>
      {hit && (
        <p className="pl-small pl-branch-hit pl-branch-box">
          {fmt(s.branchNo, { n: decided + 1 })}: <code>{hit.rule}</code>
          <span className="pl-branch-text">{BRANCH_TEXT[lang][hit.branch]}</span>
        </p>
      )}
      <p className="pl-small pl-mono pl-counts">
        running={c.running} waiting={c.waiting} stopped={c.stopped} succeeded={c.succeeded} unknown={c.unknown}
      </p>
    </section>
  );
}

/** getPhase's branches in source order, the one that decided highlighted. */
export function BranchesPanel({ lang, r }: { lang: Lang; r: PodReadout }) {
  const s = STRINGS[lang];
  const decided = PHASE_BRANCHES.findIndex((b) => b.branch === r.branch);
  const c = r.decision.counts;
  return (
    <section className="pl-panel" aria-labelledby="pl-branches-h">
      <h3 id="pl-branches-h">getPhase</h3>
      <p className="pl-soft pl-small">{s.phaseHow}</p>
      <ol className="pl-branches" data-testid="pl-branches">
        {PHASE_BRANCHES.map((b, i) => (
          <li key={b.branch} className={i === decided ? 'pl-branch-hit' : i < decided ? 'pl-branch-skip' : 'pl-branch-later'} aria-current={i === decided ? 'true' : undefined}>
            <code>{b.rule}</code> → <strong>{b.phase}</strong>
            <span className="pl-branch-text">
              {BRANCH_TEXT[lang][b.branch]}
              {i === decided && <span className="pl-badge"> ◀ {s.decided}</span>}
            </span>
          </li>
        ))}
      </ol>
      <p className="pl-small pl-mono pl-counts">
        {s.counts}: running={c.running} waiting={c.waiting} stopped={c.stopped} succeeded={c.succeeded} unknown={c.unknown} pendingRegularInitContainers=
        {c.pendingRegularInitContainers} pendingRestartableInitContainers={c.pendingRestartableInitContainers} failedInitialization={c.failedInitialization}{' '}
        podIsTerminal={String(r.decision.podIsTerminal)} podHasInitialized={String(r.decision.podHasInitialized)}
      </p>
    </section>
  );
}

function yn(lang: Lang, v: boolean | undefined): string {
  return v ? STRINGS[lang].yes : STRINGS[lang].no;
}

function ContainerCard({ lang, c }: { lang: Lang; c: ContainerReadout }) {
  const s = STRINGS[lang];
  const st = c.status;
  const kind = c.kind === 'app' ? s.kindApp : c.kind === 'sidecar' ? s.kindSidecar : s.kindInit;
  const notes: string[] = [];
  if (c.pull === 'pending') notes.push(s.pullPending);
  if (c.pull === 'backoff' && c.pullRetryAt !== undefined) notes.push(fmt(s.pullRetry, { t: c.pullRetryAt }));
  if (c.restartAt !== undefined) notes.push(fmt(s.restartAt, { t: c.restartAt }));
  if (c.stopping) notes.push(fmt(s.stopping, { step: c.stopping.step, t: c.stopping.step === 'preStop' ? (c.stopping.preStopUntil ?? c.stopping.deadline) : c.stopping.deadline }));
  for (const p of c.probes) {
    notes.push(fmt(s.probeLine, { probe: p.probe, period: p.periodSeconds, failures: p.failures, threshold: p.failureThreshold }));
  }
  if (!c.livenessOk) notes.push(fmt(s.appHealthBad, { probe: 'liveness' }));
  if (!c.readinessOk) notes.push(fmt(s.appHealthBad, { probe: 'readiness' }));
  return (
    <li className={`pl-card pl-card-${st.state ?? 'none'}`} data-testid={`pl-container-${st.name}`}>
      <p className="pl-card-head">
        <code>{st.name}</code> <span className="pl-soft">({kind})</span>
      </p>
      <dl className="pl-dl">
        <dt>{s.colState}</dt>
        <dd>
          <strong>{st.state ? STATE_WORD[st.state] : s.noStatus}</strong>
          {st.reason ? ` (${st.reason})` : ''}
        </dd>
        {st.exitCode !== undefined && (
          <>
            <dt>{s.colExit}</dt>
            <dd>
              {st.exitCode}
              {st.signal !== undefined ? ` (signal ${st.signal})` : ''}
            </dd>
          </>
        )}
        <dt>{s.colRestarts}</dt>
        <dd>{st.restartCount ?? 0}</dd>
        <dt>{s.colLast}</dt>
        <dd>{st.lastTerminated ? `Terminated (${st.lastTerminated.reason ?? '—'}, exit ${st.lastTerminated.exitCode})` : '—'}</dd>
        <dt>{s.colReady}</dt>
        <dd>{yn(lang, st.ready)}</dd>
        <dt>{s.colStarted}</dt>
        <dd>{yn(lang, st.started)}</dd>
      </dl>
      {notes.length > 0 && (
        <ul className="pl-notes pl-small">
          {notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function ContainersPanel({ lang, r }: { lang: Lang; r: PodReadout }) {
  const s = STRINGS[lang];
  return (
    <section className="pl-panel" aria-labelledby="pl-cont-h">
      <h3 id="pl-cont-h">{s.containers}</h3>
      <ul className="pl-cards">
        {[...r.initContainers, ...r.containers].map((c) => (
          <ContainerCard key={`${c.kind}-${c.status.name}`} lang={lang} c={c} />
        ))}
      </ul>
    </section>
  );
}

export function KubectlPanel({ lang, r, ctx }: { lang: Lang; r: PodReadout; ctx: SimContext }) {
  const s = STRINGS[lang];
  return (
    <section className="pl-panel pl-kubectl" aria-labelledby="pl-kubectl-h">
      <h3 id="pl-kubectl-h">{s.kubectl}</h3>
      <pre className="pl-term" data-testid="pl-kubectl" tabIndex={0} aria-label={s.kubectl}>
        <span className="pl-prompt">$ kubectl get pods</span>
        {'\n'}
        {kubectlGetPods(r, ctx)}
      </pre>
      <p className="pl-small">
        READY <strong>{r.kubectl.ready}</strong> · STATUS <strong data-testid="pl-status">{r.gone ? 'NotFound' : r.kubectl.status}</strong> · RESTARTS{' '}
        <strong>{r.kubectl.restarts}</strong>
      </p>
    </section>
  );
}
