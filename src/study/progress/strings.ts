// The progress dashboard's own UI text, and the messages an import refusal shows. zh and en have the
// same keys (the type of `zh` is the type of `en`).

import type { Lang } from '../../lessons/parts.ts';

const en = {
  title: 'Your progress',
  intro: 'Kept in this browser only. Export it to carry it to another browser, or to keep a copy.',
  overview: 'Overview',
  lessonsRead: 'Lessons read',
  quizzesTaken: 'Quizzes taken',
  averageBest: 'Average best quiz score',
  cardsDue: 'Flashcards due',
  reviews7: 'Reviews in the last 7 days',
  reviewNow: 'Review now',
  none: '–',
  byLesson: 'By lesson',
  dueNote:
    'A lesson’s cards due are what reviewing that lesson alone offers now, its new cards included. The overview counts the whole deck, where new cards are shared out {n} a day.',
  colLesson: 'Lesson',
  colRead: 'Read',
  colQuiz: 'Quiz best',
  colPlaygrounds: 'Playgrounds tried',
  colDue: 'Cards due',
  readYes: 'read',
  readNo: 'not yet',
  quizNone: 'not taken',
  noPlaygrounds: 'none in this lesson',
  reviewLesson: 'Review the {n} due cards of {lesson}',
  data: 'Your data',
  exportButton: 'Export progress',
  exportHelp: 'Downloads a JSON file with everything on this page and your flashcard schedule.',
  exported: 'Saved {file}.',
  importLabel: 'Import progress from a file',
  importHelp:
    'Choose a file exported from this site. It is added to what this browser has: newer and better results win, nothing is lost.',
  imported:
    'Imported a file exported {date}: {read} lessons read, {quizzes} quiz scores, {playgrounds} playgrounds tried, {cards} flashcards, {reviews} reviews.',
  importedUndated:
    'Imported: {read} lessons read, {quizzes} quiz scores, {playgrounds} playgrounds tried, {cards} flashcards, {reviews} reviews.',
  errEmpty: 'The file is empty. Nothing was imported.',
  errCorrupt: 'This file is not valid JSON, so it is not a progress export. Nothing was imported.',
  errTruncated:
    'This file is cut short (its JSON ends before it is complete): download or copy it again. Nothing was imported.',
  errForeign: 'This is not a Go Backend Atlas progress file. Nothing was imported.',
  errNewer:
    'This file comes from a newer version of the site (format {version}; this page reads up to format {known}). Reload the page to get the new version, then import again. Nothing was imported.',
  errInvalid: 'This progress file has a wrong value: {detail}. Nothing was imported.',
  errStorage: 'The browser refused to save (storage full or blocked). Nothing was imported.',
  errTooLarge: 'This file is too large to be a progress export ({size} MB). Nothing was imported.',
  errRead: 'The file could not be read. Nothing was imported.',
  resetButton: 'Reset progress…',
  resetTitle: 'Reset all progress?',
  resetBody:
    'This deletes every lesson read, quiz score, playground tried and flashcard schedule kept in this browser. It cannot be undone: export first if you want a copy.',
  resetConfirm: 'Delete all progress',
  cancel: 'Cancel',
  resetDone: 'All progress was deleted.',
  resetFailed: 'The browser refused to change its storage; nothing was deleted.',
  storedCorrupt:
    'The progress saved in this browser could not be read ({detail}), so this page starts from nothing. New progress will replace it.',
  storedNewer:
    'The progress saved in this browser was written by a newer version of the site (format {version}). Reload the page to use it; this page will not overwrite it.',
  percent: '{n}%',
};

export type ProgressStringKey = keyof typeof en;

const zh: typeof en = {
  title: '学习进度',
  intro: '进度只保存在这个浏览器里。导出成文件，就能带到另一个浏览器，或留一份备份。',
  overview: '总览',
  lessonsRead: '已读课程',
  quizzesTaken: '已做测验',
  averageBest: '测验最好成绩（平均）',
  cardsDue: '待复习闪卡',
  reviews7: '最近 7 天复习次数',
  reviewNow: '去复习',
  none: '–',
  byLesson: '各课进度',
  dueNote: '每课的“待复习”是单独复习这一课时现在会出的卡片，包括新卡。总览按整副牌计算，新卡每天共 {n} 张。',
  colLesson: '课程',
  colRead: '已读',
  colQuiz: '测验最好',
  colPlaygrounds: '已试演练场',
  colDue: '待复习',
  readYes: '已读',
  readNo: '未读',
  quizNone: '未做',
  noPlaygrounds: '本课没有演练场',
  reviewLesson: '复习「{lesson}」的 {n} 张到期闪卡',
  data: '数据',
  exportButton: '导出进度',
  exportHelp: '下载一个 JSON 文件，包含本页的全部进度和闪卡复习计划。',
  exported: '已保存 {file}。',
  importLabel: '从文件导入进度',
  importHelp: '选择从本站导出的文件。它会与这个浏览器已有的进度合并：较新、较好的结果保留，不会丢失任何记录。',
  imported:
    '已导入 {date} 导出的文件：已读课程 {read} 篇，测验成绩 {quizzes} 个，演练场 {playgrounds} 个，闪卡 {cards} 张，复习 {reviews} 次。',
  importedUndated:
    '已导入：已读课程 {read} 篇，测验成绩 {quizzes} 个，演练场 {playgrounds} 个，闪卡 {cards} 张，复习 {reviews} 次。',
  errEmpty: '文件是空的。没有导入任何内容。',
  errCorrupt: '这个文件不是有效的 JSON，不可能是进度导出文件。没有导入任何内容。',
  errTruncated: '这个文件不完整（JSON 在结束前被截断），请重新下载或复制。没有导入任何内容。',
  errForeign: '这不是 Go 后端图谱的进度文件。没有导入任何内容。',
  errNewer:
    '这个文件来自更新版本的网站（格式 {version}，本页最多能读格式 {known}）。请刷新页面获取新版本后再导入。没有导入任何内容。',
  errInvalid: '这个进度文件里有一个错误的值：{detail}。没有导入任何内容。',
  errStorage: '浏览器拒绝保存（存储已满或被禁用）。没有导入任何内容。',
  errTooLarge: '这个文件太大，不可能是进度导出文件（{size} MB）。没有导入任何内容。',
  errRead: '无法读取这个文件。没有导入任何内容。',
  resetButton: '清空进度…',
  resetTitle: '清空全部进度？',
  resetBody:
    '这会删除这个浏览器中保存的所有已读记录、测验成绩、演练场记录和闪卡复习计划，且无法撤销。如需保留，请先导出。',
  resetConfirm: '删除全部进度',
  cancel: '取消',
  resetDone: '全部进度已删除。',
  resetFailed: '浏览器拒绝修改存储，没有删除任何内容。',
  storedCorrupt: '这个浏览器中保存的进度无法读取（{detail}），所以本页从空白开始。新的进度会替换它。',
  storedNewer: '这个浏览器中保存的进度由更新版本的网站写入（格式 {version}）。请刷新页面使用它；本页不会覆盖它。',
  percent: '{n}%',
};

const STRINGS: Record<Lang, Record<ProgressStringKey, string>> = { en, zh };

export type ProgressT = (key: ProgressStringKey, vars?: Record<string, string | number>) => string;

export function progressT(lang: Lang): ProgressT {
  return (key, vars) => {
    const text = STRINGS[lang][key];
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}
