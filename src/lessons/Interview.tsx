import { Heading } from '../components/Heading.tsx';
import { useT } from '../i18n/useT.ts';
import { Inline, RichText } from './RichText.tsx';
import type { InterviewItem } from './types.ts';

/** Interview questions with model answers folded away, so a reader can drill before peeking. */
export function Interview({ id, items }: { id: string; items: InterviewItem[] }) {
  const t = useT();
  return (
    <section className="interview" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {t('interview')}
      </Heading>
      <p className="section-help">{t('interviewHelp')}</p>
      <ol className="interview-list">
        {items.map((item, i) => (
          <li key={i}>
            <p className="interview-q">
              <Inline text={item.q} />
            </p>
            <details>
              <summary>{t('showAnswer')}</summary>
              <div className="interview-a">
                <RichText text={item.a} />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
