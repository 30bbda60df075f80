/**
 * `node scripts/check-lesson.ts <slug>`: checks one lesson the way the build and `npm test` will —
 * frontmatter, headings, components, figures, both languages agreeing, and every Go/protobuf/YAML block —
 * without building the site. Exits 1 with `file:line: problem` lines.
 */
import path from 'node:path';
import { buildLesson } from '../build/catalog.ts';
import { checkCode, hasGofmt } from '../build/code-checks.ts';

const root = path.resolve(import.meta.dirname, '..');
const slugs = process.argv.slice(2);
if (slugs.length === 0) {
  console.error('usage: node scripts/check-lesson.ts <slug> [<slug> …]');
  process.exit(2);
}
if (!hasGofmt) console.warn('notice: gofmt not found, Go blocks not checked');
let failed = false;
for (const slug of slugs) {
  try {
    const lesson = buildLesson(root, slug);
    for (const [lang, read] of Object.entries(lesson.read)) {
      for (const block of read.code) {
        const problem = checkCode(block.lang, block.value);
        if (problem) {
          failed = true;
          console.error(`content/${lang}/${slug}.mdx:${block.line}: ${block.lang} block: ${problem}`);
        }
      }
      const fm = read.frontmatter;
      if (fm.interview.length < 6 || fm.quiz.length < 3) {
        failed = true;
        console.error(`content/${lang}/${slug}.mdx: needs ≥ 6 interview questions and ≥ 3 quiz items (has ${fm.interview.length} and ${fm.quiz.length})`);
      }
    }
    if (!failed) console.log(`${slug}: ok (${lesson.read.zh.headings.length} sections, ${lesson.read.zh.minutes}/${lesson.read.en.minutes} min zh/en)`);
  } catch (error) {
    failed = true;
    console.error((error as Error).message);
  }
}
process.exit(failed ? 1 : 0);
