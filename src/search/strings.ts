/**
 * The search dialog's UI strings; `{name}` placeholders are filled by `format`. Only the dialog's
 * chunk imports this file: the header button's few words are in ./button-strings.ts, so that these
 * stay out of every page's first load (a bundler places a module, with all its exports, in one chunk).
 */
import type { Lang } from '../lessons/parts.ts';

const en = {
  title: 'Search the lessons',
  input: 'Search',
  placeholder: 'A word, a Go identifier, a Chinese term…',
  both: 'Search both languages',
  close: 'Close',
  hint: '↑ ↓ to move, Enter to open, Esc to close',
  empty:
    'Search every lesson, its headings, code and interview questions. Try “对象池”, “ShouldBindJSON” or “idempotent”.',
  loading: 'Loading the search index…',
  failed: 'The search index could not be loaded. Check the connection and try again.',
  retry: 'Try again',
  none: 'Nothing found for “{q}”.',
  count: '{n} results',
  countOne: '1 result',
  intro: 'Introduction',
  interview: 'Interview question',
  otherLang: 'in Chinese',
} as const;

type Strings = Record<keyof typeof en, string>;

const zh: Strings = {
  title: '搜索课程',
  input: '搜索',
  placeholder: '词语、Go 标识符或英文术语…',
  both: '同时搜索两种语言',
  close: '关闭',
  hint: '↑ ↓ 移动，Enter 打开，Esc 关闭',
  empty: '搜索所有课程的正文、标题、代码和面试题。试试“对象池”“ShouldBindJSON”或“幂等”。',
  loading: '正在加载搜索索引…',
  failed: '搜索索引加载失败。请检查网络后重试。',
  retry: '重试',
  none: '没有找到“{q}”。',
  count: '{n} 条结果',
  countOne: '1 条结果',
  intro: '引言',
  interview: '面试题',
  otherLang: '英文',
};

export const searchStrings: Record<Lang, Strings> = { en, zh };

export type SearchStringKey = keyof Strings;

export function format(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
