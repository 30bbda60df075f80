import type { ComponentType } from 'react';
import { createResource } from '../lessons/resource.ts';
import type { PlaygroundMeta, PlaygroundProps } from './types.ts';

// Each folder with a meta.ts and a View.tsx is a playground (build/playground-ids.ts applies the same
// rule for the lesson checks). Metadata is small and eager; views are separate, lazy chunks.
const metas = import.meta.glob<PlaygroundMeta>('./*/meta.ts', { eager: true, import: 'meta' });
const views = import.meta.glob<{ default: ComponentType<PlaygroundProps> }>('./*/View.tsx');

const folder = (file: string) => file.split('/')[1]!;

export const PLAYGROUNDS: PlaygroundMeta[] = Object.entries(metas)
  .filter(([file]) => `./${folder(file)}/View.tsx` in views)
  .map(([, meta]) => meta)
  .sort((a, b) => a.id.localeCompare(b.id));

export function findPlayground(id: string | undefined): PlaygroundMeta | undefined {
  return PLAYGROUNDS.find((p) => p.id === id);
}

export function playgroundTitle(id: string, lang: 'zh' | 'en'): string {
  return findPlayground(id)?.title[lang] ?? id;
}

const viewResource = createResource<ComponentType<PlaygroundProps>>(
  Object.fromEntries(Object.entries(views).map(([file, load]) => [folder(file), load])),
);

/** Starts loading a playground's view (its own chunk, with whatever it imports). */
export const loadPlaygroundView = (id: string) => viewResource.load(id);
/** The view, suspending until loaded; synchronous once preloaded (prerender, hydration). */
export const usePlaygroundView = (id: string) => viewResource.useRead(id);
