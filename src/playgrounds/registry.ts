import type { ComponentType, LazyExoticComponent } from 'react';
import type { Lang } from '../lessons/parts.ts';
import type { PlaygroundId } from './ids.ts';

export interface PlaygroundProps {
  preset?: string;
}

export interface PlaygroundEntry {
  title: Record<Lang, string>;
  /** `lazy(() => import('./<id>/View.tsx'))`: a playground's code (and Monaco, protobufjs…) loads only on a page that shows it. */
  View: LazyExoticComponent<ComponentType<PlaygroundProps>>;
}

/** id -> playground. Each playground adds itself here and its id to ids.ts. */
export const PLAYGROUNDS: Record<PlaygroundId, PlaygroundEntry> = {};

export function findPlayground(id: string): PlaygroundEntry | undefined {
  return (PLAYGROUNDS as Record<string, PlaygroundEntry | undefined>)[id];
}

export function playgroundTitle(id: string, lang: Lang): string {
  return findPlayground(id)?.title[lang] ?? id;
}
