import { HeadingIn } from '../components/Heading.tsx';
import { translate } from '../i18n/strings.ts';
import type { Lang } from './parts.ts';
import { Inline, RichText } from './RichText.tsx';
import type { InterviewItem } from './types.ts';

/** Interview questions with model answers folded away, so a reader can drill before peeking. */
export function Interview({ id, items, lang }: { id: string; items: InterviewItem[]; lang: Lang }) {
  const t = (key: 'interview' | 'interviewHelp' | 'showAnswer') => translate(lang, key);
  return (
    <section className="interview" aria-labelledby={id}>
      <HeadingIn lang={lang} level={2} id={id}>
        {t('interview')}
      </HeadingIn>
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
