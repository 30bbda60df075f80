/** The course map's parts, in the order the notes group them. One source for the build check and the UI. */
export const PARTS = ['frameworks', 'middleware', 'platform', 'messaging', 'layers'] as const;
export type Part = (typeof PARTS)[number];

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string | undefined): value is Lang {
  return value === 'zh' || value === 'en';
}
