import { use } from 'react';

type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

/**
 * Marks a promise's outcome on the promise itself, the convention React's `use` reads: a fulfilled,
 * marked promise is unwrapped synchronously, so hydration and prerendering never suspend on data that
 * is already here, and a component can always call `use` (React requires the same `use` calls on the
 * render after a suspension).
 */
export function tracked<T>(promise: Promise<T>): Promise<T> {
  const t = promise as Tracked<T>;
  if (t.status) return t;
  t.status = 'pending';
  t.then(
    (value) => Object.assign(t, { status: 'fulfilled', value }),
    (reason: unknown) => Object.assign(t, { status: 'rejected', reason }),
  );
  return t;
}

/** A promise already marked fulfilled: `use` unwraps it without suspending, even on the server. */
export function fulfilled<T>(value: T): Promise<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled' as const, value });
}

/** A lazily imported module, cached by key, readable with `use` (see `tracked`). */
export function createResource<T>(loaders: Record<string, () => Promise<{ default: T }>>) {
  const promises = new Map<string, Promise<T>>();
  function load(key: string): Promise<T> {
    let promise = promises.get(key);
    if (!promise) {
      const loader = loaders[key];
      if (!loader) return Promise.reject(new Error(`nothing to load for ${key}`));
      promise = tracked(loader().then((mod) => mod.default));
      // A failed download may be retried (the error boundary's retry renders, and so loads, again).
      promise.catch(() => promises.delete(key));
      promises.set(key, promise);
    }
    return promise;
  }
  return {
    load,
    peek: (key: string): T | undefined => (promises.get(key) as Tracked<T> | undefined)?.value,
    useRead: (key: string): T => use(load(key)),
  };
}
