import { Route, Routes } from 'react-router';
import { EmbedLessonPage } from '../lessons/EmbedLessonPage.tsx';
import { LessonPage } from '../lessons/LessonPage.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { EmbedPlaygroundPage, PlaygroundPage } from '../playgrounds/PlaygroundPage.tsx';
import { HomePage } from './HomePage.tsx';
import { LangRoute } from './LangRoute.tsx';
import { Layout } from './Layout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RootPage } from './RootPage.tsx';
import { ScrollManager } from './ScrollManager.tsx';
import { StudyPage } from './study-pages.tsx';

export function App() {
  return (
    <ErrorBoundary>
      <ScrollManager />
      <Routes>
        <Route path="/" element={<RootPage />} />
        <Route path="/:lang" element={<LangRoute />}>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="lessons/:slug" element={<LessonPage />} />
            <Route path="play/:id" element={<PlaygroundPage />} />
            <Route path="review" element={<StudyPage id="review" />} />
            <Route path="drill" element={<StudyPage id="drill" />} />
            <Route path="progress" element={<StudyPage id="progress" />} />
            <Route path="cheatsheet" element={<StudyPage id="cheatsheet" />} />
            <Route path="cheatsheet/:slug" element={<StudyPage id="cheatsheet" />} />
          </Route>
        </Route>
        <Route path="/embed/:lang" element={<LangRoute />}>
          <Route path="lessons/:slug" element={<EmbedLessonPage />} />
          <Route path="play/:id" element={<EmbedPlaygroundPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </ErrorBoundary>
  );
}
