import { describe, expect, it } from 'vitest';
import { findMarks, snippet } from './snippet.ts';

const render = (pieces: { text: string; mark: boolean }[]) =>
  pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('findMarks', () => {
  it('matches case-insensitively, longest term first, without overlaps', () => {
    expect(findMarks('Use sync.Pool, not a pool.', ['pool', 'sync.pool'])).toEqual([
      [4, 13],
      [21, 25],
    ]);
    expect(findMarks('一个对象池和对象', ['对象', '对象池'])).toEqual([
      [2, 5],
      [6, 8],
    ]);
  });

  it('treats terms as text, not patterns', () => {
    expect(findMarks('HTTP/2 (h2) and c.Next()', ['c.next()', '(h2)'])).toEqual([
      [7, 11],
      [16, 24],
    ]);
    expect(findMarks('abc', ['', ' '])).toEqual([]);
  });
});

describe('snippet', () => {
  const text = 'A'.repeat(100) + ' the idempotent producer retries without duplicates ' + 'B'.repeat(200);

  it('shows a window around the first match with every match in it marked', () => {
    const out = render(snippet(text, ['idempotent', 'retries'], 80));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[idempotent] producer [retries] without');
    expect(out.length).toBeLessThanOrEqual(80 + 2 + 4);
  });

  it('shows the start of the text when nothing matches, and the whole of a short text', () => {
    expect(render(snippet('short text', ['zzz']))).toBe('short text');
    expect(render(snippet(text, [], 20))).toBe('A'.repeat(20) + '…');
  });

  it('opens at the most telling term, the first in the list, even when another comes earlier', () => {
    const long =
      'x'.repeat(200) +
      ' sync.Once tidies the trees. ' +
      'y'.repeat(200) +
      ' a sync.Pool of Contexts ' +
      'z'.repeat(200);
    const out = render(snippet(long, ['sync.pool', 'sync'], 60));
    expect(out).toContain('a [sync.Pool] of Contexts');
    expect(out).not.toContain('Once');
  });

  it('marks a match in Chinese mid-sentence', () => {
    expect(render(snippet('从 engine.pool 取出一个对象池里的 Context', ['对象池']))).toBe(
      '从 engine.pool 取出一个[对象池]里的 Context',
    );
  });
});
