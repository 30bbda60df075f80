import path from 'node:path';
import mdx from '@mdx-js/rollup';
import rehypeShiki from '@shikijs/rehype';
import react from '@vitejs/plugin-react';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import { defineConfig } from 'vite';
import { htmlPlugin } from './build/html-plugin.ts';
import { lessonsPlugin } from './build/lessons-plugin.ts';
import { rehypeCodeHtml } from './build/rehype-code-html.ts';
import { remarkLesson } from './build/remark-lesson.ts';
import { remarkLessonFrontmatter } from './build/remark-lesson-frontmatter.ts';
import { searchPlugin } from './build/search-plugin.ts';
import { SHIKI_LANGS, SHIKI_THEMES } from './build/shiki-options.ts';

const root = import.meta.dirname;

/** BASE_PATH=/wiki/go-backend/ puts the whole site under a sub-path; it must start and end with "/". */
function basePath(): string {
  const raw = process.env.BASE_PATH?.trim() || '/';
  return ('/' + raw + '/').replace(/\/{2,}/g, '/');
}

export default defineConfig(({ isSsrBuild }) => ({
  base: basePath(),
  resolve: {
    // monaco-editor's package exports add ".js" to every path, which breaks its CSS and worker files;
    // this alias reaches its ESM tree directly (see src/components/code-editor/monaco-setup.ts).
    alias: { 'monaco-esm': path.join(root, 'node_modules/monaco-editor/esm/vs') },
  },
  plugins: [
    {
      enforce: 'pre',
      ...mdx({
        jsxImportSource: 'react',
        remarkPlugins: [
          remarkFrontmatter,
          remarkLessonFrontmatter,
          [remarkMdxFrontmatter, { name: 'frontmatter' }],
          remarkGfm,
          [remarkLesson, { publicDir: path.join(root, 'public'), fileLabel: (f: { path: string }) => path.relative(root, f.path) }],
        ],
        rehypePlugins: [
          [
            rehypeShiki,
            {
              themes: SHIKI_THEMES,
              defaultColor: 'light',
              langs: [...SHIKI_LANGS],
              langAlias: { text: 'plaintext' },
            },
          ],
          rehypeCodeHtml,
        ],
      }),
    },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    lessonsPlugin(root),
    searchPlugin(root),
    htmlPlugin(basePath()),
  ],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    // The prerenderer reads the manifest to preload each lesson's chunk from its HTML.
    manifest: !isSsrBuild,
    rollupOptions: {
      output: {
        // Name the lazy study and course-map chunks for what they hold (they'd otherwise be named after the lesson).
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          const virtual = /^\0virtual:lesson-(study|summaries)\/(.+)$/.exec(id);
          return virtual ? `assets/${virtual[1]}-${virtual[2]!.replace('/', '-')}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
}));
