import { partName } from '../../i18n/strings.ts';
import { catalog } from '../../lessons/catalog.ts';
import { PARTS, type Lang, type Part } from '../../lessons/parts.ts';
import type { ReviewT } from './strings.ts';

const isPart = (p: string): p is Part => (PARTS as readonly string[]).includes(p);

/** The lessons a filter selects (from the page's `?part=` and `?lesson=`); undefined for all. */
export function filterSlugs(part: string, lesson: string): string[] | undefined {
  const inPart = isPart(part) ? catalog.filter((l) => l.part === part) : catalog;
  if (lesson && inPart.some((l) => l.slug === lesson)) return [lesson];
  return isPart(part) ? inPart.map((l) => l.slug) : undefined;
}

interface Props {
  lang: Lang;
  t: ReviewT;
  part: string;
  lesson: string;
  onChange: (next: { part: string; lesson: string }) => void;
}

/** Part and lesson selects; the lesson list narrows to the chosen part. */
export function ReviewFilters({ lang, t, part, lesson, onChange }: Props) {
  const chosenPart = isPart(part) ? part : '';
  const lessons = chosenPart ? catalog.filter((l) => l.part === chosenPart) : catalog;
  const chosenLesson = lessons.some((l) => l.slug === lesson) ? lesson : '';
  return (
    <fieldset className="review-filters">
      <legend>{t('filters')}</legend>
      <label>
        <span>{t('part')}</span>
        <select value={chosenPart} onChange={(e) => onChange({ part: e.target.value, lesson: '' })}>
          <option value="">{t('allParts')}</option>
          {PARTS.map((p) => (
            <option key={p} value={p}>
              {partName(lang, p)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('lesson')}</span>
        <select value={chosenLesson} onChange={(e) => onChange({ part: chosenPart, lesson: e.target.value })}>
          <option value="">{t('allLessons')}</option>
          {lessons.map((l) => (
            <option key={l.slug} value={l.slug}>
              {l.title[lang]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
