import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './app/App.tsx';
import { preloadRoute, routeLesson } from './app/route-data.ts';
import { paths } from './app/paths.ts';
import { translate } from './i18n/strings.ts';
import { catalog, findLesson, loadLesson } from './lessons/catalog.ts';
import { LANGS, isLang, type Lang } from './lessons/parts.ts';
import { findPlayground, PLAYGROUNDS } from './playgrounds/registry.ts';
import { sheetHead } from './study/cheatsheet/strings.ts';
import { progressT } from './study/progress/strings.ts';
import { reviewT } from './study/review/strings.ts';

export interface PrerenderedPage {
  /** Router path, e.g. /zh/lessons/grpc. */
  route: string;
  html: string;
  title: string;
  description: string;
  lang: Lang | 'mul';
}

/** Every route of the site: what the prerenderer writes to disk. 404 is written separately. */
export function routes(): string[] {
  const list = ['/'];
  for (const lang of LANGS) {
    list.push(paths.home(lang));
    for (const entry of catalog) list.push(paths.lesson(lang, entry.slug), paths.embedLesson(lang, entry.slug));
    for (const playground of PLAYGROUNDS) list.push(paths.play(lang, playground.id), paths.embedPlay(lang, playground.id));
    list.push(paths.review(lang), paths.drill(lang), paths.progress(lang), paths.cheatsheet(lang));
    for (const entry of catalog) list.push(paths.cheatsheet(lang, entry.slug));
  }
  return list;
}

export async function render(route: string, basename: string): Promise<PrerenderedPage> {
  await preloadRoute(route, true);
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={basename + route} basename={basename}>
        <App />
      </StaticRouter>
    </StrictMode>,
  );
  const langSegment = /^\/(?:embed\/)?(zh|en)\//.exec(route)?.[1];
  const lang = isLang(langSegment) ? langSegment : 'mul';
  const site = translate(lang === 'mul' ? 'en' : lang, 'siteName');
  const lesson = routeLesson(route);
  if (lesson) {
    const { title, summary } = (await loadLesson(lesson.lang, lesson.slug)).frontmatter;
    return { route, html, lang: lesson.lang, title: `${title} · ${site}`, description: summary };
  }
  const playground = findPlayground(/\/play\/([^/]+)$/.exec(route)?.[1]);
  if (playground && lang !== 'mul') {
    return { route, html, lang, title: `${playground.title[lang]} · ${site}`, description: playground.summary[lang] };
  }
  // Imported as the client imports it (src/app/route-data.ts), so the build sees one kind of import.
  const sheet = (await import('./study/cheatsheet/sheets.ts')).routeCheatSheet(route);
  if (sheet) {
    const lessonTitle = sheet.slug === undefined ? undefined : findLesson(sheet.slug)?.title[sheet.lang];
    return { route, html, lang: sheet.lang, ...sheetHead(sheet.lang, site, lessonTitle) };
  }
  if (lang !== 'mul' && /^\/(?:zh|en)\/review\/?$/.test(route)) {
    return { route, html, lang, title: `${reviewT(lang)('title')} · ${site}`, description: reviewT(lang)('intro') };
  }
  if (lang !== 'mul' && /^\/(?:zh|en)\/progress\/?$/.test(route)) {
    return { route, html, lang, title: `${progressT(lang)('title')} · ${site}`, description: progressT(lang)('intro') };
  }
  if (lang !== 'mul') return { route, html, lang, title: site, description: translate(lang, 'siteTagline') };
  const title = route === '/' ? `${translate('zh', 'siteName')} · ${site}` : `404 · ${site}`;
  return { route, html, lang, title, description: translate('en', 'siteTagline') };
}
