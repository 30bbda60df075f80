// What a card shows, from a lesson's study material (src/lessons/catalog.ts loadStudy): an interview
// question and its model answer, or a quiz question, its options and the right one with the explanation.

import type { LessonStudy } from '../../lessons/types.ts';
import { parseCardId, type CardKind } from '../progress/schema.ts';
import type { ExportCard } from './export.ts';

export interface CardFace {
  kind: CardKind;
  q: string;
  /** Quiz cards: the options, the right one at `answer`. */
  options?: string[];
  /** Interview cards: the model answer. Quiz cards: the right option. */
  answer: string;
  /** Quiz cards: why. */
  explain?: string;
}

export const optionLetter = (i: number) => String.fromCharCode(65 + i);

/** The card's texts, or undefined when the lesson no longer has that question. */
export function cardFace(study: LessonStudy, id: string): CardFace | undefined {
  const parsed = parseCardId(id);
  if (!parsed) return undefined;
  if (parsed.kind === 'interview') {
    const item = study.interview[parsed.index];
    return item && { kind: 'interview', q: item.q, answer: item.a };
  }
  const item = study.quiz[parsed.index];
  const right = item?.options[item.answer];
  if (!item || right === undefined) return undefined;
  return {
    kind: 'quiz',
    q: item.q,
    options: item.options,
    answer: `${optionLetter(item.answer)}. ${right}`,
    explain: item.explain,
  };
}

/**
 * A card for the export files: quiz options go on the front, the explanation on the back. Tags are
 * hierarchical (Anki shows `a::b` as a tree): course, part, lesson; and the kind of question.
 */
export function exportCard(
  id: string,
  face: CardFace,
  lesson: { slug: string; title: string; part: string },
): ExportCard {
  const q = face.options ? [face.q, '', ...face.options.map((o, i) => `${optionLetter(i)}. ${o}`)].join('\n') : face.q;
  const a = face.explain ? `${face.answer}\n\n${face.explain}` : face.answer;
  return {
    id,
    q,
    a,
    tags: [`go-backend-atlas::${lesson.part}::${lesson.slug}`, `go-backend-atlas::${face.kind}`],
    section: lesson.title,
  };
}
