import { useState } from 'react';
import { findLesson, loadStudy } from '../../lessons/catalog.ts';
import type { Lang } from '../../lessons/parts.ts';
import { cardFace, exportCard } from '../cards/card-text.ts';
import { toAnkiTsv, toMarkdown, type ExportCard } from '../cards/export.ts';
import { parseCardId } from '../progress/schema.ts';
import type { ReviewT } from './strings.ts';
import { downloadText } from '../../components/download.ts';

/** The cards' texts in `lang`, loading each lesson's study chunk once. */
async function collect(ids: string[], lang: Lang): Promise<ExportCard[]> {
  const slugs = [...new Set(ids.map((id) => parseCardId(id)?.slug).filter((s): s is string => s !== undefined))];
  const studies = new Map(await Promise.all(slugs.map(async (slug) => [slug, await loadStudy(lang, slug)] as const)));
  const cards: ExportCard[] = [];
  for (const id of ids) {
    const slug = parseCardId(id)?.slug;
    const study = slug === undefined ? undefined : studies.get(slug);
    const lesson = findLesson(slug);
    const face = study && cardFace(study, id);
    if (face && lesson)
      cards.push(exportCard(id, face, { slug: lesson.slug, part: lesson.part, title: lesson.title[lang] }));
  }
  return cards;
}

/** Download buttons for the selected cards, in the language being read. */
export function ExportDeck({ ids, lang, t }: { ids: string[]; lang: Lang; t: ReviewT }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: 'anki' | 'markdown') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const cards = await collect(ids, lang);
      if (format === 'anki') downloadText(`go-backend-atlas-flashcards-${lang}.txt`, toAnkiTsv(cards), 'text/plain');
      else downloadText(`go-backend-atlas-flashcards-${lang}.md`, toMarkdown(cards, t('exportTitle')), 'text/markdown');
    } catch (e) {
      setError(t('exportFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="review-export" aria-labelledby="review-export-title">
      <h2 id="review-export-title">{t('export')}</h2>
      <p className="section-help">{t('exportHelp', { lang: t('langName') })}</p>
      <div className="review-export-buttons">
        <button type="button" disabled={ids.length === 0} onClick={() => void run('anki')}>
          {t('exportAnki')}
        </button>
        <button type="button" disabled={ids.length === 0} onClick={() => void run('markdown')}>
          {t('exportMarkdown')}
        </button>
        {busy && <span role="status">{t('exporting')}</span>}
      </div>
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
