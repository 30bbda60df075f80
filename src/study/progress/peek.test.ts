import { describe, expect, it } from 'vitest';
import { peekProgressText } from './peek.ts';

const card = { due: 1_700_000_000_000, stability: 2.3, difficulty: 2.1, elapsed_days: 0, scheduled_days: 2, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: 1_699_900_000_000 };

describe('peekProgressText', () => {
  it('reads the cards of a current-version document and nothing else', () => {
    const raw = JSON.stringify({ version: 1, lessons: { grpc: { readAt: 5 } }, playgrounds: {}, cards: { 'grpc/interview/0': card }, reviewsByDay: {} });
    const p = peekProgressText(raw);
    expect(p?.cards).toEqual({ 'grpc/interview/0': card });
    expect(p?.lessons).toEqual({});
  });

  it('treats no stored key as empty progress', () => {
    expect(peekProgressText(null)?.cards).toEqual({});
  });

  it('leaves everything else to the store: bad JSON, other versions, a malformed card', () => {
    expect(peekProgressText('{"version":1,"cards":')).toBeUndefined();
    expect(peekProgressText(JSON.stringify({ version: 2, cards: {} }))).toBeUndefined();
    expect(peekProgressText(JSON.stringify({ version: 0 }))).toBeUndefined();
    expect(peekProgressText(JSON.stringify({ version: 1, cards: [] }))).toBeUndefined();
    expect(peekProgressText(JSON.stringify({ version: 1, cards: { x: { ...card, due: '2024-01-01' } } }))).toBeUndefined();
    expect(peekProgressText(JSON.stringify({ version: 1, cards: { x: { ...card, state: 4 } } }))).toBeUndefined();
    expect(peekProgressText('null')).toBeUndefined();
  });
});
