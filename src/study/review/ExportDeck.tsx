import { useState } from 'react';
import { findLesson, loadStudy } from '../../lessons/catalog.ts';
import type { Lang } from '../../lessons/parts.ts';
import { cardFace, exportCard } from '../cards/card-text.ts';
import { toAnkiTsv, toMarkdown, type ExportCard } from '../cards/export.ts';
import { parseCardId } from '../progress/schema.ts';
import type { ReviewT } from './strings.ts';

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

function download(text: string, name: string, type: string): void {
  // No byte-order mark: Anki would read it as part of the first header line and ignore the headers.
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
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
      if (format === 'anki') download(toAnkiTsv(cards), `go-backend-atlas-flashcards-${lang}.txt`, 'text/plain');
      else download(toMarkdown(cards, t('exportTitle')), `go-backend-atlas-flashcards-${lang}.md`, 'text/markdown');
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
