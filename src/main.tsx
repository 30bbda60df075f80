import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App.tsx';
import { routeLesson } from './app/route-lesson.ts';
import { loadLesson } from './lessons/catalog.ts';
import './app/styles.css';

const basename = import.meta.env.BASE_URL.replace(/\/$/, '');

async function start() {
  // Load the lesson chunk this page shows before hydrating, so React finds the same markup the
  // prerenderer wrote and the text never flickers to a fallback.
  const lesson = routeLesson(window.location.pathname.slice(basename.length) || '/');
  if (lesson) await loadLesson(lesson.lang, lesson.slug).catch(() => undefined);
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
