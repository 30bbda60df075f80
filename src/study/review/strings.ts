// UI strings of the flashcard review page, zh and en with the same keys (type-checked).

const en = {
  title: 'Review flashcards',
  intro:
    'Every interview question of every lesson is a card, and so is every quiz question you answer wrong. Say the answer to yourself, show the model answer, then grade how well you knew it: FSRS (the scheduler Anki uses) brings the card back just before you would forget it.',
  dueRule:
    'Due today: cards whose review day has come (cards you are still learning come back after a few minutes), plus up to {n} new cards a day. Cards you grade for the first time count against those {n}, so the number goes down as you work.',
  keys: 'Keys: Space shows the answer; 1 Again, 2 Hard, 3 Good, 4 Easy.',
  drillHint: 'Rather answer against the clock, as in an interview?',
  loading: 'Loading your cards…',
  filters: 'Which cards',
  part: 'Part',
  lesson: 'Lesson',
  allParts: 'All parts',
  allLessons: 'All lessons',
  statDue: 'Due',
  statNew: 'New today',
  statLearned: 'Learned',
  statLearnedOf: '{n} of {total}',
  progressLabel: 'Card {n} of {total} due',
  kindInterview: 'Interview question',
  kindQuiz: 'Quiz question you missed',
  stateNew: 'new',
  stateLearning: 'learning',
  stateReview: 'review',
  stateRelearning: 'relearning',
  question: 'Question',
  answer: 'Answer',
  showAnswer: 'Show answer',
  grade: 'How well did you know it?',
  again: 'Again',
  hard: 'Hard',
  good: 'Good',
  easy: 'Easy',
  nextIn: 'next in {t}',
  graded: '“{grade}”: back in {t}.',
  cardMissing: 'This card’s question is no longer in the lesson. Grade it or skip it.',
  skip: 'Skip',
  cardFailed: 'This card’s text could not be loaded.',
  doneTitle: 'Nothing due right now',
  nextAt: 'The next card is due {when} ({at}).',
  nothingScheduled: 'No cards are scheduled in this selection.',
  newTomorrow: 'New cards: {n} more tomorrow.',
  emptySelection: 'This selection has no cards.',
  saveFailed: 'Your grade could not be saved (browser storage is full or blocked), so the card stays in the queue.',
  export: 'Export',
  exportHelp:
    'Download the cards selected above, in {lang}: a text file Anki imports as notes (File → Import; fields are HTML, tags in the third column), or Markdown.',
  exportAnki: 'Anki (.txt)',
  exportMarkdown: 'Markdown (.md)',
  exporting: 'Preparing…',
  exportFailed: 'The export failed: {error}',
  exportTitle: 'Go Backend Atlas · flashcards',
  langName: 'English',
} as const;

export type ReviewStringKey = keyof typeof en;

const zh: Record<ReviewStringKey, string> = {
  title: '闪卡复习',
  intro:
    '每一课的每道面试题都是一张卡片，答错的小测验题也会加入。先在心里说出答案，再看参考答案，然后按掌握程度打分：FSRS（Anki 使用的调度算法）会在你快要忘记之前把卡片再送回来。',
  dueRule:
    '今日待复习：到了复习日的卡片（正在学习的卡片几分钟后就会回来），加上每天最多 {n} 张新卡。第一次打分的卡片会占用这 {n} 张的名额，所以数字会随着复习减少。',
  keys: '快捷键：空格显示答案；1 重来，2 困难，3 良好，4 简单。',
  drillHint: '想像面试一样限时作答？',
  loading: '正在读取你的卡片…',
  filters: '选择卡片',
  part: '部分',
  lesson: '课程',
  allParts: '全部',
  allLessons: '全部课程',
  statDue: '待复习',
  statNew: '今日新卡',
  statLearned: '已学',
  statLearnedOf: '{n} / {total}',
  progressLabel: '待复习第 {n} 张，共 {total} 张',
  kindInterview: '面试题',
  kindQuiz: '答错的小测验题',
  stateNew: '新卡',
  stateLearning: '学习中',
  stateReview: '复习',
  stateRelearning: '重新学习',
  question: '问题',
  answer: '答案',
  showAnswer: '显示答案',
  grade: '你掌握得怎么样？',
  again: '重来',
  hard: '困难',
  good: '良好',
  easy: '简单',
  nextIn: '{t}后',
  graded: '“{grade}”：{t}后再见。',
  cardMissing: '课程里已经没有这张卡片的题目了。可以打分，也可以跳过。',
  skip: '跳过',
  cardFailed: '这张卡片的内容没能加载。',
  doneTitle: '现在没有要复习的卡片',
  nextAt: '下一张卡片{when}到期（{at}）。',
  nothingScheduled: '这个范围里没有已安排的卡片。',
  newTomorrow: '新卡：明天再来 {n} 张。',
  emptySelection: '这个范围里没有卡片。',
  saveFailed: '打分没能保存（浏览器存储已满或被禁用），这张卡片仍留在队列里。',
  export: '导出',
  exportHelp:
    '下载上面选中的卡片（{lang}）：Anki 可导入的文本文件（文件 → 导入；字段为 HTML，第三列是标签），或 Markdown。',
  exportAnki: 'Anki（.txt）',
  exportMarkdown: 'Markdown（.md）',
  exporting: '正在准备…',
  exportFailed: '导出失败：{error}',
  exportTitle: 'Go 后端图谱 · 闪卡',
  langName: '中文',
};

export const STRINGS = { en, zh };

export type ReviewT = (key: ReviewStringKey, vars?: Record<string, string | number>) => string;

export function reviewT(lang: 'zh' | 'en'): ReviewT {
  return (key, vars) => {
    let s: string = STRINGS[lang][key];
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
}
