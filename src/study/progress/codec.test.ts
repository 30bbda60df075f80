import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeExport } from './codec.ts';
import { SAMPLE } from './test-fixtures.ts';

const EXPORTED_AT = new Date('2025-03-06T08:00:00.000Z');
const FILE = encodeExport(SAMPLE, EXPORTED_AT);
const envelope = (progress: unknown) =>
  JSON.stringify({ app: 'go-backend-atlas', kind: 'progress', exportedAt: EXPORTED_AT.toISOString(), progress });
const withCard = (patch: Record<string, unknown>) =>
  envelope({
    ...SAMPLE,
    cards: { ...SAMPLE.cards, 'grpc/interview/0': { ...SAMPLE.cards['grpc/interview/0'], ...patch } },
  });

describe('decodeProgress: what it accepts', () => {
  it('reads back an export exactly (round trip), with its date', () => {
    expect(decodeProgress(FILE)).toEqual({ ok: true, progress: SAMPLE, exportedAt: '2025-03-06T08:00:00.000Z' });
  });

  it('writes the export envelope the issue describes', () => {
    expect(JSON.parse(FILE)).toEqual({
      app: 'go-backend-atlas',
      kind: 'progress',
      exportedAt: '2025-03-06T08:00:00.000Z',
      progress: SAMPLE,
    });
  });

  it('reads the stored document itself (no envelope)', () => {
    expect(decodeProgress(JSON.stringify(SAMPLE))).toEqual({ ok: true, progress: SAMPLE });
  });

  it('ignores a byte-order mark and surrounding whitespace', () => {
    expect(decodeProgress(`\uFEFF\n ${FILE} \n`).ok).toBe(true);
  });

  it('keeps records of lessons and cards the course does not have (they are the learner’s)', () => {
    const old = {
      ...SAMPLE,
      lessons: { 'retired-lesson': { readAt: 1 } },
      cards: { 'retired-lesson/interview/9': SAMPLE.cards['grpc/interview/0']! },
    };
    const decoded = decodeProgress(envelope(old));
    expect(decoded.ok && decoded.progress).toEqual(old);
  });

  it('drops fields it does not know inside a known version', () => {
    const decoded = decodeProgress(
      envelope({ ...SAMPLE, theme: 'dark', lessons: { gin: { readAt: 5, colour: 'red' } } }),
    );
    expect(decoded.ok && decoded.progress.lessons).toEqual({ gin: { readAt: 5 } });
    expect(decoded.ok && 'theme' in decoded.progress).toBe(false);
  });
});

describe('decodeProgress: what it refuses', () => {
  it('an empty file', () => {
    expect(decodeProgress('')).toMatchObject({ ok: false, code: 'empty' });
    expect(decodeProgress('  \n')).toMatchObject({ ok: false, code: 'empty' });
  });

  it.each([
    ['plain text', 'hello'],
    ['a syntax error inside', '{"app": go-backend-atlas}'],
    ['text after the end', '{"app":"go-backend-atlas"}}'],
    ['single quotes', "{'app':'go-backend-atlas'}"],
    ['binary', '\u0000\u0001PK\u0003\u0004'],
  ])('corrupt JSON: %s', (_name, text) => {
    expect(decodeProgress(text)).toMatchObject({ ok: false, code: 'corrupt', error: 'not valid JSON' });
  });

  it('a truncated export, cut anywhere before its last brace', () => {
    const end = FILE.lastIndexOf('}');
    const cuts = [1, 2, 10, 30, 31, 57, 100, Math.floor(end / 2), end - 20, end - 2, end - 1, end];
    for (const at of cuts)
      expect(decodeProgress(FILE.slice(0, at)), `cut at ${at}`).toMatchObject({ ok: false, code: 'truncated' });
    // And every other cut too: none is taken for a valid file, or called corrupt or foreign.
    for (let at = 1; at <= end; at++) {
      const decoded = decodeProgress(FILE.slice(0, at));
      expect(decoded.ok ? 'accepted' : decoded.code, `cut at ${at}`).toBe('truncated');
    }
  });

  it.each([
    ['another app’s export', { app: 'roadmap.sh', kind: 'progress', progress: SAMPLE }],
    ['our app, another kind of file', { app: 'go-backend-atlas', kind: 'settings', progress: SAMPLE }],
    ['a kind without an app', { kind: 'progress', progress: SAMPLE }],
    ['a random object', { name: 'my-notes', items: [1, 2, 3] }],
    ['a package.json', { name: 'go-backend-atlas', version: '0.1.0', private: true }],
    ['an object with a version but nothing else of ours', { version: 3, data: {} }],
    ['an array', [SAMPLE]],
    ['an empty array', []],
    ['a string', 'progress'],
    ['a number', 42],
    ['null', null],
  ])('foreign JSON: %s', (_name, value) => {
    expect(decodeProgress(JSON.stringify(value))).toMatchObject({ ok: false, code: 'foreign' });
  });

  it('a file from a newer version of the site, with that version', () => {
    expect(decodeProgress(envelope({ ...SAMPLE, version: 2 }))).toEqual({
      ok: false,
      code: 'newer',
      version: 2,
      error: 'version 2 is newer than 1',
    });
    expect(decodeProgress(JSON.stringify({ version: 7, lessons: 'anything' }))).toMatchObject({
      ok: false,
      code: 'newer',
      version: 7,
    });
  });

  it.each([
    ['a date as text', withCard({ due: '2025-03-07' }), 'cards.grpc/interview/0.due: expected number'],
    [
      'a state ts-fsrs does not have',
      withCard({ state: 4 }),
      'cards.grpc/interview/0.state: expected 0 or 1 or 2 or 3',
    ],
    ['negative reps', withCard({ reps: -1 }), 'cards.grpc/interview/0.reps: expected at least 0'],
    ['fractional lapses', withCard({ lapses: 0.5 }), 'cards.grpc/interview/0.lapses: expected integer'],
    ['a missing field', withCard({ last_review: undefined }), 'cards.grpc/interview/0.last_review: expected number'],
    [
      'a card id of no kind',
      envelope({ ...SAMPLE, cards: { 'grpc/flash/0': SAMPLE.cards['grpc/interview/0'] } }),
      'cards.grpc/flash/0: not a valid key here',
    ],
    [
      'a best above the total',
      envelope({ ...SAMPLE, lessons: { grpc: { quiz: { score: 3, total: 5, best: 6, at: 1 } } } }),
      'lessons.grpc.quiz.best: expected at most total',
    ],
    [
      'a quiz of no questions',
      envelope({ ...SAMPLE, lessons: { grpc: { quiz: { score: 0, total: 0, best: 0, at: 1 } } } }),
      'lessons.grpc.quiz.total: expected at least 1',
    ],
    [
      'a day that is not a date',
      envelope({ ...SAMPLE, reviewsByDay: { yesterday: 3 } }),
      'reviewsByDay.yesterday: not a valid key here',
    ],
    ['lessons as a list', envelope({ ...SAMPLE, lessons: [] }), 'lessons: expected record'],
    ['a version that is not a whole number', envelope({ ...SAMPLE, version: 1.5 }), 'version: expected integer'],
    ['a version as text', envelope({ ...SAMPLE, version: '1' }), 'version: expected integer'],
    [
      'no progress in the envelope',
      JSON.stringify({ app: 'go-backend-atlas', kind: 'progress' }),
      'progress: expected object',
    ],
  ])('a wrong value: %s', (_name, text, detail) => {
    expect(decodeProgress(text)).toEqual({ ok: false, code: 'invalid', detail, error: detail });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => envelope(v)),
        ),
        (text) => {
          const decoded = decodeProgress(text);
          expect(typeof decoded.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});
