import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LANGS, PARTS } from '../src/lessons/parts.ts';
import type { CatalogEntry } from '../src/lessons/types.ts';
import { LessonError } from './lesson-error.ts';
import { readLesson, type ReadLesson } from './read-lesson.ts';

export interface BuiltLesson {
  entry: CatalogEntry;
  files: Record<(typeof LANGS)[number], string>;
  read: Record<(typeof LANGS)[number], ReadLesson>;
}

function sameList(a: readonly unknown[], b: readonly unknown[]) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Reads every lesson in content/, checks that the two languages agree, and returns them in course order.
 * Throws a LessonError naming the file (and line where there is one) on the first problem.
 */
export function buildCatalog(root: string): BuiltLesson[] {
  const contentDir = path.join(root, 'content');
  const slugs = new Set<string>();
  for (const lang of LANGS) {
    const dir = path.join(contentDir, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.mdx')) continue;
      const slug = name.slice(0, -4);
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new LessonError(`content/${lang}/${name}`, undefined, 'file name must be a lower-case slug (a-z, 0-9, -)');
      slugs.add(slug);
    }
  }
  const lessons = [...slugs].map((slug) => buildLesson(root, slug));
  lessons.sort((a, b) => PARTS.indexOf(a.entry.part) - PARTS.indexOf(b.entry.part) || a.entry.order - b.entry.order || a.entry.slug.localeCompare(b.entry.slug));
  for (let i = 1; i < lessons.length; i++) {
    const [prev, cur] = [lessons[i - 1]!.entry, lessons[i]!.entry];
    if (prev.part === cur.part && prev.order === cur.order) {
      throw new LessonError(`content/zh/${cur.slug}.mdx`, undefined, `order ${cur.order} is also used by "${prev.slug}" in part ${cur.part}`);
    }
  }
  checkLinks(lessons);
  return lessons;
}

/** Every site-internal link must reach a lesson that exists, in a language that exists, and a section it has. */
function checkLinks(lessons: BuiltLesson[]): void {
  const bySlug = new Map(lessons.map((l) => [l.entry.slug, l]));
  for (const lesson of lessons) {
    for (const lang of LANGS) {
      const label = `content/${lang}/${lesson.entry.slug}.mdx`;
      for (const link of lesson.read[lang].links) {
        const m = /^(?:\/(zh|en)\/lessons\/([a-z0-9-]+))?(?:#([a-z0-9-]+))?$/.exec(link.url);
        const target = m?.[2] ? bySlug.get(m[2]) : m && link.url.startsWith('#') ? lesson : undefined;
        if (!m || !target) throw new LessonError(label, link.line, `link ${link.url} leads to no lesson (write /zh/lessons/<slug> or #section-id)`);
        const targetLang = (m[1] as (typeof LANGS)[number] | undefined) ?? lang;
        const sections = target.read[targetLang].headings.map((h) => h.id).concat(['interview-questions', 'quiz']);
        if (m[3] && !sections.includes(m[3])) throw new LessonError(label, link.line, `link ${link.url}: "${target.entry.slug}" has no section #${m[3]}`);
      }
    }
  }
}

/** Reads one lesson in both languages and checks that they agree. Throws a LessonError on the first problem. */
export function buildLesson(root: string, slug: string): BuiltLesson {
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  const files = {} as BuiltLesson['files'];
  const read = {} as BuiltLesson['read'];
  for (const lang of LANGS) {
    const label = `content/${lang}/${slug}.mdx`;
    const abs = path.join(contentDir, lang, `${slug}.mdx`);
    if (!existsSync(abs)) {
      const other = LANGS.find((l) => l !== lang)!;
      if (!existsSync(path.join(contentDir, other, `${slug}.mdx`))) throw new LessonError(`content/*/${slug}.mdx`, undefined, 'no such lesson');
      throw new LessonError(label, undefined, `missing translation: content/${other}/${slug}.mdx exists, this file does not`);
    }
    files[lang] = abs;
    read[lang] = readLesson(abs, label, publicDir);
  }
  const { zh, en } = read;
  const enLabel = `content/en/${slug}.mdx`;
  const mismatch = (what: string) => new LessonError(enLabel, undefined, `differs from content/zh/${slug}.mdx in ${what}`);
  if (!sameList(zh.headings.map((h) => `${h.depth}:${h.id}`), en.headings.map((h) => `${h.depth}:${h.id}`))) {
    throw mismatch(`its headings (ids and levels must match in order): zh [${zh.headings.map((h) => h.id).join(', ')}] vs en [${en.headings.map((h) => h.id).join(', ')}]`);
  }
  if (zh.frontmatter.part !== en.frontmatter.part || zh.frontmatter.order !== en.frontmatter.order) throw mismatch('part or order');
  if (!sameList(zh.frontmatter.playgrounds, en.frontmatter.playgrounds)) throw mismatch('playgrounds');
  if (zh.frontmatter.interview.length !== en.frontmatter.interview.length) throw mismatch('the number of interview questions');
  if (zh.frontmatter.keypoints.length !== en.frontmatter.keypoints.length) throw mismatch('the number of key points');
  if (!sameList(zh.frontmatter.quiz.map((q) => `${q.answer}/${q.options.length}`), en.frontmatter.quiz.map((q) => `${q.answer}/${q.options.length}`))) {
    throw mismatch('its quiz (the same questions with the same number of options and the same answers)');
  }
  return {
    files,
    read,
    entry: {
      slug,
      part: zh.frontmatter.part,
      order: zh.frontmatter.order,
      playgrounds: zh.frontmatter.playgrounds,
      title: { zh: zh.frontmatter.title, en: en.frontmatter.title },
    },
  };
}
