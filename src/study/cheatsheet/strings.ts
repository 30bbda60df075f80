import type { Lang } from '../../lessons/parts.ts';
import { translate } from '../../i18n/strings.ts';

/** The cheat sheet page's UI text. `{name}` placeholders are filled by `fmt`. */
const en = {
  cheatSheet: translate('en', 'cheatSheet'),
  courseTitle: translate('en', 'courseCheatSheet'),
  courseIntro: 'The key points and interview questions of every lesson, grouped by part. Print it or save it as a PDF.',
  lessonIntro: 'The lesson’s key points and interview questions on a printable page.',
  tools: 'Cheat sheet tools',
  print: 'Print',
  includeAnswers: 'Include the model answers',
  backToLesson: 'Back to the lesson',
  keypoints: 'Key points',
  questions: 'Interview questions',
  answers: 'Model answers',
  answersHelp: 'Answer the questions yourself before you read these.',
  noKeypoints: 'This lesson has no key points written yet.',
  noQuestions: 'This lesson has no interview questions.',
  loadingAnswers: 'Loading the answers…',
  documentTitle: '{lesson} · {sheet} · {site}',
  courseDocumentTitle: '{sheet} · {site}',
  lessonDescription: 'Key points and interview questions of “{lesson}”, on a printable page.',
  courseDescription: 'Key points and interview questions of every lesson, on printable pages.',
};

const zh: typeof en = {
  cheatSheet: translate('zh', 'cheatSheet'),
  courseTitle: translate('zh', 'courseCheatSheet'),
  courseIntro: '按部分汇总每一课的要点与面试题，可直接打印或另存为 PDF。',
  lessonIntro: '本课的要点与面试题，一页打印。',
  tools: '速查表操作',
  print: '打印',
  includeAnswers: '附上参考答案',
  backToLesson: '返回本课',
  keypoints: '要点',
  questions: '面试题',
  answers: '参考答案',
  answersHelp: '先自己回答，再看答案。',
  noKeypoints: '本课的要点还没有写好。',
  noQuestions: '本课没有面试题。',
  loadingAnswers: '正在加载答案…',
  documentTitle: '{lesson} · {sheet} · {site}',
  courseDocumentTitle: '{sheet} · {site}',
  lessonDescription: '「{lesson}」的要点与面试题，一页打印。',
  courseDescription: '每一课的要点与面试题，可打印。',
};

export type SheetStringKey = keyof typeof en;

export const sheetStrings: Record<Lang, typeof en> = { en, zh };

/** Fills `{name}` placeholders. */
export function fmt(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/**
 * The page's <title> and description, for the prerenderer (src/entry-server.tsx) and for the page
 * after client-side navigation: one function so the two never differ.
 */
export function sheetHead(lang: Lang, site: string, lessonTitle?: string): { title: string; description: string } {
  const s = sheetStrings[lang];
  return lessonTitle === undefined
    ? { title: fmt(s.courseDocumentTitle, { sheet: s.courseTitle, site }), description: s.courseDescription }
    : { title: fmt(s.documentTitle, { lesson: lessonTitle, sheet: s.cheatSheet, site }), description: fmt(s.lessonDescription, { lesson: lessonTitle }) };
}
