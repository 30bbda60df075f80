import { useEffect } from 'react';

/** Keeps document.title right after client-side navigation (the prerenderer writes it into the HTML). */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
