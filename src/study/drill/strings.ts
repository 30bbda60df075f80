// The interview drill's UI text, zh and en with the same keys. Placeholders are `{name}`.

import type { Lang } from '../../lessons/parts.ts';
import type { Rating } from './model.ts';

const en = {
  title: 'Interview drill',
  intro:
    'Random interview questions from the lessons you choose, against the clock. Answer aloud or type, then compare with the model answer and grade yourself: the grade schedules the question as a flashcard.',
  setupLessons: 'Lessons',
  allInPart: 'All of {part}',
  setupCount: 'Number of questions',
  setupCountHelp: '1 to {max}.',
  setupTime: 'Time per question',
  minutes: '{n} min',
  untimed: 'Untimed',
  start: 'Start the drill',
  starting: 'Dealing…',
  noLessons: 'Choose at least one lesson.',
  noQuestions: 'The chosen lessons have no interview questions.',
  badCount: 'Enter a whole number from {min} to {max}.',
  badTime: 'Choose a time per question.',
  loadFailed: 'The questions could not be loaded. Check the connection and try again.',
  retry: 'Try again',
  clamped: 'The chosen lessons have {dealt} questions, fewer than the {requested} asked for: all {dealt} are dealt.',
  questionOf: 'Question {n} of {total}',
  fromLesson: 'From “{lesson}”',
  timeLeft: '{time} left',
  timeUsed: '{time} so far',
  paused: 'Paused',
  answeredIn: 'Answered in {time}',
  timeUpShort: 'Time is up',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'End the drill',
  yourAnswer: 'Your answer (optional: you can answer aloud instead)',
  reveal: 'Reveal the model answer',
  answeredAloud: 'I answered aloud: reveal',
  announceLeft: '{n} seconds left.',
  timeUp: 'Time is up: the model answer is shown.',
  modelAnswer: 'Model answer',
  youWrote: 'Your answer',
  youAnsweredAloud: 'You answered aloud.',
  youWroteNothing: 'Nothing typed.',
  gradePrompt: 'How well did you answer? The grade schedules this card (keys 1–4).',
  gradeKey: 'key {n}',
  saveFailed:
    'The grade could not be saved to your flashcards (browser storage is full or blocked). The drill goes on.',
  questionMissing: 'This question is no longer in the lesson. Grade it or end the drill.',
  finished: 'Drill finished',
  stoppedEarly: 'Ended early: {graded} of {dealt} questions graded.',
  allGraded: '{graded} questions graded.',
  averageGrade: 'Average grade',
  outOf4: '{n} / 4',
  averageTime: 'Average time',
  totalTime: 'Total time',
  noneGraded: 'No question was graded.',
  resultLesson: 'Lesson: {lesson}',
  resultTime: 'Time: {time}',
  resultGrade: 'Grade: {grade}',
  timedOutMark: 'time up',
  aloudMark: 'aloud',
  revisit: 'Go back over these lessons’ interview questions:',
  toReview: 'Your grades are in the flashcards: review them when they are due.',
  reviewLink: 'Flashcard review',
  again: 'Same lessons, new deal',
  newDrill: 'New drill',
} as const;

export type DrillStringKey = keyof typeof en;

const zh: Record<DrillStringKey, string> = {
  title: '面试演练',
  intro:
    '从你选的课程里随机抽面试题，限时作答。可以说出来，也可以打字；然后对照参考答案给自己打分：这个分数会把题目排进闪卡复习计划。',
  setupLessons: '课程',
  allInPart: '全选「{part}」',
  setupCount: '题目数量',
  setupCountHelp: '1 到 {max} 题。',
  setupTime: '每题限时',
  minutes: '{n} 分钟',
  untimed: '不限时',
  start: '开始演练',
  starting: '正在抽题…',
  noLessons: '请至少选择一门课程。',
  noQuestions: '所选课程没有面试题。',
  badCount: '请输入 {min} 到 {max} 之间的整数。',
  badTime: '请选择每题限时。',
  loadFailed: '题目加载失败。请检查网络后重试。',
  retry: '重试',
  clamped: '所选课程只有 {dealt} 道题，少于要求的 {requested} 道：已全部抽出。',
  questionOf: '第 {n} 题，共 {total} 题',
  fromLesson: '出自《{lesson}》',
  timeLeft: '剩余 {time}',
  timeUsed: '已用 {time}',
  paused: '已暂停',
  answeredIn: '用时 {time}',
  timeUpShort: '时间到',
  pause: '暂停',
  resume: '继续',
  stop: '结束演练',
  yourAnswer: '你的回答（可不填：也可以直接说出来）',
  reveal: '显示参考答案',
  answeredAloud: '我已口头回答：显示答案',
  announceLeft: '还剩 {n} 秒。',
  timeUp: '时间到：已显示参考答案。',
  modelAnswer: '参考答案',
  youWrote: '你的回答',
  youAnsweredAloud: '你选择了口头回答。',
  youWroteNothing: '没有输入内容。',
  gradePrompt: '你答得怎么样？这个评分决定闪卡的复习时间（按键 1–4）。',
  gradeKey: '按键 {n}',
  saveFailed: '评分没能存入闪卡（浏览器存储已满或被禁用）。演练可以继续。',
  questionMissing: '这道题已不在课程中。请评分或结束演练。',
  finished: '演练结束',
  stoppedEarly: '提前结束：{dealt} 道题中评了 {graded} 道。',
  allGraded: '共评分 {graded} 道题。',
  averageGrade: '平均评分',
  outOf4: '{n} / 4',
  averageTime: '平均用时',
  totalTime: '总用时',
  noneGraded: '没有评分任何题目。',
  resultLesson: '课程：{lesson}',
  resultTime: '用时：{time}',
  resultGrade: '评分：{grade}',
  timedOutMark: '超时',
  aloudMark: '口头',
  revisit: '回顾这些课程的面试题：',
  toReview: '评分已记入闪卡：到期时去复习。',
  reviewLink: '闪卡复习',
  again: '同样的课程，重新抽题',
  newDrill: '新的演练',
};

export const STRINGS: Record<Lang, Record<DrillStringKey, string>> = { en, zh };

/** The grade buttons' names, as ts-fsrs and Anki call them. */
export const GRADE_NAMES: Record<Lang, Record<Rating, string>> = {
  en: { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' },
  zh: { 1: '重来', 2: '困难', 3: '良好', 4: '简单' },
};

export type DrillT = (key: DrillStringKey, vars?: Record<string, string | number>) => string;

export function drillT(lang: Lang): DrillT {
  return (key, vars) => {
    const text = STRINGS[lang][key];
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}

/**
 * m:ss. A countdown rounds up, so it shows 0:00 only when the time is really up; a time spent rounds to
 * the nearest second.
 */
export function formatClock(ms: number, round: 'up' | 'nearest' = 'nearest'): string {
  const total = Math.max(0, round === 'up' ? Math.ceil(ms / 1000) : Math.round(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
