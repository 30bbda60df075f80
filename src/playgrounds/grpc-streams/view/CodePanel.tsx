import { useEffect, useRef } from 'react';
import type { Side } from '../model.ts';

/**
 * Go source as a `<pre>` of line spans; the line that produced the current frame is marked (background,
 * a ▶ gutter mark and hidden text, so not by colour alone) and scrolled into view inside the box.
 */
export function CodePanel(props: { title: string; side: Side; lines: string[]; current: number | null; currentLabel: string }) {
  const { title, side, lines, current, currentLabel } = props;
  const pre = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const box = pre.current;
    const line = box?.querySelector<HTMLElement>('.is-current');
    if (!box || !line) return;
    const top = line.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + line.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = Math.max(0, top - box.clientHeight / 3);
  }, [current, lines]);
  return (
    <figure className="grpc-streams-code">
      <figcaption>{title}</figcaption>
      <pre ref={pre} tabIndex={0} aria-label={title} data-side={side}>
        <code>
          {lines.map((text, i) => {
            const n = i + 1;
            const here = n === current;
            return (
              <span key={n} className={here ? 'grpc-streams-line is-current' : 'grpc-streams-line'} aria-current={here || undefined}>
                <span className="grpc-streams-ln" aria-hidden="true">
                  {here ? '▶' : n}
                </span>
                {text.replace(/\t/g, '  ') || ' '}
                {here && <span className="visually-hidden"> {currentLabel}</span>}
                {'\n'}
              </span>
            );
          })}
        </code>
      </pre>
    </figure>
  );
}
