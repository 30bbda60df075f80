/// <reference types="vite/client" />

declare module 'virtual:lessons' {
  import type { CatalogEntry } from './lessons/types.ts';
  import type { LessonModule } from './lessons/lesson-module.ts';
  export const catalog: CatalogEntry[];
  export const loaders: Record<string, () => Promise<LessonModule>>;
}

declare module '*.mdx' {
  import type { LessonModule } from './lessons/lesson-module.ts';
  const mod: LessonModule;
  export = mod;
}
