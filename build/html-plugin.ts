import type { Plugin } from 'vite';
import { bootScript, LANG_KEY, THEME_KEY } from '../src/app/boot.ts';

/** Inlines the boot script (theme before first paint, `/` → language) into index.html's <head>. */
export function htmlPlugin(base: string): Plugin {
  return {
    name: 'atlas-html',
    transformIndexHtml() {
      const config = JSON.stringify({ base, themeKey: THEME_KEY, langKey: LANG_KEY });
      return [{ tag: 'script', children: `(${bootScript.toString()})(${config});`, injectTo: 'head' }];
    },
  };
}
