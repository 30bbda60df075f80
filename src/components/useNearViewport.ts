import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Becomes true (and stays true) once the element comes within `margin` of the viewport: how the heavy
 * parts of a lesson (mermaid, playgrounds) decide to load.
 */
export function useNearViewport<T extends Element>(margin: string): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [margin]);
  return [ref, near];
}
