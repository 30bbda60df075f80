import { Suspense } from 'react';
import { findPlayground } from '../playgrounds/registry.ts';
import { useT } from '../i18n/useT.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';

/** `<Playground id preset>` in a lesson: loads that playground's chunk only on this page. */
export function Playground({ id, preset }: { id: string; preset?: string }) {
  const t = useT();
  const entry = findPlayground(id);
  // The build rejects unknown ids; this only guards a registry entry removed after a lesson was built.
  if (!entry) return <p role="alert">{id}</p>;
  const { View } = entry;
  return (
    <ErrorBoundary>
      <Suspense fallback={<div className="playground-placeholder">{t('loading')}</div>}>
        <View {...(preset ? { preset } : {})} />
      </Suspense>
    </ErrorBoundary>
  );
}
