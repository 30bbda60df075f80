import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';
import { PARTS } from '../src/lessons/parts.ts';
import type { LessonFrontmatter } from '../src/lessons/types.ts';
import { PLAYGROUND_IDS } from './playground-ids.ts';
import { LessonError } from './lesson-error.ts';

const text = z.string().trim().min(1, 'must not be empty');

const schema = z.strictObject({
  title: text,
  summary: text,
  part: z.enum(PARTS),
  order: z.number().int().positive(),
  playgrounds: z
    .array(
      z.string().refine((id) => PLAYGROUND_IDS.includes(id), {
        message: `unknown playground; known: ${PLAYGROUND_IDS.join(', ') || '(none yet)'}`,
      }),
    )
    .default([]),
  // The lesson's key points in a sentence each: the cheat sheet's content (issue 8).
  keypoints: z.array(text).default([]),
  interview: z.array(z.strictObject({ q: text, a: text })).default([]),
  quiz: z
    .array(
      z
        .strictObject({ q: text, options: z.array(text).min(2), answer: z.number().int().nonnegative(), explain: text })
        .refine((item) => item.answer < item.options.length, { message: 'answer is not an index of options', path: ['answer'] }),
    )
    .default([]),
});

/**
 * Parses and validates a lesson's YAML frontmatter. `startLine` is the file line the YAML begins on,
 * so errors point into the .mdx file, not into the YAML snippet.
 */
export function parseFrontmatter(yamlText: string, file: string, startLine: number): LessonFrontmatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number) => startLine + lineCounter.linePos(offset).line - 1;
  const firstError = doc.errors[0];
  if (firstError) {
    throw new LessonError(file, lineOf(firstError.pos[0]), `frontmatter is not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // Point at the deepest node that exists: a missing key has no node, its parent does.
  let line = startLine;
  for (let depth = issue.path.length; depth >= 0; depth--) {
    const node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) {
      line = lineOf(node.range[0]);
      break;
    }
  }
  const where = issue.path.length ? issue.path.join('.') : 'frontmatter';
  throw new LessonError(file, line, `${where}: ${issue.message}`);
}
