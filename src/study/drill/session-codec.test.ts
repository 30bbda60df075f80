import { describe, expect, it } from 'vitest';
import { drill, startDrill, type DrillSession } from './model.ts';
import { decodeSession, encodeSession } from './session-codec.ts';

function session(): DrillSession {
  const r = startDrill({ lessons: [{ slug: 'grpc', questions: 4 }], count: 3, secondsPerQuestion: 120, seed: 5 }, 1000);
  if (!r.ok) throw new Error('setup refused');
  return drill(drill(r.session, { type: 'type', text: '多路复用 over HTTP/2\n第二行' }), { type: 'reveal', now: 9000 });
}

const edit = (patch: (s: Record<string, unknown>) => void) => {
  const raw = JSON.parse(encodeSession(session())) as Record<string, unknown>;
  patch(raw);
  return JSON.stringify(raw);
};

describe('a saved drill', () => {
  it('comes back exactly as it was saved, typed text included', () => {
    const s = session();
    expect(decodeSession(encodeSession(s))).toEqual(s);
  });

  it('is absent when nothing was saved or the text is not JSON', () => {
    expect(decodeSession(null)).toBeNull();
    expect(decodeSession('')).toBeNull();
    expect(decodeSession('{"version":1,')).toBeNull();
  });

  it.each<[string, (s: Record<string, unknown>) => void]>([
    ['another version', (s) => (s.version = 2)],
    ['a grade outside 1–4', (s) => ((s.answers as { grade: unknown }[])[0]!.grade = 5)],
    ['one answer too few', (s) => (s.answers as unknown[]).pop()],
    ['no questions', (s) => ((s.questions = []), (s.answers = []))],
    ['a current question past the end', (s) => (s.current = 3)],
    ['finished before the end', (s) => (s.phase = 'finished')],
    ['a revealed question whose clock still runs', (s) => ((s.timer as { runningSince: unknown }).runningSince = 5)],
    ['a negative index', (s) => ((s.questions as { index: number }[])[0]!.index = -1)],
    ['an unknown phase', (s) => (s.phase = 'paused')],
  ])('is refused with %s', (_what, patch) => {
    expect(decodeSession(edit(patch))).toBeNull();
  });
});
