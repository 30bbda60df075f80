import type { ReactNode } from 'react';
import type { StringKey } from '../i18n/strings.ts';
import { useT } from '../i18n/useT.ts';
import type { CalloutKind } from '../lessons/mdx-tags.ts';

const defaultTitles: Record<CalloutKind, StringKey> = {
  learn: 'calloutLearn',
  note: 'calloutNote',
  tip: 'calloutTip',
  warning: 'calloutWarning',
  pitfall: 'calloutPitfall',
};

/** An aside box. `learn` opens a lesson, `pitfall` collects common mistakes. */
export function Callout({ kind, title, children }: { kind: CalloutKind; title?: string; children?: ReactNode }) {
  const t = useT();
  const heading = title ?? t(defaultTitles[kind]);
  return (
    <aside className={`callout callout-${kind}`} aria-label={heading}>
      <p className="callout-title">
        {heading}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
