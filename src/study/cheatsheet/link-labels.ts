import type { Lang } from '../../lessons/parts.ts';

/**
 * The names of the cheat sheets as links elsewhere (the lesson header, the course map). Apart from
 * ./strings.ts because those pages are first-load code: importing the page's whole string table would
 * put it in every page's first load.
 */
export const sheetLinkLabels: Record<Lang, { lesson: string; course: string }> = {
  en: { lesson: 'Cheat sheet', course: 'Course cheat sheet' },
  zh: { lesson: '速查表', course: '全课程速查表' },
};
