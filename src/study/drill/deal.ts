// Dealing interview questions: a seeded shuffle, so a deal is reproducible from its seed (tests pin it,
// and a bug report can quote it). Pure: no Math.random, no clock.

/** One interview question: the lesson and the question's position in that lesson's frontmatter list. */
export interface Question {
  slug: string;
  index: number;
}

/** A chosen lesson and how many interview questions it has. */
export interface LessonPool {
  slug: string;
  questions: number;
}

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator, public domain): uniform floats in [0, 1) from a 32-bit
 * seed. Hand-written because it is six lines of arithmetic, and a package for it would be a dependency to
 * vet for less code than its README; its statistical quality is ample for shuffling a few hundred cards.
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates (Durstenfeld's in-place form) on a copy: every order equally likely given a uniform source. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Every question of the given lessons, once each: a lesson listed twice counts once, and a question
 * count that is not a whole number ≥ 0 (a lesson with no questions, bad data) contributes nothing.
 */
export function questionsOf(pools: readonly LessonPool[]): Question[] {
  const seen = new Set<string>();
  const out: Question[] = [];
  for (const { slug, questions } of pools) {
    if (seen.has(slug)) continue;
    seen.add(slug);
    const n = Number.isInteger(questions) && questions > 0 ? questions : 0;
    for (let index = 0; index < n; index++) out.push({ slug, index });
  }
  return out;
}

/** The first `count` questions of the seeded shuffle of all the pools' questions (fewer if there are fewer). */
export function deal(pools: readonly LessonPool[], count: number, seed: number): Question[] {
  return shuffle(questionsOf(pools), mulberry32(seed)).slice(0, Math.max(0, count));
}
