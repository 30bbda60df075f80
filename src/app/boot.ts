/** localStorage keys, shared by the boot script and the React code. */
export const THEME_KEY = 'atlas-theme';
export const LANG_KEY = 'atlas-lang';

export interface BootConfig {
  base: string;
  themeKey: string;
  langKey: string;
}

/**
 * Runs inline in <head>, before the first paint, so there is no flash of the wrong theme and `/` moves
 * on to the reader's language before anything shows. It is injected as source text (build/html-plugin.ts),
 * so it must not use anything outside its own body.
 */
export function bootScript(config: BootConfig): void {
  const root = document.documentElement;
  let pref: string | null = null;
  try {
    pref = localStorage.getItem(config.themeKey);
  } catch {
    // Storage is blocked in some sandboxed iframes; fall back to the system theme.
  }
  const path = location.pathname;
  const isEmbed = path.indexOf(config.base + 'embed/') === 0;
  const forced = new URLSearchParams(location.search).get('theme');
  if (isEmbed && (forced === 'light' || forced === 'dark')) pref = forced;
  if (pref !== 'light' && pref !== 'dark') pref = 'system';
  const dark = pref === 'dark' || (pref === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  root.dataset.theme = dark ? 'dark' : 'light';
  root.dataset.themePref = pref;
  if (path === config.base || path + '/' === config.base || path === config.base + 'index.html') {
    let lang: string | null = null;
    try {
      lang = localStorage.getItem(config.langKey);
    } catch {
      // Storage blocked: fall through to the browser's languages.
    }
    if (lang !== 'zh' && lang !== 'en') {
      const wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
      lang = 'en';
      for (const tag of wanted) {
        const l = (tag || '').toLowerCase();
        if (l.indexOf('zh') === 0) {
          lang = 'zh';
          break;
        }
        if (l.indexOf('en') === 0) break;
      }
    }
    location.replace(config.base + lang + '/' + location.hash);
  }
}
