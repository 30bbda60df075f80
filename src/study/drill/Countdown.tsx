import { elapsedMs, isPaused, remainingMs, type DrillSession } from './model.ts';
import { formatClock, type DrillT } from './strings.ts';

/**
 * The time left as text and as a bar. The text is role="timer" (not live: a screen reader would read
 * it every second); the sparse announcements come from DrillRun's status region. The bar is decoration
 * (aria-hidden) and only glides when the reader's system allows motion (drill.css).
 */
export function Countdown({ session, now, t }: { session: DrillSession; now: number; t: DrillT }) {
  const limit = session.secondsPerQuestion;
  const left = remainingMs(session, now);
  const paused = isPaused(session);
  const used = formatClock(elapsedMs(session.timer, now));
  const answering = session.phase === 'answering';
  const text = !answering
    ? session.answers[session.current]?.timedOut
      ? t('timeUpShort')
      : t('answeredIn', { time: used })
    : left === null
      ? t('timeUsed', { time: used })
      : t('timeLeft', { time: formatClock(left, 'up') });
  const fraction = left === null || limit === null ? 1 : left / (limit * 1000);
  const low = answering && left !== null && left <= 10_000;
  return (
    <div className="drill-clock">
      <div role="timer" className={low ? 'drill-time drill-low' : 'drill-time'}>
        {paused && <span className="drill-paused">{t('paused')} · </span>}
        {text}
      </div>
      {limit !== null && (
        <div className="drill-bar" aria-hidden="true">
          <div
            className={low ? 'drill-bar-fill drill-low' : 'drill-bar-fill'}
            style={{ transform: `scaleX(${fraction.toFixed(4)})` }}
          />
        </div>
      )}
    </div>
  );
}
