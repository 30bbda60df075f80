import { describe, expect, it } from 'vitest';
import {
  announceMark,
  deal,
  drill,
  MAX_COUNT,
  mulberry32,
  questionsOf,
  remainingMs,
  shuffle,
  startDrill,
  summarize,
  type DrillSession,
  type DrillSetup,
  type LessonPool,
} from './model.ts';

/** mulberry32 exactly as published (https://gist.github.com/tommyettinger/46a874533244883189143505d203312c). */
function referenceMulberry32(a: number) {
  return function () {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOLS: LessonPool[] = [
  { slug: 'gin', questions: 11 },
  { slug: 'grpc', questions: 13 },
  { slug: 'redis', questions: 12 },
];

function setup(over: Partial<DrillSetup> = {}): DrillSetup {
  return { lessons: POOLS, count: 5, secondsPerQuestion: 60, seed: 42, ...over };
}

function started(over: Partial<DrillSetup> = {}, now = 0): DrillSession {
  const r = startDrill(setup(over), now);
  if (!r.ok) throw new Error(`setup refused: ${r.error.code}`);
  return r.session;
}

describe('the seeded deal', () => {
  it('mulberry32 gives the published generator’s numbers', () => {
    for (const seed of [0, 1, 42, 0xdeadbeef, 2 ** 32 - 1]) {
      const mine = mulberry32(seed);
      const ref = referenceMulberry32(seed);
      for (let i = 0; i < 20; i++) {
        const x = mine();
        expect(x).toBe(ref());
        expect(x >= 0 && x < 1).toBe(true);
      }
    }
  });

  it('shuffles by Fisher–Yates (checked by hand with a source that always says 0)', () => {
    // i=3 swaps 3↔0: d b c a; i=2 swaps 2↔0: c b d a; i=1 swaps 1↔0: b c d a.
    expect(shuffle(['a', 'b', 'c', 'd'], () => 0)).toEqual(['b', 'c', 'd', 'a']);
    // A source just under 1 picks j = i every time: nothing moves.
    expect(shuffle(['a', 'b', 'c', 'd'], () => 0.999)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(deal(POOLS, 10, 7)).toEqual(deal(POOLS, 10, 7));
    expect(deal(POOLS, 10, 7)).not.toEqual(deal(POOLS, 10, 8));
  });

  it('draws only from the chosen lessons, never the same question twice', () => {
    for (let seed = 0; seed < 50; seed++) {
      const dealt = deal(POOLS.slice(0, 2), 20, seed);
      expect(dealt).toHaveLength(20);
      expect(new Set(dealt.map((q) => `${q.slug}/${q.index}`)).size).toBe(20);
      for (const q of dealt) {
        const pool = POOLS.find((p) => p.slug === q.slug);
        expect(['gin', 'grpc']).toContain(q.slug);
        expect(q.index).toBeGreaterThanOrEqual(0);
        expect(q.index).toBeLessThan(pool!.questions);
      }
    }
  });

  it('deals every question once when asked for all of them', () => {
    const dealt = deal(POOLS, 36, 3);
    expect(dealt).toHaveLength(36);
    expect(new Set(dealt.map((q) => `${q.slug}/${q.index}`)).size).toBe(36);
  });

  it('counts a lesson listed twice once and ignores question counts that are not whole numbers', () => {
    expect(
      questionsOf([
        { slug: 'a', questions: 2 },
        { slug: 'a', questions: 2 },
        { slug: 'b', questions: -1 },
        { slug: 'c', questions: 1.5 },
        { slug: 'd', questions: NaN },
      ]),
    ).toEqual([
      { slug: 'a', index: 0 },
      { slug: 'a', index: 1 },
    ]);
  });
});

describe('starting a drill', () => {
  it('refuses a setup without lessons', () => {
    expect(startDrill(setup({ lessons: [] }), 0)).toEqual({ ok: false, error: { code: 'no-lessons' } });
  });

  it.each([0, -1, 2.5, NaN, MAX_COUNT + 1])('refuses %s questions', (count) => {
    expect(startDrill(setup({ count }), 0)).toEqual({
      ok: false,
      error: { code: 'bad-count', min: 1, max: MAX_COUNT },
    });
  });

  it.each([0, -60, NaN, Infinity])('refuses %s seconds per question', (secondsPerQuestion) => {
    expect(startDrill(setup({ secondsPerQuestion }), 0)).toEqual({ ok: false, error: { code: 'bad-time' } });
  });

  it('refuses lessons without questions', () => {
    expect(startDrill(setup({ lessons: [{ slug: 'empty', questions: 0 }] }), 0)).toEqual({
      ok: false,
      error: { code: 'no-questions' },
    });
  });

  it('clamps the count to the questions there are, and says so', () => {
    const r = startDrill(setup({ lessons: [{ slug: 'gin', questions: 3 }], count: 5 }), 0);
    expect(r.ok && r.session.questions).toHaveLength(3);
    expect(r.ok && r.notice).toEqual({ code: 'clamped', requested: 5, dealt: 3 });
  });

  it('deals the seed’s questions and starts the first one’s clock', () => {
    const r = startDrill(setup({ count: 4, seed: 9 }), 5000);
    expect(r).toMatchObject({ ok: true, notice: null });
    if (!r.ok) return;
    expect(r.session.questions).toEqual(deal(POOLS, 4, 9));
    expect(r.session).toMatchObject({
      phase: 'answering',
      current: 0,
      seed: 9,
      secondsPerQuestion: 60,
      timer: { elapsedMs: 0, runningSince: 5000 },
    });
    expect(r.session.setup).toEqual({ slugs: ['gin', 'grpc', 'redis'], count: 4 });
    expect(r.session.answers).toEqual(
      Array(4).fill({ text: '', aloud: false, timedOut: false, usedMs: 0, grade: null }),
    );
  });
});

describe('the clock', () => {
  it('reveals by itself when the time is up, keeping what was typed', () => {
    let s = started({}, 1000);
    s = drill(s, { type: 'type', text: 'Protobuf is a binary format' });
    const almost = drill(s, { type: 'tick', now: 1000 + 59_999 });
    expect(almost).toBe(s);
    expect(remainingMs(s, 1000 + 59_999)).toBe(1);
    s = drill(s, { type: 'tick', now: 1000 + 60_000 });
    expect(s.phase).toBe('revealed');
    expect(s.answers[0]).toEqual({
      text: 'Protobuf is a binary format',
      aloud: false,
      timedOut: true,
      usedMs: 60_000,
      grade: null,
    });
    // A late tick changes nothing.
    expect(drill(s, { type: 'tick', now: 500_000 })).toBe(s);
  });

  it('never counts more than the limit, however late the tick (a reload after a long while)', () => {
    const s = drill(started({}, 0), { type: 'tick', now: 3_600_000 });
    expect(s.answers[0]).toMatchObject({ usedMs: 60_000, timedOut: true });
  });

  it('stops while paused and goes on from where it was', () => {
    let s = started({}, 0);
    s = drill(s, { type: 'pause', now: 10_000 });
    expect(s.timer).toEqual({ elapsedMs: 10_000, runningSince: null });
    expect(drill(s, { type: 'pause', now: 20_000 })).toBe(s);
    expect(drill(s, { type: 'tick', now: 100_000 })).toBe(s);
    expect(remainingMs(s, 100_000)).toBe(50_000);
    s = drill(s, { type: 'resume', now: 100_000 });
    expect(drill(s, { type: 'resume', now: 110_000 })).toBe(s);
    expect(drill(s, { type: 'tick', now: 149_999 })).toBe(s);
    s = drill(s, { type: 'tick', now: 150_000 });
    expect(s.answers[0]).toMatchObject({ usedMs: 60_000, timedOut: true });
  });

  it('records the time used when revealed early, typed or aloud', () => {
    const typed = drill(drill(started({}, 0), { type: 'type', text: 'x' }), { type: 'reveal', now: 42_000 });
    expect(typed.answers[0]).toEqual({ text: 'x', aloud: false, timedOut: false, usedMs: 42_000, grade: null });
    expect(typed.timer).toEqual({ elapsedMs: 42_000, runningSince: null });
    // The countdown stops where it was: 60 − 42 = 18 s, however long the learner reads.
    expect(remainingMs(typed, 999_999)).toBe(18_000);
    const aloud = drill(started({}, 0), { type: 'reveal', now: 17_500, aloud: true });
    expect(aloud.answers[0]).toEqual({ text: '', aloud: true, timedOut: false, usedMs: 17_500, grade: null });
  });

  it('has no limit when untimed', () => {
    let s = started({ secondsPerQuestion: null }, 0);
    expect(remainingMs(s, 1e9)).toBeNull();
    expect(drill(s, { type: 'tick', now: 1e9 })).toBe(s);
    s = drill(s, { type: 'reveal', now: 400_000 });
    expect(s.answers[0]).toMatchObject({ usedMs: 400_000, timedOut: false });
  });

  it('counts a clock that went backwards as no time', () => {
    const s = drill(started({}, 50_000), { type: 'reveal', now: 40_000 });
    expect(s.answers[0]?.usedMs).toBe(0);
  });

  it('keeps the typed text once revealed (typing then changes nothing)', () => {
    const s = drill(drill(started({}, 0), { type: 'type', text: 'kept' }), { type: 'reveal', now: 1 });
    expect(drill(s, { type: 'type', text: 'changed' })).toBe(s);
  });
});

describe('grading', () => {
  it('is refused before the reveal and for a rating outside 1–4', () => {
    const s = started();
    expect(drill(s, { type: 'grade', rating: 3, now: 1 })).toBe(s);
    const revealed = drill(s, { type: 'reveal', now: 1 });
    expect(drill(revealed, { type: 'grade', rating: 5 as never, now: 2 })).toBe(revealed);
  });

  it('records the grade and starts the next question’s clock', () => {
    let s = drill(started({ count: 2 }, 0), { type: 'reveal', now: 30_000 });
    s = drill(s, { type: 'grade', rating: 3, now: 31_000 });
    expect(s).toMatchObject({ phase: 'answering', current: 1, timer: { elapsedMs: 0, runningSince: 31_000 } });
    expect(s.answers[0]?.grade).toBe(3);
    expect(s.answers[1]).toEqual({ text: '', aloud: false, timedOut: false, usedMs: 0, grade: null });
    // The same key pressed again lands on the next question, which is not revealed: ignored.
    expect(drill(s, { type: 'grade', rating: 3, now: 31_001 })).toBe(s);
  });

  it('finishes after the last question', () => {
    let s = started({ count: 1 }, 0);
    s = drill(drill(s, { type: 'reveal', now: 5 }), { type: 'grade', rating: 1, now: 6 });
    expect(s).toMatchObject({ phase: 'finished', current: 1 });
    expect(drill(s, { type: 'stop', now: 7 })).toBe(s);
  });
});

describe('the summary', () => {
  it('adds up a full drill (figures worked out by hand)', () => {
    let s = started({ count: 3, secondsPerQuestion: 60, seed: 1 }, 0);
    // Q1: revealed at 20 s, Easy. Q2: time up after 60 s, Again. Q3: aloud after 35 s, Good.
    s = drill(s, { type: 'reveal', now: 20_000 });
    s = drill(s, { type: 'grade', rating: 4, now: 21_000 });
    s = drill(s, { type: 'tick', now: 81_000 });
    s = drill(s, { type: 'grade', rating: 1, now: 90_000 });
    s = drill(s, { type: 'reveal', now: 125_000, aloud: true });
    s = drill(s, { type: 'grade', rating: 3, now: 126_000 });
    const sum = summarize(s);
    expect(sum.rows.map((r) => [r.position, r.usedMs, r.grade, r.timedOut, r.aloud])).toEqual([
      [0, 20_000, 4, false, false],
      [1, 60_000, 1, true, false],
      [2, 35_000, 3, false, true],
    ]);
    expect(sum.rows.map((r) => ({ slug: r.slug, index: r.index }))).toEqual(s.questions);
    expect(sum.totalMs).toBe(115_000); // 20 + 60 + 35 s
    expect(sum.averageMs).toBeCloseTo(38_333.333, 3); // 115 s / 3
    expect(sum.averageGrade).toBeCloseTo(8 / 3, 10); // (4 + 1 + 3) / 3
    expect(sum.byGrade).toEqual({ 1: 1, 2: 0, 3: 1, 4: 1 });
    expect(sum).toMatchObject({ dealt: 3, skipped: 0 });
    expect(sum.lessons).toEqual([...new Set(s.questions.map((q) => q.slug))]);
  });

  it('counts only the graded questions of a drill ended early', () => {
    let s = started({ count: 5 }, 0);
    s = drill(s, { type: 'reveal', now: 12_000 });
    s = drill(s, { type: 'grade', rating: 2, now: 13_000 });
    s = drill(s, { type: 'type', text: 'half an answer' });
    s = drill(s, { type: 'stop', now: 20_000 });
    expect(s.phase).toBe('finished');
    const sum = summarize(s);
    expect(sum).toMatchObject({
      dealt: 5,
      skipped: 4,
      totalMs: 12_000,
      averageMs: 12_000,
      averageGrade: 2,
      byGrade: { 1: 0, 2: 1, 3: 0, 4: 0 },
    });
    expect(sum.lessons).toEqual([s.questions[0]!.slug]);
  });

  it('has no averages when nothing was graded', () => {
    const s = drill(started(), { type: 'stop', now: 1 });
    expect(summarize(s)).toMatchObject({
      rows: [],
      skipped: 5,
      averageGrade: null,
      averageMs: null,
      totalMs: 0,
      lessons: [],
    });
  });
});

describe('screen-reader announcements', () => {
  it.each([
    [60, 30_500, 30_000, 30],
    [60, 31_000, 30_001, null],
    [60, 10_200, 9_900, 10],
    [60, 40_000, 5_000, 10], // a slow tick skipped both marks: only the latest is said
    [60, 10_200, 0, null], // time up has its own message
    [20, 10_001, 10_000, 10],
    [30, 30_000, 29_750, null], // a mark equal to the limit would be said at the start
    [null, 40_000, 5_000, null],
  ])('limit %s s, %s → %s ms left: %s', (limit, before, after, mark) => {
    expect(announceMark(limit, before, after)).toBe(mark);
  });
});
