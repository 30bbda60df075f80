import { readdirSync } from 'node:fs';
import path from 'node:path';

/** gzip bytes; see the foundation issue for where the numbers come from. */
export const BUDGET = {
  firstLoadJs: 110 * 1024,
  firstLoadCss: 30 * 1024,
  /** What one more lesson may add to every page's first load (its catalogue entry). */
  perLesson: 512,
};

/** The lesson routes of a build (both languages) plus the two home pages, read from the prerendered files. */
export function catalogRoutes(dist: string): string[] {
  const routes: string[] = [];
  for (const lang of ['zh', 'en']) {
    routes.push(`/${lang}/`);
    for (const slug of readdirSync(path.join(dist, lang, 'lessons')).sort()) routes.push(`/${lang}/lessons/${slug}`);
  }
  return routes;
}
