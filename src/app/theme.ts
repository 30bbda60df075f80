import { useSyncExternalStore } from 'react';
import { THEME_KEY } from './boot.ts';

export type ThemePref = 'system' | 'light' | 'dark';

const listeners = new Set<() => void>();

function readPref(): ThemePref {
  const pref = document.documentElement.dataset.themePref;
  return pref === 'light' || pref === 'dark' ? pref : 'system';
}

function resolve(pref: ThemePref): 'light' | 'dark' {
  if (pref !== 'system') return pref;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function apply(pref: ThemePref) {
  const root = document.documentElement;
  root.dataset.themePref = pref;
  root.dataset.theme = resolve(pref);
  listeners.forEach((l) => l());
}

export function setThemePref(pref: ThemePref) {
  try {
    localStorage.setItem(THEME_KEY, pref);
  } catch {
    // Not persisted (storage blocked); still applied for this page.
  }
  apply(pref);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const onSystemChange = () => apply(readPref());
  media.addEventListener('change', onSystemChange);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', onSystemChange);
  };
}

/** The reader's theme preference; 'system' during prerender and hydration so markup matches. */
export function useThemePref(): ThemePref {
  return useSyncExternalStore(subscribe, readPref, () => 'system');
}

/** The theme in effect, for code that draws (mermaid). */
export function useResolvedTheme(): 'light' | 'dark' {
  return useSyncExternalStore(
    subscribe,
    () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'),
    () => 'light',
  );
}
