import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.tsx';
import { preloadRoute } from './app/route-data.ts';
import './app/styles.css';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

async function start() {
  // Load the chunks this page shows before hydrating, so React finds the same markup the prerenderer
  // wrote and the text never flickers to a fallback. A failed download still hydrates: the section's
  // error boundary then offers a retry.
  await preloadRoute(window.location.pathname.slice(basename.length) || '/').catch(() => undefined);
  const container = document.getElementById('root')!;
  const app = (
    <StrictMode>
      <BrowserRouter basename={basename}>
        <App />
      </BrowserRouter>
    </StrictMode>
  );
  // The dev server serves the bare template; a build always has prerendered markup to hydrate.
  if (container.hasChildNodes()) hydrateRoot(container, app);
  else createRoot(container).render(app);
}

void start();
