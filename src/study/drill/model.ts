// The interview drill as a pure state machine: a session value and a reducer over it. Time comes in on
// every action that needs it (`now`, epoch ms), so tests drive the clock by hand and the view owns the
// only setInterval. No React, no DOM, no storage.
//
// A discriminated `phase` and one reducer rather than XState: the drill has three states and six events
// with no parallel or nested states, and the whole session must round-trip through sessionStorage as
// plain JSON, which a reducer's state does as it is.

import { deal, type LessonPool, type Question } from './deal.ts';

export { deal, mulberry32, questionsOf, shuffle, type LessonPool, type Question } from './deal.ts';

/** The FSRS self-grade: 1 Again, 2 Hard, 3 Good, 4 Easy (ts-fsrs Rating numbering). */
export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** Seconds per question the setup offers; `null` is untimed. */
export const TIME_CHOICES: readonly (number | null)[] = [60, 120, 180, null];

/** The most questions one drill deals (a long drill is better split). */
export const MAX_COUNT = 50;

/** When the countdown is announced to screen readers: sparingly, not every second. */
export const ANNOUNCE_AT_SECONDS: readonly number[] = [30, 10];

export interface Answer {
  /** What the learner typed; kept through reveal, time-up and reload. */
  text: string;
  /** Revealed with "I answered aloud". */
  aloud: boolean;
  /** Revealed because the time ran out. */
  timedOut: boolean;
  /** Time spent before the reveal, never more than the limit. 0 until revealed. */
  usedMs: number;
  grade: Rating | null;
}

/** A stopwatch: time banked while paused, plus the running stretch since `runningSince` (null = paused). */
export interface Timer {
  elapsedMs: number;
  runningSince: number | null;
}

export type Phase = 'answering' | 'revealed' | 'finished';

export interface DrillSession {
  version: 1;
  /** The lessons the learner chose and the count asked for, so "again" can repeat the setup. */
  setup: { slugs: string[]; count: number };
  seed: number;
  secondsPerQuestion: number | null;
  questions: Question[];
  /** One per question, same order. */
  answers: Answer[];
  /** The question being answered or revealed; questions.length once finished. */
  current: number;
  phase: Phase;
  timer: Timer;
}

export interface DrillSetup {
  /** The chosen lessons with their question counts, in the order chosen. */
  lessons: LessonPool[];
  count: number;
  secondsPerQuestion: number | null;
  seed: number;
}

export type StartError =
  { code: 'no-lessons' } | { code: 'no-questions' } | { code: 'bad-count'; min: 1; max: number } | { code: 'bad-time' };

/** Fewer questions than asked for in the chosen lessons: all of them are dealt. */
export interface ClampNotice {
  code: 'clamped';
  requested: number;
  dealt: number;
}

export type StartResult =
  { ok: true; session: DrillSession; notice: ClampNotice | null } | { ok: false; error: StartError };

/**
 * What is wrong with a setup before any question is looked at, or null. The view calls it before
 * loading the lessons' questions, so a form error never waits on the network.
 */
export function checkSetup(setup: {
  slugs: readonly string[];
  count: number;
  secondsPerQuestion: number | null;
}): StartError | null {
  if (setup.slugs.length === 0) return { code: 'no-lessons' };
  const { count, secondsPerQuestion: limit } = setup;
  if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) return { code: 'bad-count', min: 1, max: MAX_COUNT };
  if (limit !== null && !(Number.isFinite(limit) && limit > 0)) return { code: 'bad-time' };
  return null;
}

/** Checks the setup and deals; the first question's timer starts at `now`. */
export function startDrill(setup: DrillSetup, now: number): StartResult {
  const { count, secondsPerQuestion: limit } = setup;
  const error = checkSetup({ slugs: setup.lessons.map((l) => l.slug), count, secondsPerQuestion: limit });
  if (error) return { ok: false, error };
  const questions = deal(setup.lessons, count, setup.seed);
  if (questions.length === 0) return { ok: false, error: { code: 'no-questions' } };
  const session: DrillSession = {
    version: 1,
    setup: { slugs: [...new Set(setup.lessons.map((l) => l.slug))], count },
    seed: setup.seed,
    secondsPerQuestion: limit,
    questions,
    answers: questions.map(() => ({ text: '', aloud: false, timedOut: false, usedMs: 0, grade: null })),
    current: 0,
    phase: 'answering',
    timer: { elapsedMs: 0, runningSince: now },
  };
  return {
    ok: true,
    session,
    notice: questions.length < count ? { code: 'clamped', requested: count, dealt: questions.length } : null,
  };
}

export type DrillAction =
  /** The clock moved: reveals the answer once the time is up. */
  | { type: 'tick'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'type'; text: string }
  | { type: 'reveal'; now: number; aloud?: boolean }
  | { type: 'grade'; rating: Rating; now: number }
  /** End the drill early; graded questions keep their grades. */
  | { type: 'stop'; now: number };

/** Time spent on the current question at `now`. A clock that went backwards counts as no time. */
export function elapsedMs(timer: Timer, now: number): number {
  return timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince));
}

/** Milliseconds left on the current question (frozen once it is revealed), or null when untimed. */
export function remainingMs(session: DrillSession, now: number): number | null {
  if (session.secondsPerQuestion === null) return null;
  return Math.max(0, session.secondsPerQuestion * 1000 - elapsedMs(session.timer, now));
}

export function isPaused(session: DrillSession): boolean {
  return session.phase === 'answering' && session.timer.runningSince === null;
}

/**
 * The next state. Pure: returns `session` itself when the action does not apply in this phase (a late
 * tick after a reveal, a grade before one, a key pressed twice), so callers can compare by identity.
 */
export function drill(session: DrillSession, action: DrillAction): DrillSession {
  const { phase, timer } = session;
  switch (action.type) {
    case 'tick': {
      const left = remainingMs(session, action.now);
      return phase === 'answering' && left === 0 ? reveal(session, action.now, false) : session;
    }
    case 'pause':
      if (phase !== 'answering' || timer.runningSince === null) return session;
      return { ...session, timer: { elapsedMs: elapsedMs(timer, action.now), runningSince: null } };
    case 'resume':
      if (phase !== 'answering' || timer.runningSince !== null) return session;
      return { ...session, timer: { ...timer, runningSince: action.now } };
    case 'type':
      if (phase !== 'answering' || typeof action.text !== 'string') return session;
      return withAnswer(session, { text: action.text });
    case 'reveal':
      return phase === 'answering' ? reveal(session, action.now, action.aloud === true) : session;
    case 'grade': {
      if (phase !== 'revealed' || !RATINGS.includes(action.rating)) return session;
      const graded = withAnswer(session, { grade: action.rating });
      const next = session.current + 1;
      if (next >= session.questions.length) return finish(graded);
      return { ...graded, current: next, phase: 'answering', timer: { elapsedMs: 0, runningSince: action.now } };
    }
    case 'stop':
      return phase === 'finished' ? session : finish(session);
    default:
      return session;
  }
}

function reveal(session: DrillSession, now: number, aloud: boolean): DrillSession {
  const limitMs = session.secondsPerQuestion === null ? Infinity : session.secondsPerQuestion * 1000;
  const spent = elapsedMs(session.timer, now);
  const usedMs = Math.min(spent, limitMs);
  const revealed = withAnswer(session, { usedMs, aloud, timedOut: spent >= limitMs });
  return { ...revealed, phase: 'revealed', timer: { elapsedMs: usedMs, runningSince: null } };
}

function finish(session: DrillSession): DrillSession {
  return {
    ...session,
    phase: 'finished',
    current: session.questions.length,
    timer: { ...session.timer, runningSince: null },
  };
}

function withAnswer(session: DrillSession, patch: Partial<Answer>): DrillSession {
  const answers = session.answers.map((a, i) => (i === session.current ? { ...a, ...patch } : a));
  return { ...session, answers };
}

/**
 * The mark (in seconds left) to announce when the countdown went from `beforeMs` to `afterMs` left, or
 * null. Only marks below the limit count (a 20 s limit never says "30 s left"); when a slow tick skips
 * past several marks, the latest one is announced, not a burst of stale ones.
 */
export function announceMark(limitSeconds: number | null, beforeMs: number, afterMs: number): number | null {
  if (limitSeconds === null) return null;
  let mark: number | null = null;
  for (const s of ANNOUNCE_AT_SECONDS)
    if (s < limitSeconds && beforeMs > s * 1000 && afterMs <= s * 1000 && afterMs > 0)
      mark = mark === null ? s : Math.min(mark, s);
  return mark;
}

export interface SummaryRow extends Question {
  /** Position in the deal, from 0. */
  position: number;
  usedMs: number;
  grade: Rating;
  aloud: boolean;
  timedOut: boolean;
}

export interface DrillSummary {
  /** The graded questions, in the order dealt. */
  rows: SummaryRow[];
  dealt: number;
  /** Dealt but not graded (the drill was stopped early). */
  skipped: number;
  /** Mean grade over the graded questions; null when none was graded. */
  averageGrade: number | null;
  averageMs: number | null;
  totalMs: number;
  /** How many questions got each grade. */
  byGrade: Record<Rating, number>;
  /** The lessons the graded questions came from, each once, in the order first met. */
  lessons: string[];
}

export function summarize(session: DrillSession): DrillSummary {
  const rows: SummaryRow[] = [];
  session.questions.forEach((q, position) => {
    const a = session.answers[position];
    if (a?.grade) rows.push({ ...q, position, usedMs: a.usedMs, grade: a.grade, aloud: a.aloud, timedOut: a.timedOut });
  });
  const totalMs = rows.reduce((sum, r) => sum + r.usedMs, 0);
  const byGrade: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const r of rows) byGrade[r.grade]++;
  const n = rows.length;
  return {
    rows,
    dealt: session.questions.length,
    skipped: session.questions.length - n,
    averageGrade: n ? rows.reduce((sum, r) => sum + r.grade, 0) / n : null,
    averageMs: n ? totalMs / n : null,
    totalMs,
    byGrade,
    lessons: [...new Set(rows.map((r) => r.slug))],
  };
}
